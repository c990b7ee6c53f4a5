using System;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Temporal;

public sealed class DatePeriodTests
{
    private static readonly LocalDate June2014 = new(2014, 6, 10);
    private static readonly LocalDate October2017 = new(2017, 10, 17);
    private static readonly LocalDate December2021 = new(2021, 12, 9);

    [Fact]
    public void A_closed_period_contains_its_start_but_not_its_end()
    {
        var period = DatePeriod.Between(October2017, December2021);

        Assert.True(period.Contains(October2017));
        Assert.True(period.Contains(December2021.PlusDays(-1)));
        Assert.False(period.Contains(December2021));
        Assert.False(period.Contains(October2017.PlusDays(-1)));
    }

    [Fact]
    public void An_open_ended_period_contains_every_later_date()
    {
        var period = DatePeriod.From(October2017);

        Assert.True(period.IsOpenEnded);
        Assert.Null(period.End);
        Assert.True(period.Contains(new LocalDate(9999, 12, 31)));
        Assert.False(period.Contains(October2017.PlusDays(-1)));
    }

    [Fact]
    public void A_period_with_an_open_start_contains_every_earlier_date()
    {
        var period = DatePeriod.Until(June2014);

        Assert.False(period.IsOpenEnded);
        Assert.Null(period.Start);
        Assert.True(period.Contains(new LocalDate(1, 1, 1)));
        Assert.False(period.Contains(June2014));
    }

    [Fact]
    public void Always_is_the_default_and_contains_every_date()
    {
        Assert.Equal(default, DatePeriod.Always);
        Assert.Equal(new DatePeriod(null, null), DatePeriod.Always);
        Assert.True(DatePeriod.Always.Contains(LocalDate.MinIsoValue));
        Assert.True(DatePeriod.Always.Contains(LocalDate.MaxIsoValue));
        Assert.True(DatePeriod.Always.IsOpenEnded);
    }

