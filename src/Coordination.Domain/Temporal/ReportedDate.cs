using System;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Temporal;

/// <summary>
/// A date as the evidence gives it, no more precise than that: a <see cref="DateRange"/> the event
/// fell in, the <see cref="DatePrecision"/> that range stands for, and, for a known day, an
/// optional local time (exact or approximate) or part of the day. A date may be bounded on one side
/// only (<see cref="Bound"/>): "on or before 2020-08-21", "not before 2014". Dates and times are local
/// to <see cref="TimeZoneId"/>.
/// </summary>
/// <remarks>
/// The range must fit the precision: one day for <see cref="DatePrecision.Day"/>, two to seven days
/// for <see cref="DatePrecision.Week"/>, whole calendar months for <see cref="DatePrecision.Month"/>
/// and whole calendar years for <see cref="DatePrecision.Year"/>. A time of day or part of day is
/// only allowed with <see cref="DatePrecision.Day"/>, and not both at once; a time may be marked
/// approximate ("about 02:00", <see cref="IsTimeApproximate"/>), a part of day may not.
/// <para>For a date bounded on one side, <see cref="Range"/>, <see cref="Earliest"/> and <see cref="Latest"/>
/// are those of the <em>anchor</em>, the date the bound is stated against: "on or before 2020-08-21" has
/// the range 2020-08-21 and <see cref="DateBound.OnOrBefore"/>, so its <see cref="Latest"/> is the bound
/// and its <see cref="Earliest"/> is not the earliest day the event may have happened on (there is
/// none); "not before 2014" has the range 2014 and <see cref="DateBound.NotBefore"/>, so its
/// <see cref="Earliest"/> is the bound. Callers that order or compare by <see cref="Earliest"/> thus
/// order a one-sided date by its anchor; <see cref="Contains"/> and <see cref="ToInterval"/> follow the bound.</para>
/// Equality compares every member. Ordering is by range (start, then end), then by time of day,
/// then by part of day (a date without either first), then by precision, then by bound
/// (<see cref="DateBound.Within"/>, <see cref="DateBound.OnOrBefore"/>, <see cref="DateBound.NotBefore"/>),
/// then exact before approximate time, so that it agrees with equality: twelve whole months and a
/// whole year compare unequal.
/// <c>default(ReportedDate)</c> is the day 0001-01-01, within.
/// </remarks>
public readonly record struct ReportedDate : IComparable<ReportedDate>
{
    /// <summary>The IANA time zone in which reported dates and times are local: <c>Asia/Baghdad</c>.</summary>
    public const string TimeZoneId = "Asia/Baghdad";

    /// <summary>Creates a reported date.</summary>
    /// <param name="range">The dates the event fell in.</param>
    /// <param name="precision">The precision the range stands for.</param>
    /// <param name="timeOfDay">The local time, if reported; only with <see cref="DatePrecision.Day"/>.</param>
    /// <param name="partOfDay">The part of the day, if reported instead of a time; only with <see cref="DatePrecision.Day"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> or <paramref name="partOfDay"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The range does not fit the precision, or a time or part of day is given for a precision other than a day, or both are given.</exception>
    public ReportedDate(DateRange range, DatePrecision precision, LocalTime? timeOfDay = null, PartOfDay? partOfDay = null)
        : this(range, precision, timeOfDay, partOfDay, DateBound.Within, isTimeApproximate: false)
    {
    }

    /// <summary>
    /// Creates a reported date, possibly bounded on one side only or with an approximate time. Internal so that
    /// the public constructor keeps its shape; callers use <see cref="OnOrBefore"/>, <see cref="NotBefore"/> and <see cref="OnDayAbout"/>.
    /// </summary>
    /// <param name="range">The dates the event fell in, or for a one-sided date the anchor the bound is stated against.</param>
    /// <param name="precision">The precision the range stands for.</param>
    /// <param name="timeOfDay">The local time, if reported; only with <see cref="DatePrecision.Day"/>.</param>
    /// <param name="partOfDay">The part of the day, if reported instead of a time; only with <see cref="DatePrecision.Day"/>.</param>
    /// <param name="bound">How the date bounds the event: within the range, or on one side of it.</param>
    /// <param name="isTimeApproximate">Whether <paramref name="timeOfDay"/> is approximate ("about 02:00"); only with a time of day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/>, <paramref name="partOfDay"/> or <paramref name="bound"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The range does not fit the precision, or a time or part of day is given for a precision other than a day, or both are given, or the time is marked approximate without a time.</exception>
    internal ReportedDate(DateRange range, DatePrecision precision, LocalTime? timeOfDay, PartOfDay? partOfDay, DateBound bound, bool isTimeApproximate)
    {
        Preconditions.CheckDefined(precision, nameof(precision));
        Preconditions.CheckDefined(bound, nameof(bound));
        if (partOfDay is { } part)
        {
            Preconditions.CheckDefined(part, nameof(partOfDay));
        }

        var problem = DescribeMismatch(range, precision);
        Preconditions.CheckArgument(problem is null, nameof(range), problem!);
        Preconditions.CheckArgument(precision == DatePrecision.Day || (timeOfDay is null && partOfDay is null), nameof(timeOfDay), "A time of day or part of day can only be given for a reported date of Day precision.");
        Preconditions.CheckArgument(timeOfDay is null || partOfDay is null, nameof(partOfDay), "Give either a time of day or a part of day, not both.");
        Preconditions.CheckArgument(!isTimeApproximate || timeOfDay is not null, nameof(isTimeApproximate), "Only a time of day can be approximate; this reported date has none.");
        Range = range;
        Precision = precision;
        TimeOfDay = timeOfDay;
        PartOfDay = partOfDay;
        Bound = bound;
        IsTimeApproximate = isTimeApproximate;
    }

    /// <summary>Gets the dates the event fell in.</summary>
    public DateRange Range { get; }

    /// <summary>Gets the precision of the date.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets the local time of day in <see cref="TimeZoneId"/>, when it was reported.</summary>
    public LocalTime? TimeOfDay { get; }

    /// <summary>Gets the part of the day, when it was reported without a clock time.</summary>
    public PartOfDay? PartOfDay { get; }

    /// <summary>Gets how the date bounds the event: within <see cref="Range"/> (the default), or on one side of it only.</summary>
    public DateBound Bound { get; }

    /// <summary>Gets a value indicating whether <see cref="TimeOfDay"/> is approximate ("about 02:00"); never true without a time.</summary>
    public bool IsTimeApproximate { get; }

    /// <summary>
    /// Gets the first day of <see cref="Range"/>: the earliest date the event may have happened on, or
    /// for a one-sided date that of its anchor (the bound itself for <see cref="DateBound.NotBefore"/>).
    /// </summary>
    public LocalDate Earliest => Range.Start;

    /// <summary>
    /// Gets the last day of <see cref="Range"/>: the latest date the event may have happened on, or for a
    /// one-sided date that of its anchor (the bound itself for <see cref="DateBound.OnOrBefore"/>).
    /// </summary>
    public LocalDate Latest => Range.End;

    /// <summary>Gets the time zone of <see cref="TimeZoneId"/> from the TZDB provider.</summary>
    public static DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>Creates a reported date known to the day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The reported date.</returns>
    public static ReportedDate OnDay(LocalDate date) => new(DateRange.OfDay(date), DatePrecision.Day);

    /// <summary>Creates a reported date known to the day and the local time.</summary>
    /// <param name="date">The day.</param>
    /// <param name="timeOfDay">The local time in <see cref="TimeZoneId"/>.</param>
    /// <returns>The reported date.</returns>
    public static ReportedDate OnDay(LocalDate date, LocalTime timeOfDay) => new(DateRange.OfDay(date), DatePrecision.Day, timeOfDay);

    /// <summary>Creates a reported date known to the day and, approximately, the local time ("about 02:00").</summary>
    /// <param name="date">The day.</param>
    /// <param name="approximateTimeOfDay">The approximate local time in <see cref="TimeZoneId"/>.</param>
    /// <returns>The reported date, with <see cref="IsTimeApproximate"/> set.</returns>
    public static ReportedDate OnDayAbout(LocalDate date, LocalTime approximateTimeOfDay) =>
        new(DateRange.OfDay(date), DatePrecision.Day, approximateTimeOfDay, null, DateBound.Within, isTimeApproximate: true);

    /// <summary>Creates a reported date known to the day and the part of the day ("the early hours of Saturday").</summary>
    /// <param name="date">The day.</param>
    /// <param name="partOfDay">The part of the day.</param>
    /// <returns>The reported date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partOfDay"/> is not a defined value.</exception>
    public static ReportedDate OnDay(LocalDate date, PartOfDay partOfDay) => new(DateRange.OfDay(date), DatePrecision.Day, partOfDay: partOfDay);

    /// <summary>Creates a reported date known to within a span of two to seven days.</summary>
    /// <param name="first">The first possible day.</param>
    /// <param name="last">The last possible day.</param>
    /// <returns>The reported date.</returns>
    /// <exception cref="ArgumentException">The span is not two to seven days long.</exception>
    public static ReportedDate InWeek(LocalDate first, LocalDate last) => new(new DateRange(first, last), DatePrecision.Week);

    /// <summary>Creates a reported date known only to the month ("October 2017").</summary>
    /// <param name="month">The month.</param>
    /// <returns>The reported date.</returns>
    public static ReportedDate InMonth(YearMonth month) => new(DateRange.OfMonth(month), DatePrecision.Month);

    /// <summary>Creates a reported date known only to the year ("in 2015").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The reported date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static ReportedDate InYear(int year) => new(DateRange.OfYear(year), DatePrecision.Year);

    /// <summary>Creates the date "on or before <paramref name="anchor"/>": the event happened by the anchor's latest day, at any earlier time.</summary>
    /// <param name="anchor">The date the bound is stated against ("by 2 June 2021"); itself within, not one-sided.</param>
    /// <returns>The one-sided date, with the anchor's range, precision and time.</returns>
    /// <exception cref="ArgumentException"><paramref name="anchor"/> is itself bounded on one side.</exception>
    public static ReportedDate OnOrBefore(ReportedDate anchor) => anchor.Bounded(DateBound.OnOrBefore);

    /// <summary>Creates the date "not before <paramref name="anchor"/>": the event happened on or after the anchor's earliest day, at any later time.</summary>
    /// <param name="anchor">The date the bound is stated against ("not before 2014"); itself within, not one-sided.</param>
    /// <returns>The one-sided date, with the anchor's range, precision and time.</returns>
    /// <exception cref="ArgumentException"><paramref name="anchor"/> is itself bounded on one side.</exception>
    public static ReportedDate NotBefore(ReportedDate anchor) => anchor.Bounded(DateBound.NotBefore);

    /// <summary>
    /// Resolves a relative date ("on Sunday") against the date of the source that states it: the latest
    /// <paramref name="day"/> on or before the source's day.
    /// </summary>
    /// <param name="day">The day of the week the source names.</param>
    /// <param name="sourceDate">The date of the source (its publication), if known.</param>
    /// <returns>
    /// The resolved day, when <paramref name="sourceDate"/> is a single day within (of <see cref="DatePrecision.Day"/>
    /// precision and not one-sided); otherwise <see langword="null"/>, and the caller keeps the phrase as stated
    /// (<see cref="Provenance.Statement.DateAsStated"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or not a defined value.</exception>
    public static ReportedDate? Resolve(IsoDayOfWeek day, ReportedDate? sourceDate)
    {
        Preconditions.CheckArgumentRange(nameof(day), (int)day, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Sunday);
        return sourceDate is { Precision: DatePrecision.Day, Bound: DateBound.Within } source
            ? OnDay(source.Earliest.With(DateAdjusters.PreviousOrSame(day)))
            : null;
    }

    /// <summary>Tells whether the event may have happened on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>
    /// <see langword="true"/> when the date lies in <see cref="Range"/>; for <see cref="DateBound.OnOrBefore"/>
    /// when it is not after <see cref="Latest"/>, and for <see cref="DateBound.NotBefore"/> when it is not before <see cref="Earliest"/>.
    /// </returns>
    public bool Contains(LocalDate date) => Bound switch
    {
        DateBound.OnOrBefore => date <= Latest,
        DateBound.NotBefore => date >= Earliest,
        _ => Range.Contains(date),
    };

    /// <summary>Tells whether the event may have happened on a day of <paramref name="dates"/>, following the bound.</summary>
    internal bool MayFallIn(DateRange dates) =>
        (Bound == DateBound.OnOrBefore || Earliest <= dates.End) && (Bound == DateBound.NotBefore || dates.Start <= Latest);

    /// <summary>
    /// Gets the instants the event may have happened between: from the start of <see cref="Earliest"/>
    /// to the start of the day after <see cref="Latest"/> in <see cref="TimeZoneId"/>, or the
    /// instant when a time of day is known (approximate or not). A date bounded on one side has no start
    /// (<see cref="DateBound.OnOrBefore"/>) or no end (<see cref="DateBound.NotBefore"/>):
    /// <see cref="Interval.HasStart"/> or <see cref="Interval.HasEnd"/> is <see langword="false"/>.
    /// </summary>
    /// <returns>The interval of possible instants.</returns>
    public Interval ToInterval()
    {
        var zone = TimeZone;
        Instant start, end;
        if (TimeOfDay is { } time)
        {
            start = end = Earliest.At(time).InZoneLeniently(zone).ToInstant();
        }
        else
        {
            start = zone.AtStartOfDay(Earliest).ToInstant();
            end = zone.AtStartOfDay(Latest.PlusDays(1)).ToInstant();
        }

        return Bound switch
        {
            DateBound.OnOrBefore => new Interval(null, end),
            DateBound.NotBefore => new Interval(start, null),
            _ => new Interval(start, end),
        };
    }

    /// <inheritdoc />
    public int CompareTo(ReportedDate other)
    {
        var order = Range.CompareTo(other.Range);
        if (order == 0)
        {
            order = Nullable.Compare(TimeOfDay, other.TimeOfDay);
        }

        if (order == 0)
        {
            order = Nullable.Compare(PartOfDay, other.PartOfDay);
        }

        if (order == 0)
        {
            order = Precision.CompareTo(other.Precision);
        }

        if (order == 0)
        {
            order = Bound.CompareTo(other.Bound);
        }

        return order != 0 ? order : IsTimeApproximate.CompareTo(other.IsTimeApproximate);
    }

    /// <summary>
    /// Formats the date by its precision: <c>2021-05-01</c>, <c>2021-05-01T02:00</c>, <c>2021-05-01T~02:00</c>
    /// (about 02:00), <c>2021-05-01 (EarlyHours)</c>, <c>2021-05-01/2021-05-07</c>, <c>2017-10</c> or <c>2015</c>;
    /// a one-sided date is prefixed: <c>on or before 2020-08-21</c>, <c>not before 2014</c>.
    /// </summary>
    /// <returns>The formatted date.</returns>
    public override string ToString() => Bound switch
    {
        DateBound.OnOrBefore => $"on or before {FormatAnchor()}",
        DateBound.NotBefore => $"not before {FormatAnchor()}",
        _ => FormatAnchor(),
    };

    private string FormatAnchor() => Precision switch
    {
        DatePrecision.Day when TimeOfDay is { } time => $"{Earliest:uuuu-MM-dd}T{(IsTimeApproximate ? "~" : string.Empty)}{time:HH:mm}",
        DatePrecision.Day when PartOfDay is { } part => $"{Earliest:uuuu-MM-dd} ({part})",
        DatePrecision.Month when Earliest.Month == Latest.Month && Earliest.Year == Latest.Year => Earliest.ToString("uuuu-MM", null),
        DatePrecision.Year when Earliest.Year == Latest.Year => Earliest.ToString("uuuu", null),
        _ => Range.ToString(),
    };

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(ReportedDate left, ReportedDate right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(ReportedDate left, ReportedDate right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(ReportedDate left, ReportedDate right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(ReportedDate left, ReportedDate right) => left.CompareTo(right) >= 0;

    private ReportedDate Bounded(DateBound bound)
    {
        Preconditions.CheckArgument(Bound == DateBound.Within, "anchor", $"The anchor of a one-sided date must itself be within its range; {this} is already bounded on one side.");
        return new ReportedDate(Range, Precision, TimeOfDay, PartOfDay, bound, IsTimeApproximate);
    }

    private static string? DescribeMismatch(DateRange range, DatePrecision precision) => precision switch
    {
        DatePrecision.Day when range.Length != 1 => $"A reported date of Day precision covers one day; {range} covers {range.Length}.",
        DatePrecision.Week when range.Length is < 2 or > 7 => $"A reported date of Week precision covers two to seven days; {range} covers {range.Length}.",
        DatePrecision.Month when range.Start.Day != 1 || range.End.Day != range.End.Calendar.GetDaysInMonth(range.End.Year, range.End.Month) => $"A reported date of Month precision covers whole calendar months; {range} does not.",
        DatePrecision.Year when range.Start.DayOfYear != 1 || range.End.Month != 12 || range.End.Day != 31 => $"A reported date of Year precision covers whole calendar years; {range} does not.",
        _ => null,
    };
}
