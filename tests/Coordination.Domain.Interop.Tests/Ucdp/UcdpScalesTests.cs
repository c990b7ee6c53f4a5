using System;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpScalesTests
{
    [Fact]
    public void Every_where_prec_maps_onto_the_location_precision_of_its_level_and_back()
    {
        foreach (var precision in Enum.GetValues<UcdpWherePrecision>())
        {
            var location = UcdpScales.ToLocationPrecision(precision);
            Assert.Equal((int)precision, (int)location);
            Assert.Equal(precision, UcdpScales.ToWherePrecision(location));
        }

        Assert.Equal(7, Enum.GetValues<UcdpWherePrecision>().Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToLocationPrecision(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToWherePrecision((LocationPrecision)8));
    }

    [Theory]
    [InlineData(UcdpDatePrecision.ExactDate, DatePrecision.Day)]
    [InlineData(UcdpDatePrecision.TwoToSixDays, DatePrecision.Week)]
    [InlineData(UcdpDatePrecision.Week, DatePrecision.Week)]
    [InlineData(UcdpDatePrecision.Month, DatePrecision.Month)]
    [InlineData(UcdpDatePrecision.Year, DatePrecision.Year)]
    public void Date_prec_maps_onto_the_models_date_precision(UcdpDatePrecision ucdp, DatePrecision model) =>
        Assert.Equal(model, UcdpScales.ToDatePrecision(ucdp));

    [Fact]
    public void A_reported_date_maps_onto_date_prec_by_its_range()
    {
        var day = new LocalDate(2017, 9, 18);
        Assert.Equal(UcdpDatePrecision.ExactDate, UcdpScales.ToUcdpDatePrecision(ReportedDate.OnDay(day)));
        Assert.Equal(UcdpDatePrecision.TwoToSixDays, UcdpScales.ToUcdpDatePrecision(ReportedDate.InWeek(day, day.PlusDays(5))));
        Assert.Equal(UcdpDatePrecision.Week, UcdpScales.ToUcdpDatePrecision(ReportedDate.InWeek(day, day.PlusDays(6))));
        Assert.Equal(UcdpDatePrecision.Month, UcdpScales.ToUcdpDatePrecision(ReportedDate.InMonth(new YearMonth(2017, 9))));
        Assert.Equal(UcdpDatePrecision.Year, UcdpScales.ToUcdpDatePrecision(ReportedDate.InYear(2017)));
        Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToDatePrecision((UcdpDatePrecision)6));
    }

    [Fact]
    public void Types_of_violence_map_onto_kinds_and_kinds_back()
    {
        Assert.Equal(IncidentKind.ArmedClash, UcdpScales.ToIncidentKind(UcdpViolenceType.StateBased));
        Assert.Equal(IncidentKind.ArmedClash, UcdpScales.ToIncidentKind(UcdpViolenceType.NonState));
        Assert.Equal(IncidentKind.AttackOnCivilians, UcdpScales.ToIncidentKind(UcdpViolenceType.OneSided));
        Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToIncidentKind(0));
        foreach (var type in Enum.GetValues<UcdpViolenceType>())
        {
            var kind = UcdpScales.ToIncidentKind(type);
            Assert.Equal(type, UcdpScales.ToViolenceType(kind, type == UcdpViolenceType.OneSided, type == UcdpViolenceType.StateBased));
        }

        Assert.Equal(UcdpViolenceType.OneSided, UcdpScales.ToViolenceType(IncidentKind.SuicideBomb, civiliansTargeted: true, stateInvolved: false));
        Assert.Equal(UcdpViolenceType.NonState, UcdpScales.ToViolenceType(IncidentKind.RemoteExplosive, civiliansTargeted: false, stateInvolved: false));
        Assert.All(Enum.GetValues<IncidentKind>().Where(k => k >= IncidentKind.PeacefulProtest && k != IncidentKind.SexualViolence && k != IncidentKind.Abduction && k != IncidentKind.AttackOnCivilians),
            k => Assert.Null(UcdpScales.ToViolenceType(k, false, true)));
    }

    [Fact]
    public void Codes_outside_each_scale_are_refused_naming_the_argument_the_value_and_the_range()
    {
        var where = Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToLocationPrecision((UcdpWherePrecision)8));
        Assert.Equal(("precision", (object?)(UcdpWherePrecision)8), (where.ParamName, where.ActualValue));
        Assert.StartsWith("A UCDP where_prec is 1 to 7.", where.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToLocationPrecision(0));
        var back = Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToWherePrecision((LocationPrecision)8));
        Assert.Equal("precision", back.ParamName);
        Assert.StartsWith("Not a defined LocationPrecision.", back.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToWherePrecision(0));
        var date = Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToDatePrecision((UcdpDatePrecision)6));
        Assert.Equal("precision", date.ParamName);
        Assert.StartsWith("A UCDP date_prec is 1 to 5.", date.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToDatePrecision(0));
        var type = Assert.Throws<ArgumentOutOfRangeException>(() => UcdpScales.ToIncidentKind((UcdpViolenceType)4));
        Assert.Equal("type", type.ParamName);
        Assert.StartsWith("A UCDP type_of_violence is 1 to 3.", type.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, UcdpDatePrecision.ExactDate)]
    [InlineData(2, UcdpDatePrecision.TwoToSixDays)]
    [InlineData(6, UcdpDatePrecision.TwoToSixDays)]
    [InlineData(7, UcdpDatePrecision.Week)]
    public void A_span_of_days_is_a_known_week_from_seven_days(int days, UcdpDatePrecision expected)
    {
        var start = new LocalDate(2017, 9, 18);
        var date = days == 1 ? ReportedDate.OnDay(start) : ReportedDate.InWeek(start, start.PlusDays(days - 1));
        Assert.Equal(expected, UcdpScales.ToUcdpDatePrecision(date));
    }

    [Theory]
    [InlineData(IncidentKind.ArmedClash)]
    [InlineData(IncidentKind.Grenade)]
    public void The_ends_of_the_range_of_violent_kinds_are_coded_by_their_sides(IncidentKind kind)
    {
        Assert.Equal(UcdpViolenceType.StateBased, UcdpScales.ToViolenceType(kind, civiliansTargeted: false, stateInvolved: true));
        Assert.Equal(UcdpViolenceType.NonState, UcdpScales.ToViolenceType(kind, civiliansTargeted: false, stateInvolved: false));
        Assert.Equal(UcdpViolenceType.OneSided, UcdpScales.ToViolenceType(kind, civiliansTargeted: true, stateInvolved: true));
    }

    [Theory]
    [InlineData(IncidentKind.SexualViolence)]
    [InlineData(IncidentKind.Abduction)]
    [InlineData(IncidentKind.AttackOnCivilians)]
    public void Violence_against_people_is_one_sided_whoever_the_sides(IncidentKind kind) =>
        Assert.Equal(UcdpViolenceType.OneSided, UcdpScales.ToViolenceType(kind, civiliansTargeted: false, stateInvolved: true));
}
