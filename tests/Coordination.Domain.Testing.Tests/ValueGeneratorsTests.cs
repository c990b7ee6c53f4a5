using System;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Testing.Tests;

public sealed class ValueGeneratorsTests
{
    private const int Samples = 1000;

    [Fact]
    public void Slugs_are_valid_and_reach_the_longest_length()
    {
        var slugs = ValueGenerators.Slugs.Sample(Samples);

        Assert.All(slugs, s => Assert.True(Slug.IsValid(s), s));
        Assert.Contains(slugs, s => s.Length == Slug.MaxLength);
        Assert.Contains(slugs, s => s.Contains('-', StringComparison.Ordinal));
        Assert.Contains(slugs, s => s.Length <= 3);
    }

    [Fact]
    public void Invalid_slugs_are_all_invalid_and_include_the_overlong()
    {
        var texts = ValueGenerators.InvalidSlugs.Sample(Samples);

        Assert.All(texts, t => Assert.False(Slug.IsValid(t), t));
        Assert.Contains(texts, t => t.Length == Slug.MaxLength + 1);
        Assert.Contains(string.Empty, texts);
    }

    [Fact]
    public void Identifiers_are_never_default()
    {
        Assert.All(ValueGenerators.ActorIds.Sample(Samples), id => Assert.False(id.IsDefault));
        Assert.All(ValueGenerators.IdentifiersOf<SupportId>().Sample(Samples), id => Assert.False(id.IsDefault));
    }

    [Fact]
    public void Dates_stay_within_the_documented_years()
    {
        Assert.All(ValueGenerators.LocalDates.Sample(Samples), d => Assert.InRange(d, ValueGenerators.EarliestDate, ValueGenerators.LatestDate));
    }

    [Fact]
    public void Date_ranges_include_single_days_and_weeks()
    {
        var ranges = ValueGenerators.DateRanges.Sample(Samples);

        Assert.Contains(ranges, r => r.Length == 1);
        Assert.Contains(ranges, r => r.Length is > 1 and <= 7);
        Assert.Contains(ranges, r => r.Length > 7);
    }

    [Fact]
    public void Reported_dates_come_in_every_precision_with_and_without_times()
    {
        var dates = ValueGenerators.ReportedDates.Sample(Samples);

        Assert.All(Enum.GetValues<DatePrecision>(), p => Assert.Contains(dates, d => d.Precision == p));
        Assert.Contains(dates, d => d.TimeOfDay is not null);
        Assert.Contains(dates, d => d.PartOfDay is not null);
        Assert.Contains(dates, d => d.Precision == DatePrecision.Month && d.Range.Length > 31);
        Assert.Contains(dates, d => d.IsTimeApproximate);
        Assert.All(Enum.GetValues<DateBound>(), b => Assert.Contains(dates, d => d.Bound == b));
    }

    [Fact]
    public void Periods_have_ends_of_every_allowed_precision()
    {
        var periods = ValueGenerators.DatePeriods.Sample(Samples);

        Assert.All([DatePrecision.Day, DatePrecision.Month, DatePrecision.Year], p => Assert.Contains(periods, x => x.StartPrecision == p && x.Start is not null));
        Assert.All([DatePrecision.Day, DatePrecision.Month, DatePrecision.Year], p => Assert.Contains(periods, x => x.EndPrecision == p && x.End is not null));
        Assert.DoesNotContain(periods, x => x.StartPrecision == DatePrecision.Week || x.EndPrecision == DatePrecision.Week);
    }

    [Fact]
    public void Periods_are_open_at_either_end_or_both_as_well_as_closed()
    {
        var periods = ValueGenerators.DatePeriods.Sample(Samples);

        Assert.Contains(periods, p => p.Start is not null && p.End is not null);
        Assert.Contains(periods, p => p.Start is null && p.End is not null);
        Assert.Contains(periods, p => p.Start is not null && p.End is null);
        Assert.Contains(DatePeriod.Always, periods);
        Assert.All(periods, p => Assert.True(p.Start is null || p.End is null || p.Start < p.End));
    }

    [Fact]
    public void Points_include_the_poles_and_the_antimeridian()
    {
        var points = ValueGenerators.GeoPoints.Sample(Samples);

        Assert.Contains(points, p => Math.Abs(p.Latitude) == 90.0);
        Assert.Contains(points, p => p.Longitude == -180.0);
        Assert.Contains(points, p => p.Latitude < 0 && p.Longitude > 0);
    }

