using System;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Coordination.Domain.Tests.Temporal;

public sealed class ReportedDateTests
{
    private static readonly LocalDate PrdeAttack = new(2021, 5, 1);

    [Fact]
    public void A_day_holds_that_day_at_day_precision()
    {
        var date = ReportedDate.OnDay(PrdeAttack);

        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(PrdeAttack, date.Earliest);
        Assert.Equal(PrdeAttack, date.Latest);
        Assert.Null(date.TimeOfDay);
        Assert.Null(date.PartOfDay);
        Assert.Equal("2021-05-01", date.ToString());
    }

    [Fact]
    public void A_day_may_carry_a_local_time()
    {
        var date = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 0));

        Assert.Equal(new LocalTime(2, 0), date.TimeOfDay);
        Assert.Equal("2021-05-01T02:00", date.ToString());
    }

    [Fact]
    public void A_day_may_carry_a_part_of_the_day()
    {
        var date = ReportedDate.OnDay(PrdeAttack, PartOfDay.EarlyHours);

        Assert.Equal(PartOfDay.EarlyHours, date.PartOfDay);
        Assert.Equal("2021-05-01 (EarlyHours)", date.ToString());
    }

    [Fact]
    public void A_month_covers_the_whole_month()
    {
        var date = ReportedDate.InMonth(new YearMonth(2017, 10));

        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(new LocalDate(2017, 10, 1), date.Earliest);
        Assert.Equal(new LocalDate(2017, 10, 31), date.Latest);
        Assert.Equal("2017-10", date.ToString());
    }

    [Fact]
    public void A_year_covers_the_whole_year()
    {
        var date = ReportedDate.InYear(2014);

        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Equal(new LocalDate(2014, 1, 1), date.Earliest);
        Assert.Equal(new LocalDate(2014, 12, 31), date.Latest);
        Assert.Equal("2014", date.ToString());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void A_week_covers_two_to_seven_days(int days)
    {
        var date = ReportedDate.InWeek(PrdeAttack, PrdeAttack.PlusDays(days - 1));

        Assert.Equal(DatePrecision.Week, date.Precision);
        Assert.Equal(days, date.Range.Length);
        Assert.Equal($"2021-05-01/2021-05-0{days}", date.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void A_week_of_one_day_or_of_more_than_seven_is_refused_naming_range(int days)
    {
        var error = Assert.Throws<ArgumentException>(() => ReportedDate.InWeek(PrdeAttack, PrdeAttack.PlusDays(days - 1)));

        Assert.Equal("range", error.ParamName);
        Assert.Contains("two to seven days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_precision_over_two_days_is_refused_naming_range()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportedDate(new DateRange(PrdeAttack, PrdeAttack.PlusDays(1)), DatePrecision.Day));

        Assert.Equal("range", error.ParamName);
    }

    [Theory]
    [InlineData("2017-10-02", "2017-10-31")]
    [InlineData("2017-10-01", "2017-10-30")]
    [InlineData("2017-10-01", "2017-11-29")]
    public void Month_precision_over_part_of_a_month_is_refused_naming_range(string start, string end)
    {
        var range = new DateRange(LocalDatePattern.Iso.Parse(start).Value, LocalDatePattern.Iso.Parse(end).Value);

        var error = Assert.Throws<ArgumentException>(() => new ReportedDate(range, DatePrecision.Month));

        Assert.Equal("range", error.ParamName);
    }

    [Fact]
    public void Month_precision_may_cover_several_whole_months()
    {
        var date = new ReportedDate(new DateRange(new LocalDate(2017, 10, 1), new LocalDate(2017, 11, 30)), DatePrecision.Month);

        Assert.Equal(61, date.Range.Length);
        Assert.Equal("2017-10-01/2017-11-30", date.ToString());
    }

    [Theory]
    [InlineData("2014-01-02", "2014-12-31")]
    [InlineData("2014-01-01", "2014-12-30")]
    [InlineData("2014-06-01", "2015-05-31")]
    public void Year_precision_over_part_of_a_year_is_refused_naming_range(string start, string end)
    {
        var range = new DateRange(LocalDatePattern.Iso.Parse(start).Value, LocalDatePattern.Iso.Parse(end).Value);

        var error = Assert.Throws<ArgumentException>(() => new ReportedDate(range, DatePrecision.Year));

        Assert.Equal("range", error.ParamName);
    }

    [Fact]
    public void Year_precision_may_cover_several_whole_years()
    {
        var date = new ReportedDate(new DateRange(new LocalDate(2014, 1, 1), new LocalDate(2017, 12, 31)), DatePrecision.Year);

        Assert.Equal("2014-01-01/2017-12-31", date.ToString());
    }

    [Theory]
    [InlineData(DatePrecision.Week)]
    [InlineData(DatePrecision.Month)]
    [InlineData(DatePrecision.Year)]
    public void A_time_of_day_is_refused_unless_the_day_is_known(DatePrecision precision)
    {
        var range = precision switch
        {
            DatePrecision.Week => new DateRange(PrdeAttack, PrdeAttack.PlusDays(2)),
            DatePrecision.Month => DateRange.OfMonth(new YearMonth(2021, 5)),
            _ => DateRange.OfYear(2021),
        };

        var timed = Assert.Throws<ArgumentException>(() => new ReportedDate(range, precision, new LocalTime(2, 0)));
        var parted = Assert.Throws<ArgumentException>(() => new ReportedDate(range, precision, partOfDay: PartOfDay.Evening));

        Assert.Equal("timeOfDay", timed.ParamName);
        Assert.Equal("timeOfDay", parted.ParamName);
    }

    [Fact]
    public void A_time_and_a_part_of_day_together_are_refused_naming_partOfDay()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportedDate(DateRange.OfDay(PrdeAttack), DatePrecision.Day, new LocalTime(2, 0), PartOfDay.EarlyHours));

        Assert.Equal("partOfDay", error.ParamName);
    }

    [Fact]
    public void An_undefined_precision_is_refused_naming_precision()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportedDate(DateRange.OfDay(PrdeAttack), (DatePrecision)4));

        Assert.Equal("precision", error.ParamName);
    }

    [Fact]
    public void An_undefined_part_of_day_is_refused_naming_partOfDay()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReportedDate.OnDay(PrdeAttack, (PartOfDay)(-1)));

        Assert.Equal("partOfDay", error.ParamName);
    }

    [Fact]
    public void InYear_refuses_year_zero_naming_year()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReportedDate.InYear(0));

        Assert.Equal("year", error.ParamName);
    }

    [Fact]
    public void The_default_is_the_day_0001_01_01()
    {
        var date = default(ReportedDate);

        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(new LocalDate(1, 1, 1), date.Earliest);
        Assert.Equal(ReportedDate.OnDay(new LocalDate(1, 1, 1)), date);
    }

    [Fact]
    public void The_time_zone_is_Baghdad()
    {
        Assert.Equal("Asia/Baghdad", ReportedDate.TimeZoneId);
        Assert.Equal("Asia/Baghdad", ReportedDate.TimeZone.Id);
    }

    [Fact]
    public void ToInterval_of_a_timed_report_is_the_instant_in_Baghdad_time()
    {
        // "In the early hours of Saturday, 2 a.m.": Baghdad is UTC+3 (no daylight saving since 2008).
        var interval = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 0)).ToInterval();

        Assert.Equal(Instant.FromUtc(2021, 4, 30, 23, 0), interval.Start);
        Assert.Equal(interval.Start, interval.End);
    }

    [Fact]
    public void ToInterval_of_a_day_runs_from_Baghdad_midnight_to_the_next()
    {
        var interval = ReportedDate.OnDay(PrdeAttack).ToInterval();

        Assert.Equal(Instant.FromUtc(2021, 4, 30, 21, 0), interval.Start);
        Assert.Equal(Instant.FromUtc(2021, 5, 1, 21, 0), interval.End);
        Assert.Equal(Duration.FromHours(24), interval.Duration);
    }

    [Fact]
    public void ToInterval_of_a_part_of_day_is_the_whole_day()
    {
        Assert.Equal(ReportedDate.OnDay(PrdeAttack).ToInterval(), ReportedDate.OnDay(PrdeAttack, PartOfDay.EarlyHours).ToInterval());
    }

    [Fact]
    public void ToInterval_of_a_month_covers_the_month_in_Baghdad_time()
    {
        var interval = ReportedDate.InMonth(new YearMonth(2017, 10)).ToInterval();

        Assert.Equal(Instant.FromUtc(2017, 9, 30, 21, 0), interval.Start);
        Assert.Equal(Instant.FromUtc(2017, 10, 31, 21, 0), interval.End);
    }

    [Fact]
    public void ToInterval_follows_the_daylight_saving_Baghdad_kept_until_2007()
    {
        // Iraq kept summer time (UTC+4) until 2007: a July 2005 day starts at 20:00 UTC, not 21:00.
        var interval = ReportedDate.OnDay(new LocalDate(2005, 7, 1)).ToInterval();

        Assert.Equal(Instant.FromUtc(2005, 6, 30, 20, 0), interval.Start);
        Assert.Equal(Instant.FromUtc(2005, 7, 1, 20, 0), interval.End);
    }

    [Fact]
    public void Reports_sort_by_start_then_end_then_time_with_the_untimed_day_first()
    {
        var day = ReportedDate.OnDay(PrdeAttack);
        var twoAm = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 0));
        var noon = ReportedDate.OnDay(PrdeAttack, new LocalTime(12, 0));
        var month = ReportedDate.InMonth(new YearMonth(2021, 5));
        var nextDay = ReportedDate.OnDay(PrdeAttack.PlusDays(1));

        Assert.True(day < twoAm);
        Assert.True(twoAm < noon);
        Assert.True(day < month);
        Assert.True(noon < nextDay);
        Assert.True(nextDay >= noon);
        Assert.True(day <= ReportedDate.OnDay(PrdeAttack));
    }

    [Fact]
    public void Equal_reports_are_neither_before_nor_after_each_other_but_sort_with_each_other()
    {
        var report = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 0));
        var same = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 0));

        Assert.False(report < same);
        Assert.False(report > same);
        Assert.True(report <= same);
        Assert.True(report >= same);
    }

    [Fact]
    public void Reports_of_one_day_a_minute_apart_are_strictly_ordered_both_ways()
    {
        var earlier = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 0));
        var later = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 1));

        Assert.True(earlier < later);
        Assert.False(later < earlier);
        Assert.True(later > earlier);
        Assert.False(earlier > later);
        Assert.False(later <= earlier);
        Assert.False(earlier >= later);
    }

    [Fact]
    public void Twelve_whole_months_and_one_whole_year_differ_and_do_not_compare_equal()
    {
        var months = new ReportedDate(DateRange.OfYear(2015), DatePrecision.Month);
        var year = ReportedDate.InYear(2015);

        Assert.NotEqual(months, year);
        Assert.NotEqual(0, months.CompareTo(year));
        Assert.Equal(-Math.Sign(months.CompareTo(year)), Math.Sign(year.CompareTo(months)));
    }

    [Fact]
    public void Reports_of_one_day_that_differ_only_in_part_of_day_do_not_compare_equal()
    {
        var early = ReportedDate.OnDay(PrdeAttack, PartOfDay.EarlyHours);
        var evening = ReportedDate.OnDay(PrdeAttack, PartOfDay.Evening);

        Assert.True(early < evening);
        Assert.True(ReportedDate.OnDay(PrdeAttack) < early);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool The_range_always_fits_the_precision(ReportedDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Range.Length == 1,
        DatePrecision.Week => date.Range.Length is >= 2 and <= 7 && date.TimeOfDay is null && date.PartOfDay is null,
        DatePrecision.Month => date.Earliest.Day == 1 && date.Latest.PlusDays(1).Day == 1 && date.TimeOfDay is null && date.PartOfDay is null,
        DatePrecision.Year => date.Earliest.DayOfYear == 1 && date.Latest.PlusDays(1).DayOfYear == 1 && date.TimeOfDay is null && date.PartOfDay is null,
        _ => false,
    };

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Rebuilding_from_the_members_gives_an_equal_value(ReportedDate date)
    {
        var within = date.IsTimeApproximate
            ? ReportedDate.OnDayAbout(date.Earliest, date.TimeOfDay!.Value)
            : new ReportedDate(date.Range, date.Precision, date.TimeOfDay, date.PartOfDay);
        var rebuilt = date.Bound switch
        {
            DateBound.OnOrBefore => ReportedDate.OnOrBefore(within),
            DateBound.NotBefore => ReportedDate.NotBefore(within),
            _ => within,
        };
        return rebuilt == date && new ReportedDate(date.Range, date.Precision, date.TimeOfDay, date.PartOfDay, date.Bound, date.IsTimeApproximate) == date;
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Ordering_is_consistent_with_equality(ReportedDate a, ReportedDate b) =>
        (a.CompareTo(b) == 0) == a.Equals(b) && (a.CompareTo(a) == 0)
        && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Ordering_is_consistent_with_equality_among_reports_that_start_on_one_day(LocalTime time, int seed)
    {
        var year = 1990 + Math.Abs(seed % 60);
        var first = new LocalDate(year, 1, 1);
        ReportedDate[] dates =
        [
            ReportedDate.OnDay(first),
            ReportedDate.OnDay(first, time),
            ReportedDate.OnDay(first, PartOfDay.EarlyHours),
            ReportedDate.OnDay(first, PartOfDay.Night),
            ReportedDate.InWeek(first, first.PlusDays(6)),
            ReportedDate.InMonth(new YearMonth(year, 1)),
            new ReportedDate(DateRange.OfYear(year), DatePrecision.Month),
            ReportedDate.InYear(year),
        ];
        foreach (var a in dates)
        {
            foreach (var b in dates)
            {
                if ((a.CompareTo(b) == 0) != a.Equals(b) || Math.Sign(a.CompareTo(b)) != -Math.Sign(b.CompareTo(a)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Ordering_puts_an_earlier_start_first(ReportedDate a, ReportedDate b) =>
        a.Earliest == b.Earliest || (a.Earliest < b.Earliest) == (a < b);

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool ToInterval_covers_exactly_the_instants_of_the_range_in_Baghdad(ReportedDate date)
    {
        var interval = date.ToInterval();
        var zone = ReportedDate.TimeZone;
        LocalDate DateAt(Instant instant) => instant.InZone(zone).Date;
        if (date.Bound != DateBound.Within)
        {
            // A one-sided date is open on one side and ends (or starts) where its anchor does.
            var anchor = Anchor(date).ToInterval();
            return date.Bound == DateBound.OnOrBefore
                ? !interval.HasStart && interval.HasEnd && interval.End == anchor.End
                : interval.HasStart && !interval.HasEnd && interval.Start == anchor.Start;
        }

        if (date.TimeOfDay is { } time)
        {
            var mapped = zone.MapLocal(date.Earliest.At(time));
            return interval.Start == interval.End && DateAt(interval.Start) == date.Earliest
                && (mapped.Count == 0 || interval.Start == mapped.First().ToInstant());
        }

        return DateAt(interval.Start) == date.Earliest && DateAt(interval.Start - Duration.Epsilon) < date.Earliest
            && DateAt(interval.End - Duration.Epsilon) == date.Latest && DateAt(interval.End) > date.Latest;
    }

    [Fact]
    public void ToInterval_of_a_day_whose_midnight_Baghdad_skipped_starts_at_its_first_instant()
    {
        // Iraq moved its clocks forward at midnight on 1984-04-01: that day began at 01:00 (UTC+4).
        var interval = ReportedDate.OnDay(new LocalDate(1984, 4, 1)).ToInterval();

        Assert.Equal(Instant.FromUtc(1984, 3, 31, 21, 0), interval.Start);
        Assert.Equal(Instant.FromUtc(1984, 4, 1, 20, 0), interval.End);
        Assert.Equal(Duration.FromHours(23), interval.Duration);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Contains_agrees_with_the_range_and_the_bound(ReportedDate date, LocalDate other) =>
        date.Contains(other) == date.Bound switch
        {
            DateBound.OnOrBefore => other <= date.Latest,
            DateBound.NotBefore => other >= date.Earliest,
            _ => date.Range.Contains(other),
        }
        && date.Contains(date.Earliest) && date.Contains(date.Latest)
        && (date.Bound != DateBound.Within || date.Contains(other) == date.Range.Contains(other));

    [Fact]
    public void On_or_before_keeps_the_anchor_as_its_latest_day()
    {
        var date = ReportedDate.OnOrBefore(ReportedDate.OnDay(new LocalDate(2020, 8, 21)));

        Assert.Equal(DateBound.OnOrBefore, date.Bound);
        Assert.Equal(new LocalDate(2020, 8, 21), date.Earliest);
        Assert.Equal(new LocalDate(2020, 8, 21), date.Latest);
        Assert.True(date.Contains(new LocalDate(1990, 1, 1)));
        Assert.True(date.Contains(new LocalDate(2020, 8, 21)));
        Assert.False(date.Contains(new LocalDate(2020, 8, 22)));
        Assert.Equal("on or before 2020-08-21", date.ToString());
    }

    [Fact]
    public void Not_before_keeps_the_anchor_as_its_earliest_day()
    {
        var date = ReportedDate.NotBefore(ReportedDate.InYear(2014));

        Assert.Equal(DateBound.NotBefore, date.Bound);
        Assert.Equal(new LocalDate(2014, 1, 1), date.Earliest);
        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.False(date.Contains(new LocalDate(2013, 12, 31)));
        Assert.True(date.Contains(new LocalDate(2014, 1, 1)));
        Assert.True(date.Contains(new LocalDate(2030, 6, 1)));
        Assert.Equal("not before 2014", date.ToString());
    }

    [Fact]
    public void A_one_sided_date_cannot_be_anchored_on_another()
    {
        var bounded = ReportedDate.NotBefore(ReportedDate.InYear(2014));

        Assert.Throws<ArgumentException>(() => ReportedDate.OnOrBefore(bounded));
        Assert.Throws<ArgumentException>(() => ReportedDate.NotBefore(bounded));
    }

    [Fact]
    public void An_undefined_bound_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportedDate(DateRange.OfDay(PrdeAttack), DatePrecision.Day, null, null, (DateBound)7, false));
    }

    [Fact]
    public void A_one_sided_date_and_its_anchor_are_unequal_and_ordered_after_it()
    {
        var anchor = ReportedDate.OnDay(new LocalDate(2020, 8, 21));
        var before = ReportedDate.OnOrBefore(anchor);
        var after = ReportedDate.NotBefore(anchor);

        Assert.NotEqual(anchor, before);
        Assert.NotEqual(before, after);
        Assert.NotEqual(anchor.GetHashCode(), before.GetHashCode());
        Assert.True(anchor < before);
        Assert.True(before < after);
    }

    [Fact]
    public void ToInterval_of_a_one_sided_date_is_open_on_that_side()
    {
        var anchor = ReportedDate.OnDay(new LocalDate(2020, 8, 21));

        var before = ReportedDate.OnOrBefore(anchor).ToInterval();
        var after = ReportedDate.NotBefore(anchor).ToInterval();

        Assert.False(before.HasStart);
        Assert.Equal(anchor.ToInterval().End, before.End);
        Assert.False(after.HasEnd);
        Assert.Equal(anchor.ToInterval().Start, after.Start);
        Assert.True(before.Contains(Instant.FromUtc(1900, 1, 1, 0, 0)));
        Assert.True(after.Contains(Instant.FromUtc(2100, 1, 1, 0, 0)));
    }

    [Fact]
    public void An_approximate_time_is_shown_with_a_tilde_and_differs_from_the_exact_time()
    {
        var about = ReportedDate.OnDayAbout(PrdeAttack, new LocalTime(2, 0));
        var exact = ReportedDate.OnDay(PrdeAttack, new LocalTime(2, 0));

        Assert.True(about.IsTimeApproximate);
        Assert.False(exact.IsTimeApproximate);
        Assert.Equal(new LocalTime(2, 0), about.TimeOfDay);
        Assert.Equal("2021-05-01T~02:00", about.ToString());
        Assert.NotEqual(exact, about);
        Assert.True(exact < about);
        Assert.Equal(exact.ToInterval(), about.ToInterval());
        Assert.Equal("on or before 2021-05-01T~02:00", ReportedDate.OnOrBefore(about).ToString());
    }

    [Fact]
    public void Only_a_time_can_be_approximate()
    {
        Assert.Throws<ArgumentException>(() => new ReportedDate(DateRange.OfDay(PrdeAttack), DatePrecision.Day, null, null, DateBound.Within, true));
        Assert.Throws<ArgumentException>(() => new ReportedDate(DateRange.OfDay(PrdeAttack), DatePrecision.Day, null, PartOfDay.Morning, DateBound.Within, true));
        Assert.Throws<ArgumentException>(() => new ReportedDate(DateRange.OfYear(2014), DatePrecision.Year, null, null, DateBound.Within, true));
    }

    [Fact]
    public void A_weekday_resolves_to_the_latest_such_day_on_or_before_the_source_date()
    {
        // 2021-05-03 was a Monday.
        var monday = ReportedDate.OnDay(new LocalDate(2021, 5, 3));

        Assert.Equal(ReportedDate.OnDay(new LocalDate(2021, 5, 2)), ReportedDate.Resolve(IsoDayOfWeek.Sunday, monday));
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2021, 5, 3)), ReportedDate.Resolve(IsoDayOfWeek.Monday, monday));
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2021, 4, 27)), ReportedDate.Resolve(IsoDayOfWeek.Tuesday, monday));
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2021, 5, 2)), ReportedDate.Resolve(IsoDayOfWeek.Sunday, ReportedDate.OnDay(new LocalDate(2021, 5, 3), new LocalTime(9, 0))));
    }

    [Fact]
    public void A_weekday_stays_unresolved_when_the_source_date_is_not_a_known_day()
    {
        Assert.Null(ReportedDate.Resolve(IsoDayOfWeek.Sunday, null));
        Assert.Null(ReportedDate.Resolve(IsoDayOfWeek.Sunday, ReportedDate.InMonth(new YearMonth(2021, 5))));
        Assert.Null(ReportedDate.Resolve(IsoDayOfWeek.Sunday, ReportedDate.InWeek(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 3))));
        Assert.Null(ReportedDate.Resolve(IsoDayOfWeek.Sunday, ReportedDate.OnOrBefore(ReportedDate.OnDay(new LocalDate(2021, 5, 3)))));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedDate.Resolve(IsoDayOfWeek.None, ReportedDate.OnDay(new LocalDate(2021, 5, 3))));
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool A_resolved_weekday_is_that_weekday_within_the_six_days_before_the_source(LocalDate day, int weekday)
    {
        var dayOfWeek = (IsoDayOfWeek)(1 + Math.Abs(weekday % 7));
        var resolved = ReportedDate.Resolve(dayOfWeek, ReportedDate.OnDay(day));
        return resolved is { Precision: DatePrecision.Day } r && r.Earliest.DayOfWeek == dayOfWeek
            && r.Earliest <= day && day.PlusDays(-6) <= r.Earliest;
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Ordering_is_a_total_order(ReportedDate a, ReportedDate b, ReportedDate c) =>
        !(a <= b && b <= c) || a <= c;

    private static ReportedDate Anchor(ReportedDate date) =>
        date.IsTimeApproximate ? ReportedDate.OnDayAbout(date.Earliest, date.TimeOfDay!.Value) : new ReportedDate(date.Range, date.Precision, date.TimeOfDay, date.PartOfDay);
}
