using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Ucdp.UcdpRows;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpRowMapperTests
{
    [Fact]
    public void A_state_based_row_maps_onto_an_armed_clash_with_its_date_place_sides_and_deaths()
    {
        var imported = Imported(Row());
        var incident = imported.Incident;

        Assert.Equal(IncidentId.Parse("ucdp-ged-244657"), incident.Id);
        Assert.Equal(IncidentKind.ArmedClash, incident.Kind);
        Assert.Equal(ReportedDate.OnDay(new LocalDate(2017, 9, 21)), incident.Date);
        Assert.Equal(LocationPrecision.ExactLocation, incident.Location.Precision);
        Assert.Equal(new GeoPoint(35.3287, 43.7713), incident.Location.Point);
        Assert.Equal("Hawija town", incident.Location.PlaceName);
        var perpetrator = Assert.Single(incident.Perpetrators);
        Assert.Equal(Attribution.Attributed, perpetrator.Attribution);
        Assert.NotNull(perpetrator.Actor);
        var target = Assert.Single(incident.Targets);
        Assert.Equal(AffectedPartyKind.Actor, target.Kind);
        Assert.NotEqual(perpetrator.Actor, target.Actor);
        Assert.Equal(
            [
                new Casualties(AffectedParty.Of(perpetrator.Actor!.Value), CasualtyEstimate.Exactly(2)),
                new Casualties(target, CasualtyEstimate.Exactly(5)),
                new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(1)),
                new Casualties(AffectedParty.Unidentified, CasualtyEstimate.Exactly(0)),
            ],
            incident.Casualties);
        Assert.Equal(new CasualtyEstimate(8, 8, 10), incident.ReportedTotals?.Killed);
        Assert.Null(incident.ReportedTotals?.Injured);
        Assert.Equal(new CasualtyEstimate(8, 8, 10), incident.TotalKilled);
        Assert.Null(incident.TotalInjured);
        Assert.Equal([SourceId.Parse("ucdp-ged-25-1")], incident.Sources);
        Assert.Null(incident.Summary);
    }

    [Fact]
    public void The_origin_keeps_data_set_release_event_id_and_every_column_as_read()
    {
        var row = Row();
        var origin = Imported(row).Incident.Origin!;
        Assert.Equal("UCDP GED", origin.DataSet);
        Assert.Equal("25.1", origin.Release);
        Assert.Equal("244657", origin.EventId);
        Assert.False(origin.IsEventIdDerived);
        Assert.Null(origin.UpdatedAt);
        Assert.Equal(49, origin.Fields.Length);
        Assert.Equal(DataLayouts.ColumnsOf(DataLayout.UcdpGed), origin.Fields.Select(f => f.Column));
        Assert.Equal(row.Fields, origin.Fields.Select(f => f.Value));
        Assert.Equal("\"Rudaw,2017-09-21,Hawija offensive begins\";\"AFP,2017-09-21\"", origin.FieldValue("source_article"));
    }

    [Fact]
    public void A_row_without_an_id_gets_a_derived_one()
    {
        var origin = Imported(Row(("id", ""))).Incident.Origin!;
        Assert.True(origin.IsEventIdDerived);
        Assert.StartsWith("ucdp-ged-derived-", Imported(Row(("id", " "))).Incident.Id.ToString(), System.StringComparison.Ordinal);
        Assert.Equal(Imported(Row(("id", ""))).Incident.Id, Imported(Row(("id", ""))).Incident.Id);
    }

    [Fact]
    public void Non_state_conflict_is_an_armed_clash_between_non_state_groups()
    {
        var context = Context();
        var result = (ImportedRow)new UcdpRowMapper().Map(
            Row(("type_of_violence", "2"), ("side_a", "Sinjar Resistance Units"), ("side_b", "Kurdistan Democratic Party militia"), ("gwnoa", ""), ("gwnob", "")),
            context);
        Assert.Equal(IncidentKind.ArmedClash, result.Incident.Kind);
        Assert.All(CreatedActors(context), actor => Assert.Equal(ActorKind.NonStateArmedGroup, actor.Kind));
        Assert.Equal(2, CreatedActors(context).Length);
        Assert.Contains(CreatedActors(context), a => a.Names.Primary.Text == "Sinjar Resistance Units");
    }

    [Fact]
    public void One_sided_violence_is_an_attack_on_civilians_and_side_b_deaths_count_as_civilians()
    {
        var incident = Imported(Row(("type_of_violence", "3"), ("side_b", "Civilians"), ("deaths_a", "0"), ("deaths_b", "3"), ("deaths_civilians", "4"), ("deaths_unknown", "1"), ("low", "8"), ("best", "8"), ("high", "9"))).Incident;
        Assert.Equal(IncidentKind.AttackOnCivilians, incident.Kind);
        Assert.Equal([AffectedParty.Civilians], incident.Targets);
        Assert.Equal(CasualtyEstimate.Exactly(7), incident.Casualties.Single(c => c.Party == AffectedParty.Civilians).Killed);
        Assert.Equal(3, incident.Casualties.Length);
    }

    [Fact]
    public void One_sided_violence_against_anyone_but_civilians_is_rejected()
    {
        var rejected = Rejected(Row(("type_of_violence", "3"), ("side_b", "IS")));
        Assert.Equal("side_b", rejected.Column);
        Assert.Equal("IS", rejected.Value);
        Assert.Equal(2, rejected.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("state-based")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void A_type_of_violence_other_than_1_2_or_3_is_rejected(string value)
    {
        var rejected = Rejected(Row(("type_of_violence", value)));
        Assert.Equal("type_of_violence", rejected.Column);
        Assert.Contains("1 (state-based)", rejected.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_of_several_governments_is_a_coalition_and_a_named_government_a_government()
    {
        var context = Context();
        new UcdpRowMapper().Map(Row(("side_a", "Government of Australia, Government of United Kingdom, Government of United States of America"), ("gwnoa", "900, 200, 2")), context);
        new UcdpRowMapper().Map(Row(DataLayout.UcdpGedHdx, ("side_a", "Government of Turkey"), ("side_b", "PKK")), context);
        var actors = CreatedActors(context).ToDictionary(a => a.Names.Primary.Text);
        Assert.Equal(ActorKind.Coalition, actors["Government of Australia, Government of United Kingdom, Government of United States of America"].Kind);
        Assert.Equal(ActorKind.Government, actors["Government of Turkey"].Kind);
        Assert.Equal(ActorKind.NonStateArmedGroup, actors["PKK"].Kind);
    }

    [Theory]
    [InlineData("gwnoa", "six hundred")]
    [InlineData("gwnob", "645;x")]
    [InlineData("country_id", "IRQ")]
    public void A_gleditsch_ward_column_that_is_not_numbers_is_rejected(string column, string value) =>
        Assert.Equal(column, Rejected(Row((column, value))).Column);

    [Fact]
    public void A_side_name_longer_than_a_name_can_be_is_rejected() =>
        Assert.Equal("side_a", Rejected(Row(("side_a", new string('x', 300)))).Column);

    [Fact]
    public void Blank_sides_are_an_unidentified_perpetrator_and_target()
    {
        var incident = Imported(Row(("side_a", ""), ("side_b", " "), ("gwnoa", ""))).Incident;
        Assert.Equal([Perpetrator.Unidentified], incident.Perpetrators);
        Assert.Equal([AffectedParty.Unidentified], incident.Targets);
        Assert.Equal(CasualtyEstimate.Exactly(7), incident.Casualties.Single(c => c.Party == AffectedParty.Unidentified).Killed);
    }

    [Fact]
    public void The_42_column_layout_maps_like_the_49_column_one()
    {
        var old = Imported(Row(DataLayout.UcdpGed42)).Incident;
        var current = Imported(Row()).Incident;
        Assert.Equal(current with { Origin = null }, old with { Origin = null });
        Assert.Equal(42, old.Origin!.Fields.Length);
    }

    [Fact]
    public void The_hdx_layout_maps_like_the_49_column_one()
    {
        var hdx = Imported(Row(DataLayout.UcdpGedHdx)).Incident;
        var current = Imported(Row()).Incident;
        Assert.Equal(current with { Origin = null }, hdx with { Origin = null });
        Assert.Equal(DataLayouts.ColumnsOf(DataLayout.UcdpGedHdx).Length, hdx.Origin!.Fields.Length);
    }

    [Theory]
    [InlineData("Government of Iraq, Government of United States", new[] { 645, 2 }, UcdpViolenceType.StateBased, true, ActorKind.Coalition)]
    [InlineData("Government of Iraq", new[] { 645 }, UcdpViolenceType.OneSided, false, ActorKind.Government)]
    [InlineData("Government of Iraq", new int[0], UcdpViolenceType.NonState, true, ActorKind.NonStateArmedGroup)]
    [InlineData("PUK", new int[0], UcdpViolenceType.StateBased, true, ActorKind.Government)]
    [InlineData("IS", new int[0], UcdpViolenceType.StateBased, false, ActorKind.NonStateArmedGroup)]
    [InlineData("Government of Syria", new int[0], UcdpViolenceType.StateBased, false, ActorKind.Government)]
    [InlineData("government of iraq", new int[0], UcdpViolenceType.OneSided, true, ActorKind.Government)]
    [InlineData("IS", new int[0], UcdpViolenceType.OneSided, true, ActorKind.NonStateArmedGroup)]
    [InlineData("The Government of Iraq", new int[0], UcdpViolenceType.OneSided, true, ActorKind.NonStateArmedGroup)]
    public void A_sides_kind_follows_its_governments_then_the_type_of_violence_then_its_name(string name, int[] governments, UcdpViolenceType violence, bool isSideA, ActorKind kind) =>
        Assert.Equal(kind, UcdpRowMapper.KindOf(name, [.. governments], violence, isSideA));
}