    [Fact]
    public void An_empty_period_is_refused_naming_end()
    {
        var error = Assert.Throws<ArgumentException>(() => DatePeriod.Between(October2017, October2017));

        Assert.Equal("end", error.ParamName);
        Assert.Contains("2017-10-17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_before_the_start_is_refused_naming_end()
    {
        var error = Assert.Throws<ArgumentException>(() => new DatePeriod(December2021, October2017));

        Assert.Equal("end", error.ParamName);
    }

    [Fact]
    public void A_one_day_period_holds_only_its_day()
    {
        var period = DatePeriod.Between(October2017, October2017.PlusDays(1));

        Assert.True(period.Contains(October2017));
        Assert.False(period.Contains(October2017.PlusDays(1)));
    }

    [Fact]
    public void Periods_that_meet_end_to_start_do_not_overlap()
    {
        // Peshmerga control of Kirkuk ended the day Iraqi federal control began.
        var before = DatePeriod.Between(June2014, October2017);
        var after = DatePeriod.From(October2017);

        Assert.False(before.Overlaps(after));
        Assert.False(after.Overlaps(before));
        Assert.Null(before.Intersect(after));
    }

    [Fact]
    public void Periods_that_share_a_day_overlap_and_intersect_in_that_day()
    {
        var before = DatePeriod.Between(June2014, October2017.PlusDays(1));
        var after = DatePeriod.From(October2017);

        Assert.True(before.Overlaps(after));
        Assert.Equal(DatePeriod.Between(October2017, October2017.PlusDays(1)), before.Intersect(after));
    }

    [Fact]
    public void Open_periods_intersect_in_the_later_start_and_the_earlier_end()
    {
        var since2014 = DatePeriod.From(June2014);
        var until2021 = DatePeriod.Until(December2021);

        Assert.Equal(DatePeriod.Between(June2014, December2021), since2014.Intersect(until2021));
        Assert.Equal(since2014, since2014.Intersect(DatePeriod.Always));
        Assert.Equal(DatePeriod.Always, DatePeriod.Always.Intersect(DatePeriod.Always));
    }

    [Fact]
    public void A_period_is_formatted_half_open_with_an_ellipsis_for_an_open_end()
    {
        Assert.Equal("[2014-06-10, 2017-10-17)", DatePeriod.Between(June2014, October2017).ToString());
        Assert.Equal("[2017-10-17, …)", DatePeriod.From(October2017).ToString());
        Assert.Equal("[…, 2014-06-10)", DatePeriod.Until(June2014).ToString());
        Assert.Equal("[…, …)", DatePeriod.Always.ToString());
    }

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool Overlaps_is_symmetric(DatePeriod a, DatePeriod b) => a.Overlaps(b) == b.Overlaps(a);

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool A_period_overlaps_itself(DatePeriod a) => a.Overlaps(a) && a.Intersect(a) == a;

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool Intersect_is_null_exactly_when_the_periods_do_not_overlap(DatePeriod a, DatePeriod b) =>
        (a.Intersect(b) is null) == !a.Overlaps(b);

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool Intersect_is_commutative(DatePeriod a, DatePeriod b) => a.Intersect(b) == b.Intersect(a);

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool The_intersection_lies_within_both_bounds(DatePeriod a, DatePeriod b)
    {
        if (a.Intersect(b) is not { } both)
        {
            return true;
        }

        static bool StartsNoEarlier(LocalDate? inner, LocalDate? outer) => outer is not { } o || (inner is { } i && i >= o);
        static bool EndsNoLater(LocalDate? inner, LocalDate? outer) => outer is not { } o || (inner is { } i && i <= o);
        return StartsNoEarlier(both.Start, a.Start) && StartsNoEarlier(both.Start, b.Start)
            && EndsNoLater(both.End, a.End) && EndsNoLater(both.End, b.End);
    }

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool Intersect_contains_a_date_exactly_when_both_periods_do(DatePeriod a, DatePeriod b, LocalDate date) =>
        (a.Intersect(b)?.Contains(date) ?? false) == (a.Contains(date) && b.Contains(date));

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool Overlapping_periods_share_the_first_day_of_their_intersection(DatePeriod a, DatePeriod b)
    {
        if (!a.Overlaps(b))
        {
            return true;
        }

        var both = a.Intersect(b)!.Value;
        var witness = both.Start ?? (both.End is { } end ? end.PlusDays(-1) : new LocalDate(2014, 1, 1));
        return a.Contains(witness) && b.Contains(witness);
    }

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool Contains_agrees_with_the_bounds(DatePeriod period, LocalDate date) =>
        period.Contains(date) == ((period.Start is null || period.Start <= date) && (period.End is null || date < period.End));

    [Property(Arbitrary = new[] { typeof(NarrowPeriods) })]
    public bool A_closed_period_contains_its_first_and_last_day_and_neither_neighbour(DatePeriod period) =>
        (period.Start is not { } start || (period.Contains(start) && !period.Contains(start.PlusDays(-1))))
        && (period.End is not { } end || (period.Contains(end.PlusDays(-1)) && !period.Contains(end)));

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Periods_over_two_centuries_keep_the_same_laws(DatePeriod a, DatePeriod b, LocalDate date) =>
        a.Overlaps(b) == b.Overlaps(a)
        && (a.Intersect(b) is null) == !a.Overlaps(b)
        && (a.Intersect(b)?.Contains(date) ?? false) == (a.Contains(date) && b.Contains(date));

    [Fact]
    public void Since_2014_starts_on_1_January_at_year_precision()
    {
        var period = DatePeriod.From(ReportedDate.InYear(2014));

        Assert.Equal(new LocalDate(2014, 1, 1), period.Start);
        Assert.Equal(DatePrecision.Year, period.StartPrecision);
        Assert.Equal(DatePrecision.Day, period.EndPrecision);
        Assert.True(period.Contains(new LocalDate(2014, 1, 1)));
        Assert.False(period.Contains(new LocalDate(2013, 12, 31)));
        Assert.Equal("[2014, …)", period.ToString());
        Assert.NotEqual(DatePeriod.From(new LocalDate(2014, 1, 1)), period);
    }

    [Fact]
    public void An_end_in_a_month_holds_through_that_month()
    {
        var period = DatePeriod.FromThrough(ReportedDate.InYear(2014), ReportedDate.InMonth(new YearMonth(2017, 10)));

        Assert.Equal(new LocalDate(2017, 11, 1), period.End);
        Assert.Equal(DatePrecision.Month, period.EndPrecision);
        Assert.True(period.Contains(new LocalDate(2017, 10, 31)));
        Assert.False(period.Contains(new LocalDate(2017, 11, 1)));
        Assert.Equal("[2014, 2017-10]", period.ToString());
    }

    [Fact]
    public void An_end_on_a_day_is_the_day_after_the_last_day()
    {
        var period = DatePeriod.FromThrough(ReportedDate.InYear(2014), ReportedDate.OnDay(new LocalDate(2017, 10, 15)));

        Assert.Equal(new LocalDate(2017, 10, 16), period.End);
        Assert.Equal(DatePrecision.Day, period.EndPrecision);
        Assert.Equal("[2014, 2017-10-16)", period.ToString());
        Assert.Equal("[…, 2017]", DatePeriod.Through(ReportedDate.InYear(2017)).ToString());
        Assert.Equal(new LocalDate(2018, 1, 1), DatePeriod.Through(ReportedDate.InYear(2017)).End);
        Assert.Equal("[2017-10, …)", DatePeriod.From(ReportedDate.InMonth(new YearMonth(2017, 10))).ToString());
    }

    [Fact]
    public void A_period_from_and_to_one_month_holds_that_month()
    {
        var october = ReportedDate.InMonth(new YearMonth(2017, 10));
        var period = DatePeriod.FromThrough(october, october);

        Assert.Equal(new DatePeriod(new LocalDate(2017, 10, 1), DatePrecision.Month, new LocalDate(2017, 11, 1), DatePrecision.Month), period);
        Assert.Equal("[2017-10, 2017-10]", period.ToString());
    }

    [Fact]
    public void Week_precision_and_misplaced_ends_are_refused()
    {
        var day = new LocalDate(2014, 10, 16);
        Assert.Throws<ArgumentException>(() => new DatePeriod(day, DatePrecision.Week, null, DatePrecision.Day));
        Assert.Throws<ArgumentException>(() => new DatePeriod(day, DatePrecision.Month, null, DatePrecision.Day));
        Assert.Throws<ArgumentException>(() => new DatePeriod(new LocalDate(2014, 10, 1), DatePrecision.Year, null, DatePrecision.Day));
        Assert.Throws<ArgumentException>(() => new DatePeriod(null, DatePrecision.Day, day, DatePrecision.Month));
        Assert.Throws<ArgumentException>(() => new DatePeriod(null, DatePrecision.Year, null, DatePrecision.Day));
        Assert.Throws<ArgumentException>(() => new DatePeriod(null, DatePrecision.Day, null, DatePrecision.Month));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DatePeriod(day, (DatePrecision)9, null, DatePrecision.Day));
        Assert.Throws<ArgumentException>(() => DatePeriod.From(ReportedDate.InWeek(day, day.PlusDays(3))));
        Assert.Throws<ArgumentException>(() => DatePeriod.From(ReportedDate.NotBefore(ReportedDate.InYear(2014))));
        Assert.Throws<ArgumentException>(() => DatePeriod.Through(ReportedDate.InYear(9999)));
        Assert.Throws<ArgumentException>(() => new DatePeriod(null, DatePrecision.Day, new LocalDate(1, 1, 1), DatePrecision.Year));
        Assert.Throws<ArgumentException>(() => new DatePeriod(new LocalDate(-5, 1, 1), DatePrecision.Year, null, DatePrecision.Day));
        Assert.Throws<ArgumentException>(() => DatePeriod.FromThrough(ReportedDate.InYear(2017), ReportedDate.InYear(2016)));
    }

    [Fact]
    public void The_intersection_keeps_the_precision_of_the_ends_it_takes()
    {
        var since2014 = DatePeriod.From(ReportedDate.InYear(2014));
        var untilOctober2017 = DatePeriod.Through(ReportedDate.InMonth(new YearMonth(2017, 10)));
        var both = since2014.Intersect(untilOctober2017)!.Value;

        Assert.Equal(new DatePeriod(new LocalDate(2014, 1, 1), DatePrecision.Year, new LocalDate(2017, 11, 1), DatePrecision.Month), both);
        Assert.Equal(DatePrecision.Day, since2014.Intersect(DatePeriod.From(new LocalDate(2014, 1, 1)))!.Value.StartPrecision);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Rebuilding_from_the_members_gives_an_equal_value(DatePeriod period) =>
        new DatePeriod(period.Start, period.StartPrecision, period.End, period.EndPrecision) == period
        && (period.StartPrecision != DatePrecision.Day || period.EndPrecision != DatePrecision.Day || new DatePeriod(period.Start, period.End) == period);

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Ends_of_month_and_year_precision_fall_on_the_first_day_and_open_ends_have_day_precision(DatePeriod period)
    {
        static bool Fits(LocalDate? date, DatePrecision precision) => precision switch
        {
            DatePrecision.Day => true,
            DatePrecision.Month => date is { Day: 1 },
            DatePrecision.Year => date is { DayOfYear: 1 },
            _ => false,
        };

        return Fits(period.Start, period.StartPrecision) && Fits(period.End, period.EndPrecision);
    }
}
