using System;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Acled;

public sealed class AcledScalesTests
{
    [Theory]
    [InlineData("0", AcledActorType.None)]
    [InlineData("", AcledActorType.None)]
    [InlineData("1", AcledActorType.StateForces)]
    [InlineData("State forces", AcledActorType.StateForces)]
    [InlineData("State Forces", AcledActorType.StateForces)]
    [InlineData("Rebel groups", AcledActorType.RebelGroup)]
    [InlineData("Rebel group", AcledActorType.RebelGroup)]
    [InlineData("Political militias", AcledActorType.PoliticalMilitia)]
    [InlineData("Political militia", AcledActorType.PoliticalMilitia)]
    [InlineData("Identity militias", AcledActorType.IdentityMilitia)]
    [InlineData("Communal militia", AcledActorType.IdentityMilitia)]
    [InlineData("Rioters", AcledActorType.Rioters)]
    [InlineData("Protesters", AcledActorType.Protesters)]
    [InlineData("protestors", AcledActorType.Protesters)]
    [InlineData("Civilians", AcledActorType.Civilians)]
    [InlineData("External/Other forces", AcledActorType.ExternalOrOtherForces)]
    [InlineData(" 8 ", AcledActorType.ExternalOrOtherForces)]
    [InlineData("Other  forces", AcledActorType.ExternalOrOtherForces)]
    [InlineData("5", AcledActorType.Rioters)]
    [InlineData("  ", AcledActorType.None)]
    [InlineData("rebel   groups", AcledActorType.RebelGroup)]
    [InlineData(" External/Other forces\t", AcledActorType.ExternalOrOtherForces)]
    public void Actor_types_read_from_codes_and_every_label_variant(string text, AcledActorType type)
    {
        Assert.True(AcledScales.TryParseActorType(text, out var read));
        Assert.Equal(type, read);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("10")]
    [InlineData("-1")]
    [InlineData("Militia")]
    [InlineData("Soldiers")]
    [InlineData(null)]
    public void Values_that_are_no_actor_type_are_refused(string? text) => Assert.False(AcledScales.TryParseActorType(text, out _));

    [Fact]
    public void Every_actor_types_label_reads_back_as_that_type()
    {
        foreach (var type in Enum.GetValues<AcledActorType>())
        {
            Assert.True(AcledScales.TryParseActorType(AcledScales.LabelOf(type), out var read));
            Assert.Equal(type, read);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => AcledScales.LabelOf((AcledActorType)9));
    }

    [Fact]
    public void The_three_geo_precisions_map_onto_three_distinct_location_precisions_and_back()
    {
        var mapped = Enum.GetValues<AcledGeoPrecision>().Select(AcledScales.ToLocationPrecision).ToList();
        Assert.Equal([LocationPrecision.ExactLocation, LocationPrecision.NearNamedPlace, LocationPrecision.FirstOrderDivision], mapped);
        foreach (var precision in Enum.GetValues<AcledGeoPrecision>())
        {
            Assert.Equal(precision, AcledScales.FromLocationPrecision(AcledScales.ToLocationPrecision(precision)));
        }
    }

    [Theory]
    [InlineData(LocationPrecision.SecondOrderDivision)]
    [InlineData(LocationPrecision.Region)]
    [InlineData(LocationPrecision.Country)]
    [InlineData(LocationPrecision.InternationalWatersOrAirspace)]
    public void Location_precisions_coarser_than_a_named_place_are_written_as_3(LocationPrecision precision) =>
        Assert.Equal(AcledGeoPrecision.LargerRegion, AcledScales.FromLocationPrecision(precision));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData("2.0", 2)]
    [InlineData(" 2 ", 2)]
    public void Precision_codes_read_as_the_code(string text, int code)
    {
        Assert.True(AcledScales.TryParseTimePrecision(text, out var time));
        Assert.Equal(code, (int)time);
        Assert.True(AcledScales.TryParseGeoPrecision(text, out var geo));
        Assert.Equal(code, (int)geo);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("2.5")]
    [InlineData("")]
    [InlineData("one")]
    [InlineData(null)]
    public void Precision_codes_outside_1_to_3_are_refused(string? text)
    {
        Assert.False(AcledScales.TryParseTimePrecision(text, out _));
        Assert.False(AcledScales.TryParseGeoPrecision(text, out _));
    }

    [Property(MaxTest = 300)]
    public Property A_date_and_its_time_precision_come_back_from_the_reported_date() =>
        Prop.ForAll(
            Gen.Choose(0, 365 * 100).Select(d => new LocalDate(1997, 1, 1).PlusDays(d)).ToArbitrary(),
            Gen.Elements(AcledTimePrecision.Day, AcledTimePrecision.Week).ToArbitrary(),
            (day, precision) =>
            {
                var date = AcledScales.ToReportedDate(day, precision);
                return AcledScales.TimePrecisionOf(date) == precision && AcledScales.EventDateOf(date) == day && date.Contains(day);
            });

    [Property(MaxTest = 200)]
    public Property A_month_comes_back_as_its_15th_within_the_same_month() =>
        Prop.ForAll(Gen.Choose(0, 365 * 100).Select(d => new LocalDate(1997, 1, 1).PlusDays(d)).ToArbitrary(), day =>
        {
            var date = AcledScales.ToReportedDate(day, AcledTimePrecision.Month);
            var written = AcledScales.EventDateOf(date);
            return date.Precision == DatePrecision.Month && AcledScales.TimePrecisionOf(date) == AcledTimePrecision.Month
                && written.Day == 15 && AcledScales.ToReportedDate(written, AcledTimePrecision.Month) == date;
        });

    [Fact]
    public void A_year_is_written_as_a_month_precision_at_its_middle()
    {
        var year = ReportedDate.InYear(2017);
        Assert.Equal(AcledTimePrecision.Month, AcledScales.TimePrecisionOf(year));
        Assert.Equal(new LocalDate(2017, 7, 2), AcledScales.EventDateOf(year));
    }
}
