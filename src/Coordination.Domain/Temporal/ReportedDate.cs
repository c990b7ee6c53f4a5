using System;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Temporal;

/// <summary>
/// A date as the evidence gives it, no more precise than that: a <see cref="DateRange"/> the event
/// fell in, the <see cref="DatePrecision"/> that range stands for, and, for a known day, an
/// optional local time or part of the day. Dates and times are local to <see cref="TimeZoneId"/>.
/// </summary>
/// <remarks>
/// The range must fit the precision: one day for <see cref="DatePrecision.Day"/>, two to seven days
/// for <see cref="DatePrecision.Week"/>, whole calendar months for <see cref="DatePrecision.Month"/>
/// and whole calendar years for <see cref="DatePrecision.Year"/>. A time of day or part of day is
/// only allowed with <see cref="DatePrecision.Day"/>, and not both at once.
/// Equality compares every member. Ordering is by range (start, then end), then by time of day,
/// then by part of day (a date without either first), then by precision, so that it agrees with
/// equality: twelve whole months and a whole year compare unequal.
/// <c>default(ReportedDate)</c> is the day 0001-01-01.
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
    {
        Preconditions.CheckDefined(precision, nameof(precision));
        if (partOfDay is { } part)
        {
            Preconditions.CheckDefined(part, nameof(partOfDay));
        }

        var problem = DescribeMismatch(range, precision);
        Preconditions.CheckArgument(problem is null, nameof(range), problem!);
        Preconditions.CheckArgument(precision == DatePrecision.Day || (timeOfDay is null && partOfDay is null), nameof(timeOfDay), "A time of day or part of day can only be given for a reported date of Day precision.");
        Preconditions.CheckArgument(timeOfDay is null || partOfDay is null, nameof(partOfDay), "Give either a time of day or a part of day, not both.");
        Range = range;
        Precision = precision;
        TimeOfDay = timeOfDay;
        PartOfDay = partOfDay;
    }

    /// <summary>Gets the dates the event fell in.</summary>
    public DateRange Range { get; }

    /// <summary>Gets the precision of the date.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets the local time of day in <see cref="TimeZoneId"/>, when it was reported.</summary>
    public LocalTime? TimeOfDay { get; }

    /// <summary>Gets the part of the day, when it was reported without a clock time.</summary>
    public PartOfDay? PartOfDay { get; }

    /// <summary>Gets the earliest date the event may have happened on.</summary>
    public LocalDate Earliest => Range.Start;

    /// <summary>Gets the latest date the event may have happened on.</summary>
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

    /// <summary>Tells whether the event may have happened on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when the date lies in <see cref="Range"/>.</returns>
    public bool Contains(LocalDate date) => Range.Contains(date);

    /// <summary>
    /// Gets the instants the event may have happened between: from the start of <see cref="Earliest"/>
    /// to the start of the day after <see cref="Latest"/> in <see cref="TimeZoneId"/>, or the exact
    /// instant when a time of day is known.
    /// </summary>
    /// <returns>The interval of possible instants.</returns>
    public Interval ToInterval()
    {
        var zone = TimeZone;
        if (TimeOfDay is { } time)
        {
            var instant = Earliest.At(time).InZoneLeniently(zone).ToInstant();
            return new Interval(instant, instant);
        }

        return new Interval(zone.AtStartOfDay(Earliest).ToInstant(), zone.AtStartOfDay(Latest.PlusDays(1)).ToInstant());
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

        return order != 0 ? order : Precision.CompareTo(other.Precision);
    }

    /// <summary>
    /// Formats the date by its precision: <c>2021-05-01</c>, <c>2021-05-01T02:00</c>,
    /// <c>2021-05-01 (early hours)</c>, <c>2021-05-01/2021-05-07</c>, <c>2017-10</c> or <c>2015</c>.
    /// </summary>
    /// <returns>The formatted date.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day when TimeOfDay is { } time => $"{Earliest:uuuu-MM-dd}T{time:HH:mm}",
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

    private static string? DescribeMismatch(DateRange range, DatePrecision precision) => precision switch
    {
        DatePrecision.Day when range.Length != 1 => $"A reported date of Day precision covers one day; {range} covers {range.Length}.",
        DatePrecision.Week when range.Length is < 2 or > 7 => $"A reported date of Week precision covers two to seven days; {range} covers {range.Length}.",
        DatePrecision.Month when range.Start.Day != 1 || range.End.Day != range.End.Calendar.GetDaysInMonth(range.End.Year, range.End.Month) => $"A reported date of Month precision covers whole calendar months; {range} does not.",
        DatePrecision.Year when range.Start.DayOfYear != 1 || range.End.Month != 12 || range.End.Day != 31 => $"A reported date of Year precision covers whole calendar years; {range} does not.",
        _ => null,
    };
}