    [Fact]
    public void Names_and_name_sets_include_the_longest_name_and_several_aliases()
    {
        Assert.Contains(ValueGenerators.Names.Sample(Samples), n => n.Text.Length == Coordination.Domain.Names.Name.MaxLength);
        Assert.Contains(ValueGenerators.NameSets.Sample(Samples), s => s.Aliases.Length >= 3);
        Assert.Contains(ValueGenerators.OptionalLanguageTags.Sample(Samples), t => t is null);
    }

    [Fact]
    public void Money_includes_zero_cents_and_billions()
    {
        var amounts = ValueGenerators.MoneyAmounts.Sample(Samples);

        Assert.Contains(amounts, m => m.Amount == 0m);
        Assert.Contains(amounts, m => m.Amount != decimal.Truncate(m.Amount));
        Assert.Contains(amounts, m => m.Amount >= 1_000_000_000m);
    }

    [Fact]
    public void Casualty_estimates_are_ordered_and_sometimes_exact()
    {
        var estimates = ValueGenerators.CasualtyEstimates.Sample(Samples);

        Assert.All(estimates, e => Assert.True(e.IsOrdered, e.ToString()));
        Assert.Contains(estimates, e => e.Low == e.High);
        Assert.Contains(estimates, e => e.Low < e.High);
    }

    [Fact]
    public void Narrow_generators_stay_inside_their_window()
    {
        var first = new LocalDate(2017, 10, 1);
        var last = new LocalDate(2019, 12, 31);

        Assert.All(ValueGenerators.LocalDatesBetween(first, last).Sample(Samples), d => Assert.InRange(d, first, last));
        Assert.All(ValueGenerators.DateRangesBetween(first, last).Sample(Samples), r => Assert.True(r.Start >= first && r.End <= last));
        Assert.All(ValueGenerators.ReportedDatesBetween(first, last).Sample(Samples), d => Assert.True(d.Earliest >= first && d.Latest <= last, d.ToString()));
        Assert.All(ValueGenerators.DatePeriodsBetween(first, last).Sample(Samples), p => Assert.True((p.Start ?? first) >= first && (p.End ?? last) <= last));
        Assert.All(ValueGenerators.GeoPointsWithin(34.0, 42.0, 37.5, 46.5).Sample(Samples), p => Assert.True(p.Latitude is >= 34.0 and <= 37.5 && p.Longitude is >= 42.0 and <= 46.5));
    }

    [Fact]
    public void A_single_day_window_gives_that_day()
    {
        var day = new LocalDate(2021, 5, 1);

        Assert.All(ValueGenerators.LocalDatesBetween(day, day).Sample(20), d => Assert.Equal(day, d));
        Assert.All(ValueGenerators.DateRangesBetween(day, day).Sample(20), r => Assert.Equal(DateRange.OfDay(day), r));
    }

    [Fact]
    public void Windows_that_are_empty_or_too_short_are_refused_naming_the_argument()
    {
        var day = new LocalDate(2021, 5, 1);

        Assert.Equal("last", Assert.Throws<ArgumentException>(() => ValueGenerators.LocalDatesBetween(day, day.PlusDays(-1))).ParamName);
        Assert.Equal("last", Assert.Throws<ArgumentException>(() => ValueGenerators.DatePeriodsBetween(day, day)).ParamName);
        Assert.Equal("last", Assert.Throws<ArgumentException>(() => ValueGenerators.ReportedDatesBetween(day, day.PlusYears(2).PlusDays(-1))).ParamName);
        Assert.Equal("south", Assert.Throws<ArgumentException>(() => ValueGenerators.GeoPointsWithin(10, 0, 5, 1)).ParamName);
        Assert.Equal("south", Assert.Throws<ArgumentException>(() => ValueGenerators.GeoPointsWithin(double.NaN, 0, 5, 1)).ParamName);
        Assert.Equal("south", Assert.Throws<ArgumentException>(() => ValueGenerators.GeoPointsWithin(0, -181, 5, 1)).ParamName);
    }

    [Theory]
    [InlineData("jcc-kirkuk", new[] { "jcc", "kirkuk", "jcc-kirku" })]
    [InlineData("a-b-c", new[] { "a-b", "b-c" })]
    [InlineData("krg", new[] { "kr" })]
    [InlineData("k", new string[0])]
    public void ShrinkSlug_offers_shorter_valid_slugs(string slug, string[] expected)
    {
        Assert.Equal(expected, ValueGenerators.ShrinkSlug(slug));
    }

    [Fact]
    public void ShrinkSlug_of_null_throws_naming_slug()
    {
        Assert.Equal("slug", Assert.Throws<ArgumentNullException>(() => ValueGenerators.ShrinkSlug(null!)).ParamName);
    }
}
