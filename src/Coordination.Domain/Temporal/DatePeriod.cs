using System;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Temporal;

/// <summary>
/// A half-open period of dates, <c>[Start, End)</c>, either end of which may be open, each known end
/// with its own precision: the period during which a territory was controlled, a post held or a
/// relation stood.
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> is the first day of the period; <see cref="End"/> is the first day after it.
/// A missing end is open: there is no evidence for it (a missing start means "since before the evidence",
/// a missing end "still so"). A known end comes from evidence, and <see cref="StartPrecision"/> and
/// <see cref="EndPrecision"/> say how precisely: <see cref="DatePrecision.Day"/> (the default),
/// <see cref="DatePrecision.Month"/> or <see cref="DatePrecision.Year"/> (a week is refused).</para>
/// <para>An end of month or year precision is stored as the earliest start and the latest end it can mean,
/// so that <see cref="Contains"/>, <see cref="Overlaps"/> and <see cref="Intersect"/> work on the dates alone
/// and take in every day the period may have held: "since 2014" is <see cref="Start"/> 2014-01-01 with
/// <see cref="StartPrecision"/> <see cref="DatePrecision.Year"/> (it counts from 1 January), and "until
/// October 2017" (the last day fell in October) is <see cref="End"/> 2017-11-01 with <see cref="EndPrecision"/>
/// <see cref="DatePrecision.Month"/>. A start of month or year precision is therefore the first day of its
/// month or year, and so is an end (the first day after the month or year it ended in).</para>
/// <para>A period is never empty: when both ends are given, <see cref="Start"/> is before <see cref="End"/>.
/// Equality compares both ends and both precisions. <c>default(DatePeriod)</c> is <see cref="Always"/>.</para>
/// </remarks>
public readonly record struct DatePeriod
{
    /// <summary>Creates a period whose known ends are exact days.</summary>
    /// <param name="start">The first day, or <see langword="null"/> for an open start.</param>
    /// <param name="end">The first day after the period, or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public DatePeriod(LocalDate? start, LocalDate? end)
        : this(start, DatePrecision.Day, end, DatePrecision.Day)
    {
    }

    /// <summary>Creates a period whose ends carry their own precision.</summary>
    /// <param name="start">The first day, or <see langword="null"/> for an open start.</param>
    /// <param name="startPrecision">How precisely the start is known: day, month or year; <see cref="DatePrecision.Day"/> for an open start.</param>
    /// <param name="end">The first day after the period, or <see langword="null"/> for an open end.</param>
    /// <param name="endPrecision">How precisely the end is known: day, month or year; <see cref="DatePrecision.Day"/> for an open end.</param>
    /// <exception cref="ArgumentOutOfRangeException">A precision is not a defined value.</exception>
    /// <exception cref="ArgumentException">
    /// A precision is <see cref="DatePrecision.Week"/>, or not <see cref="DatePrecision.Day"/> for an open end; a month or
    /// year end is not on the first day of its month or year, or lies outside the years 1 to 9999 (an end, in the month or
    /// year before it); or <paramref name="end"/> is not after <paramref name="start"/>.
    /// </exception>
    public DatePeriod(LocalDate? start, DatePrecision startPrecision, LocalDate? end, DatePrecision endPrecision)
    {
        Preconditions.CheckDefined(startPrecision, nameof(startPrecision));
        Preconditions.CheckDefined(endPrecision, nameof(endPrecision));
        CheckBound(start, startPrecision, nameof(startPrecision));
        CheckBound(end, endPrecision, nameof(endPrecision));
        Preconditions.CheckArgument(endPrecision == DatePrecision.Day || end is not { Year: 1, DayOfYear: 1 }, nameof(endPrecision), "An end of Month or Year precision names the month or year the period's last day fell in, which cannot be before the year 1.");
        if (start is { } s && end is { } e)
        {
            Preconditions.CheckArgument(s < e, nameof(end), $"The end of a period ({e:uuuu-MM-dd}, exclusive) must be after its start ({s:uuuu-MM-dd}).");
        }

        Start = start;
        End = end;
        StartPrecision = startPrecision;
        EndPrecision = endPrecision;
    }

    /// <summary>Gets the period with neither start nor end: every date.</summary>
    public static DatePeriod Always => default;

    /// <summary>Gets the first day of the period, or <see langword="null"/> when the start is open.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the first day after the period (exclusive end), or <see langword="null"/> when it is open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets how precisely <see cref="Start"/> is known; <see cref="DatePrecision.Day"/> when it is open.</summary>
    public DatePrecision StartPrecision { get; }

    /// <summary>Gets how precisely <see cref="End"/> is known; <see cref="DatePrecision.Day"/> when it is open.</summary>
    public DatePrecision EndPrecision { get; }

    /// <summary>Gets a value indicating whether the period has no end.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Creates the open-ended period that starts on <paramref name="start"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <returns>The period <c>[start, ∞)</c>.</returns>
    public static DatePeriod From(LocalDate start) => new(start, null);

    /// <summary>Creates the open-ended period that starts on the earliest day of <paramref name="first"/>, with its precision ("since 2014").</summary>
    /// <param name="first">When the period began: a day, a month or a year, within (not one-sided).</param>
    /// <returns>The period <c>[first, ∞)</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="first"/> is of week precision or one-sided.</exception>
    public static DatePeriod From(ReportedDate first) => new(StartOf(first, nameof(first)), first.Precision, null, DatePrecision.Day);

    /// <summary>Creates the period that ends before <paramref name="end"/> and has an open start.</summary>
    /// <param name="end">The first day after the period.</param>
    /// <returns>The period <c>(-∞, end)</c>.</returns>
    public static DatePeriod Until(LocalDate end) => new(null, end);

    /// <summary>Creates the period with an open start whose last day fell in <paramref name="last"/> ("until October 2017").</summary>
    /// <param name="last">When the period's last day fell: a day, a month or a year, within (not one-sided).</param>
    /// <returns>The period ending (exclusive) on the day after <paramref name="last"/>'s latest day, with its precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is of week precision, one-sided, or ends on the last day of the calendar.</exception>
    public static DatePeriod Through(ReportedDate last) => new(null, DatePrecision.Day, EndOf(last, nameof(last)), last.Precision);

    /// <summary>Creates the period <c>[start, end)</c>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The first day after the period.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static DatePeriod Between(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>
    /// Creates the period that began in <paramref name="first"/> and whose last day fell in <paramref name="last"/>
    /// ("from 2014 until 15 October 2017"), each end with its precision.
    /// </summary>
    /// <param name="first">When the period began: a day, a month or a year, within.</param>
    /// <param name="last">When its last day fell: a day, a month or a year, within.</param>
    /// <returns>The period from <paramref name="first"/>'s earliest day to the day after <paramref name="last"/>'s latest day.</returns>
    /// <exception cref="ArgumentException">A date is of week precision or one-sided, or the period would be empty.</exception>
    public static DatePeriod FromThrough(ReportedDate first, ReportedDate last) =>
        new(StartOf(first, nameof(first)), first.Precision, EndOf(last, nameof(last)), last.Precision);

    /// <summary>Tells whether <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>
    /// <see langword="true"/> when the date is on or after the start and before the end. A start or end of
    /// month or year precision takes in the whole month or year: "since 2014" contains 2014-01-01.
    /// </returns>
    public bool Contains(LocalDate date) => (Start is not { } s || s <= date) && (End is not { } e || date < e);

    /// <summary>Tells whether this period and <paramref name="other"/> share at least one date. Symmetric.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when the periods overlap.</returns>
    public bool Overlaps(DatePeriod other) => StartsBefore(Start, other.End) && StartsBefore(other.Start, End);

    /// <summary>
    /// Returns the dates both periods share, or <see langword="null"/> when they share none. Each end of the
    /// result keeps the precision of the end it came from (the finer one when both ends fall on the same day).
    /// </summary>
    /// <param name="other">The other period.</param>
    /// <returns>The intersection, contained in both periods.</returns>
    public DatePeriod? Intersect(DatePeriod other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        var (start, startPrecision) = (Start, other.Start) switch
        {
            ({ } a, { } b) when a == b => (Start, Finer(StartPrecision, other.StartPrecision)),
            // Stryker disable once Equality : the arm above takes a == b, so > and >= agree here
            ({ } a, { } b) => a > b ? (Start, StartPrecision) : (other.Start, other.StartPrecision),
            (null, _) => (other.Start, other.StartPrecision),
            _ => (Start, StartPrecision),
        };
        var (end, endPrecision) = (End, other.End) switch
        {
            ({ } c, { } d) when c == d => (End, Finer(EndPrecision, other.EndPrecision)),
            // Stryker disable once Equality : the arm above takes c == d, so < and <= agree here
            ({ } c, { } d) => c < d ? (End, EndPrecision) : (other.End, other.EndPrecision),
            (null, _) => (other.End, other.EndPrecision),
            _ => (End, EndPrecision),
        };
        return new DatePeriod(start, startPrecision, end, endPrecision);
    }

    /// <summary>
    /// Formats the period as <c>[2014-10-17, 2021-12-09)</c>, with <c>…</c> for an open end. A start of month
    /// or year precision shows as <c>[2014-10</c> or <c>[2014</c>; an end of month or year precision shows the
    /// month or year its last day fell in, closed: <c>2017-10]</c> or <c>2017]</c>. So "since 2014 until
    /// 15 October 2017" is <c>[2014, 2017-10-16)</c> and "from October 2017" is <c>[2017-10, …)</c>.
    /// </summary>
    /// <returns>The formatted period.</returns>
    public override string ToString() =>
        $"[{(Start is { } s ? Format(s, StartPrecision) : "…")}, {(End is { } e ? EndPrecision == DatePrecision.Day ? $"{Format(e, EndPrecision)})" : $"{Format(e.PlusDays(-1), EndPrecision)}]" : "…)")}";

    /// <summary>Formats a start or end date by its precision: <c>2014-10-16</c>, <c>2014-10</c> or <c>2014</c>.</summary>
    internal static string Format(LocalDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("uuuu", null),
        DatePrecision.Month => date.ToString("uuuu-MM", null),
        _ => date.ToString("uuuu-MM-dd", null),
    };

    // True when a period starting at `start` begins before a period ending (exclusive) at `end`.
    private static bool StartsBefore(LocalDate? start, LocalDate? end) => start is not { } s || end is not { } e || s < e;

    // Stryker disable once Equality : on a == b either operand is the answer, so < and <= agree
    private static DatePrecision Finer(DatePrecision a, DatePrecision b) => a < b ? a : b;

    private static void CheckBound(LocalDate? date, DatePrecision precision, string paramName)
    {
        Preconditions.CheckArgument(precision != DatePrecision.Week, paramName, "A period's end may be known to the day, the month or the year, not the week.");
        Preconditions.CheckArgument(date is not null || precision == DatePrecision.Day, paramName, "An open end of a period has no precision; give Day.");
        if (date is { } d)
        {
            Preconditions.CheckArgument(precision == DatePrecision.Day || d.Year is >= 1 and <= 9999, paramName, $"An end of Month or Year precision lies in the years 1 to 9999; {d:uuuu-MM-dd} does not.");
            Preconditions.CheckArgument(precision != DatePrecision.Month || d.Day == 1, paramName, $"An end of Month precision is the first day of a month; {d:uuuu-MM-dd} is not.");
            Preconditions.CheckArgument(precision != DatePrecision.Year || d.DayOfYear == 1, paramName, $"An end of Year precision is the first day of a year; {d:uuuu-MM-dd} is not.");
        }
    }

    private static LocalDate StartOf(ReportedDate date, string paramName)
    {
        CheckReported(date, paramName);
        return date.Earliest;
    }

    private static LocalDate EndOf(ReportedDate date, string paramName)
    {
        CheckReported(date, paramName);
        Preconditions.CheckArgument(date.Latest < LocalDate.MaxIsoValue, paramName, "A period cannot end on the last day of the calendar; give an open end.");
        return date.Latest.PlusDays(1);
    }

    private static void CheckReported(ReportedDate date, string paramName)
    {
        Preconditions.CheckArgument(date.Precision != DatePrecision.Week, paramName, $"A period's end may be known to the day, the month or the year, not the week ({date}).");
        Preconditions.CheckArgument(date.Bound == DateBound.Within, paramName, $"A period's end is a date within its range, not a one-sided date ({date}).");
    }
}
