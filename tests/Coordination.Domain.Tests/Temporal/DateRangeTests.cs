using System;
using System.Globalization;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Temporal;

public sealed class DateRangeTests
{
    [Fact]
    public void A_range_holds_both_ends_and_counts_its_days()
    {
        var range = new DateRange(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 7));

        Assert.Equal(new LocalDate(2021, 5, 1), range.Start);
        Assert.Equal(new LocalDate(2021, 5, 7), range.End);
        Assert.Equal(7, range.Length);
    }

    [Fact]
    public void An_end_before_the_start_is_refused_naming_end()
    {
        var error = Assert.Throws<ArgumentException>(() => new DateRange(new LocalDate(2021, 5, 2), new LocalDate(2021, 5, 1)));

        Assert.Equal("end", error.ParamName);
        Assert.Contains("2021-05-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-05-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_of_another_calendar_is_refused_naming_start()
    {
        var julian = new LocalDate(2021, 5, 1, CalendarSystem.Julian);

        var error = Assert.Throws<ArgumentException>(() => new DateRange(julian, julian));

        Assert.Equal("start", error.ParamName);
    }

    [Fact]
    public void The_default_range_is_the_single_day_0001_01_01()
    {
        var range = default(DateRange);

        Assert.Equal(new LocalDate(1, 1, 1), range.Start);
        Assert.Equal(range.Start, range.End);
        Assert.Equal(1, range.Length);
    }

    [Fact]
    public void OfDay_holds_one_day()
    {
        var range = DateRange.OfDay(new LocalDate(2021, 5, 1));

        Assert.Equal(1, range.Length);
        Assert.Equal("2021-05-01", range.ToString());
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2023, 2, 28)]
    [InlineData(2017, 10, 31)]
    [InlineData(2017, 4, 30)]
    public void OfMonth_holds_every_day_of_the_month(int year, int month, int days)
    {
        var range = DateRange.OfMonth(new YearMonth(year, month));

        Assert.Equal(new LocalDate(year, month, 1), range.Start);
        Assert.Equal(new LocalDate(year, month, days), range.End);
        Assert.Equal(days, range.Length);
    }

    [Theory]
    [InlineData(2024, 366)]
    [InlineData(2021, 365)]
    [InlineData(1, 365)]
    [InlineData(9999, 365)]
    public void OfYear_holds_every_day_of_the_year(int year, int days)
    {
        var range = DateRange.OfYear(year);

        Assert.Equal(new LocalDate(year, 1, 1), range.Start);
        Assert.Equal(new LocalDate(year, 12, 31), range.End);
        Assert.Equal(days, range.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void OfYear_refuses_a_year_outside_1_to_9999_naming_year(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DateRange.OfYear(year));

        Assert.Equal("year", error.ParamName);
        Assert.Equal((long)year, error.ActualValue);
    }

    [Fact]
    public void Contains_includes_both_ends_and_nothing_outside()
    {
        var range = new DateRange(new LocalDate(2017, 10, 16), new LocalDate(2017, 10, 20));

        Assert.True(range.Contains(new LocalDate(2017, 10, 16)));
        Assert.True(range.Contains(new LocalDate(2017, 10, 20)));
        Assert.False(range.Contains(new LocalDate(2017, 10, 15)));
        Assert.False(range.Contains(new LocalDate(2017, 10, 21)));
    }

    [Fact]
    public void A_range_is_formatted_as_two_ISO_dates_in_any_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-IQ");
            Assert.Equal("2017-10-01/2017-10-31", DateRange.OfMonth(new YearMonth(2017, 10)).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Ranges_sort_by_start_then_by_end()
    {
        var early = new DateRange(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 3));
        var longer = new DateRange(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 9));
        var later = DateRange.OfDay(new LocalDate(2021, 5, 2));

        Assert.True(early < longer);
        Assert.True(longer < later);
        Assert.True(later > early);
        var same = new DateRange(early.Start, early.End);
        Assert.True(early <= same);
        Assert.True(early >= same);
    }

    [Fact]
    public void Equal_ranges_are_neither_before_nor_after_each_other_but_sort_with_each_other()
    {
        var range = new DateRange(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 3));
        var same = new DateRange(range.Start, range.End);

        Assert.False(range < same);
        Assert.False(range > same);
        Assert.True(range <= same);
        Assert.True(range >= same);
    }

    [Fact]
    public void Ranges_that_differ_only_in_their_end_are_strictly_ordered_both_ways()
    {
        var shorter = new DateRange(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 3));
        var longer = new DateRange(shorter.Start, new LocalDate(2021, 5, 4));

        Assert.True(shorter < longer);
        Assert.False(longer < shorter);
        Assert.True(longer > shorter);
        Assert.False(shorter > longer);
        Assert.False(longer <= shorter);
        Assert.False(shorter >= longer);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Contains_agrees_with_the_bounds(DateRange range, LocalDate date) =>
        range.Contains(date) == (range.Start <= date && date <= range.End)
        && range.Contains(range.Start) && range.Contains(range.End)
        && !range.Contains(range.Start.PlusDays(-1)) && !range.Contains(range.End.PlusDays(1));

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Length_counts_the_days_from_start_to_end(DateRange range) =>
        range.Length >= 1 && range.Start.PlusDays(range.Length - 1) == range.End;

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Ordering_is_by_start_then_end_and_consistent_with_equality(DateRange a, DateRange b)
    {
        var expected = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
        return Math.Sign(a.CompareTo(b)) == Math.Sign(expected)
            && (a.CompareTo(b) == 0) == a.Equals(b)
            && (a < b) == (a.CompareTo(b) < 0) && (a >= b) == !(a < b)
            && (a > b) == (b < a) && (a <= b) == !(a > b);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public Property Constructing_from_any_two_dates_either_succeeds_or_names_end(LocalDate start, LocalDate end)
    {
        var error = Record.Exception(() => new DateRange(start, end));
        return (start <= end ? error is null : error is ArgumentException { ParamName: "end" }).Label($"{start} {end}: {error}");
    }
}
