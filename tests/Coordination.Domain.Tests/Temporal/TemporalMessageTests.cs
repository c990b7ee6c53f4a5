using System;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Temporal;

/// <summary>
/// What the temporal types say when they refuse a value: the parameter named and a message naming the
/// offending date, so a caller reading the exception knows what to change.
/// </summary>
public sealed class TemporalMessageTests
{
    private static readonly LocalDate Day = new(2017, 10, 16);

    public static TheoryData<string, Func<object>, string, string> PeriodRefusals() => new()
    {
        { "a week start", () => new DatePeriod(Day, DatePrecision.Week, null, DatePrecision.Day), "startPrecision", "not the week" },
        { "a week end", () => new DatePeriod(null, DatePrecision.Day, Day, DatePrecision.Week), "endPrecision", "not the week" },
        { "an open start with a precision", () => new DatePeriod(null, DatePrecision.Year, Day, DatePrecision.Day), "startPrecision", "open end of a period has no precision" },
        { "an open end with a precision", () => new DatePeriod(Day, DatePrecision.Day, null, DatePrecision.Month), "endPrecision", "open end of a period has no precision" },
        { "a month end not on the first", () => new DatePeriod(null, DatePrecision.Day, Day, DatePrecision.Month), "endPrecision", "first day of a month; 2017-10-16 is not" },
        { "a year end not on the first", () => new DatePeriod(null, DatePrecision.Day, new LocalDate(2017, 10, 1), DatePrecision.Year), "endPrecision", "first day of a year; 2017-10-01 is not" },
        { "a month start not on the first", () => new DatePeriod(Day, DatePrecision.Month, null, DatePrecision.Day), "startPrecision", "first day of a month; 2017-10-16 is not" },
        { "a year end before the year 1", () => new DatePeriod(null, DatePrecision.Day, new LocalDate(1, 1, 1), DatePrecision.Year), "endPrecision", "cannot be before the year 1" },
        { "a month end before the year 1", () => new DatePeriod(null, DatePrecision.Day, new LocalDate(1, 1, 1), DatePrecision.Month), "endPrecision", "cannot be before the year 1" },
        { "a year bound before the year 1", () => new DatePeriod(new LocalDate(0, 1, 1), DatePrecision.Year, null, DatePrecision.Day), "startPrecision", "years 1 to 9999; 0000-01-01 does not" },
        { "an end on its start", () => new DatePeriod(Day, Day), "end", "(2017-10-16, exclusive) must be after its start (2017-10-16)" },
        { "an end before its start", () => new DatePeriod(Day, Day.PlusDays(-1)), "end", "(2017-10-15, exclusive) must be after its start (2017-10-16)" },
        { "a week as a first day", () => DatePeriod.From(ReportedDate.InWeek(Day, Day.PlusDays(3))), "first", "not the week" },
        { "a one-sided first day", () => DatePeriod.From(ReportedDate.NotBefore(ReportedDate.OnDay(Day))), "first", "not a one-sided date" },
        { "a one-sided last day", () => DatePeriod.Through(ReportedDate.OnOrBefore(ReportedDate.OnDay(Day))), "last", "not a one-sided date" },
        { "the calendar's last day as the last day", () => DatePeriod.Through(ReportedDate.OnDay(LocalDate.MaxIsoValue)), "last", "last day of the calendar" },
    };

    public static TheoryData<string, Func<object>, string, string> ReportedDateRefusals() => new()
    {
        { "a day of two days", () => new ReportedDate(new DateRange(Day, Day.PlusDays(1)), DatePrecision.Day), "range", "covers one day; 2017-10-16/2017-10-17 covers 2" },
        { "a week of one day", () => new ReportedDate(DateRange.OfDay(Day), DatePrecision.Week), "range", "two to seven days; 2017-10-16 covers 1" },
        { "a week of eight days", () => new ReportedDate(new DateRange(Day, Day.PlusDays(7)), DatePrecision.Week), "range", "covers 8" },
        { "a month from its second day", () => new ReportedDate(new DateRange(new LocalDate(2017, 10, 2), new LocalDate(2017, 10, 31)), DatePrecision.Month), "range", "whole calendar months" },
        { "a month to its thirtieth day", () => new ReportedDate(new DateRange(new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 30)), DatePrecision.Month), "range", "whole calendar months" },
        { "a year from its second day", () => new ReportedDate(new DateRange(new LocalDate(2017, 1, 2), new LocalDate(2017, 12, 31)), DatePrecision.Year), "range", "whole calendar years" },
        { "a year to the end of November", () => new ReportedDate(new DateRange(new LocalDate(2017, 1, 1), new LocalDate(2017, 11, 30)), DatePrecision.Year), "range", "whole calendar years" },
        { "a year to the 30th of December", () => new ReportedDate(new DateRange(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 30)), DatePrecision.Year), "range", "whole calendar years" },
        { "a time in a month", () => new ReportedDate(DateRange.OfMonth(new YearMonth(2017, 10)), DatePrecision.Month, new LocalTime(2, 0)), "timeOfDay", "only be given for a reported date of Day precision" },
        { "a part of a year", () => new ReportedDate(DateRange.OfYear(2017), DatePrecision.Year, partOfDay: PartOfDay.Night), "timeOfDay", "only be given for a reported date of Day precision" },
        { "a time and a part of day", () => new ReportedDate(DateRange.OfDay(Day), DatePrecision.Day, new LocalTime(2, 0), PartOfDay.Night), "partOfDay", "not both" },
        { "an approximate time without a time", () => new ReportedDate(DateRange.OfDay(Day), DatePrecision.Day, null, null, DateBound.Within, isTimeApproximate: true), "isTimeApproximate", "Only a time of day can be approximate" },
        { "a one-sided anchor", () => ReportedDate.OnOrBefore(ReportedDate.NotBefore(ReportedDate.OnDay(Day))), "anchor", "already bounded on one side" },
    };

    [Theory]
    [MemberData(nameof(PeriodRefusals))]
    [MemberData(nameof(ReportedDateRefusals))]
    public void A_refused_value_names_its_parameter_and_the_problem(string what, Func<object> create, string parameter, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => create());

        Assert.False(error is ArgumentOutOfRangeException, what);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_with_one_date_in_another_calendar_is_refused_for_its_calendar_either_way()
    {
        var julian = Day.WithCalendar(CalendarSystem.Julian);

        foreach (var create in new Func<DateRange>[] { () => new DateRange(Day, julian), () => new DateRange(julian, Day), () => new DateRange(julian, julian) })
        {
            var error = Assert.Throws<ArgumentException>(() => create());

            Assert.Equal("start", error.ParamName);
            Assert.Contains("ISO calendar", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_range_ending_before_it_starts_names_both_dates()
    {
        var error = Assert.Throws<ArgumentException>(() => new DateRange(Day, Day.PlusDays(-1)));

        Assert.Equal("end", error.ParamName);
        Assert.Contains("(2017-10-15) may not be before its start (2017-10-16)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_of_the_week_out_of_range_is_refused_even_when_nothing_could_be_resolved()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedDate.Resolve(IsoDayOfWeek.None, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedDate.Resolve((IsoDayOfWeek)8, ReportedDate.InYear(2017)));
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2017, 10, 15)), ReportedDate.Resolve(IsoDayOfWeek.Sunday, ReportedDate.OnDay(Day)));
    }

    [Fact]
    public void A_date_bounded_on_one_side_may_fall_in_any_range_on_its_open_side()
    {
        var onOrBefore = ReportedDate.OnOrBefore(ReportedDate.OnDay(Day));
        var notBefore = ReportedDate.NotBefore(ReportedDate.OnDay(Day));
        var before = new DateRange(new LocalDate(2000, 1, 1), new LocalDate(2000, 12, 31));
        var after = new DateRange(new LocalDate(2030, 1, 1), new LocalDate(2030, 12, 31));

        Assert.True(onOrBefore.MayFallIn(before));
        Assert.False(onOrBefore.MayFallIn(after));
        Assert.True(onOrBefore.MayFallIn(DateRange.OfDay(Day)));
        Assert.False(onOrBefore.MayFallIn(DateRange.OfDay(Day.PlusDays(1))));
        Assert.False(notBefore.MayFallIn(before));
        Assert.True(notBefore.MayFallIn(after));
        Assert.True(notBefore.MayFallIn(DateRange.OfDay(Day)));
        Assert.False(notBefore.MayFallIn(DateRange.OfDay(Day.PlusDays(-1))));
        Assert.True(ReportedDate.OnDay(Day).MayFallIn(DateRange.OfDay(Day)));
        Assert.False(ReportedDate.OnDay(Day).MayFallIn(DateRange.OfDay(Day.PlusDays(1))));
        Assert.False(ReportedDate.OnDay(Day).MayFallIn(DateRange.OfDay(Day.PlusDays(-1))));
    }
}
