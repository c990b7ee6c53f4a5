using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>
/// What the formatter itself writes — not what an export shows after falling back to the origin's
/// cells — for incidents with and without an ACLED origin: which columns it leaves to the origin,
/// which it overwrites, and its edges (civilians named by the origin, a lone coordinate, names at
/// the folding limit).
/// </summary>
public sealed class AcledIncidentFormatterEdgeTests
{
    private static readonly CoordinationCatalog Catalog = ReferenceCatalog.Load();

    private static Incident HandMade() => AcledIncidentFormatterTests.HandMade() with { ReportedTotals = null };

    private static RecordOrigin Origin(params (string Column, string Value)[] fields) => new()
    {
        DataSet = "ACLED",
        EventId = "IRQ1",
        Fields = [.. fields.Select(f => new OriginField(f.Column, f.Value))],
    };

    private static Dictionary<string, string> Format(Incident incident, CoordinationCatalog? catalog = null, Dictionary<string, string>? values = null)
    {
        values ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        new AcledIncidentFormatter().Format(incident, catalog ?? Catalog, DataLayout.AcledSince2023, values);
        return values;
    }

    private static (Incident Incident, CoordinationCatalog Catalog) ImportSample(Action<Dictionary<string, string>>? edit = null)
    {
        var values = Sample();
        edit?.Invoke(values);
        var context = Context();
        return (Imported(Map(values, context)), CatalogAfter(context));
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var formatter = new AcledIncidentFormatter();
        var values = new Dictionary<string, string>();

        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => formatter.Format(null!, Catalog, DataLayout.AcledSince2023, values)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => formatter.Format(HandMade(), null!, DataLayout.AcledSince2023, values)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => formatter.Format(HandMade(), Catalog, DataLayout.AcledSince2023, null!)).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentNullException>(() => formatter.HxlTagOf(null!)).ParamName);
        Assert.Empty(values);
    }

    [Fact]
    public void An_incident_without_an_origin_gets_iraqs_codes_region_and_its_sources_publishers()
    {
        var catalog = Catalog
            .With(new Source { Id = SourceId.Parse("edge-a"), Publisher = "Rudaw", Title = "A" })
            .With(new Source { Id = SourceId.Parse("edge-b"), Publisher = "Kurdistan 24", Title = "B" })
            .With(new Source { Id = SourceId.Parse("edge-c"), Publisher = "Rudaw", Title = "C" });

        var values = Format(HandMade() with { Sources = [SourceId.Parse("edge-a"), SourceId.Parse("edge-b"), SourceId.Parse("edge-c"), SourceId.Parse("not-in-catalog")] }, catalog);

        Assert.Equal(("368", "IRQ", "Middle East", "Iraq"), (values["iso"], values["iso3"], values["region"], values["country"]));
        Assert.Equal("Rudaw; Kurdistan 24", values["source"]);
        Assert.Equal("", values["assoc_actor_2"]);
        Assert.Equal("", values["assoc_actor_1"]);
    }

    [Fact]
    public void Civilians_hit_in_a_demonstration_are_not_civilian_targeting()
    {
        var values = Format(HandMade() with { Kind = IncidentKind.PeacefulProtest, Targets = [AffectedParty.Civilians] });

        Assert.Equal("Demonstrations", values["disorder_type"]);
        Assert.Equal("", values["civilian_targeting"]);
    }

    [Fact]
    public void A_total_reported_wins_over_the_sum_of_the_parties()
    {
        var incident = HandMade() with
        {
            ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(3) },
            Casualties = [new Casualties(AffectedParty.Of(ActorId.Parse("isis")), CasualtyEstimate.Exactly(4)), new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(1))],
        };

        Assert.Equal("3", Format(incident)["fatalities"]);
    }

    [Fact]
    public void An_unchanged_import_leaves_the_origins_own_cells_to_the_exporter_and_writes_its_id_and_timestamp()
    {
        var (incident, catalog) = ImportSample();

        var values = Format(incident, catalog);

        Assert.Equal("IRQ12345", values["event_id_cnty"]);
        Assert.Equal("1642521600", values["timestamp"]);
        foreach (var column in new[] { "location", "notes", "latitude", "longitude", "source", "iso", "iso3", "region", "country", "disorder_type", "civilian_targeting" })
        {
            Assert.False(values.ContainsKey(column), column);
        }

        Assert.Equal("1", values["geo_precision"]);
    }

    [Fact]
    public void An_import_changed_in_place_notes_and_precision_is_written_as_it_now_is()
    {
        var (incident, catalog) = ImportSample();
        var changed = incident with
        {
            Summary = "Corrected.",
            Location = incident.Location with { PlaceName = "Amedi", Precision = LocationPrecision.SecondOrderDivision },
        };

        var values = Format(changed, catalog);

        Assert.Equal("Amedi", values["location"]);
        Assert.Equal("Corrected.", values["notes"]);
        Assert.Equal("3", values["geo_precision"]);
    }

    [Fact]
    public void An_origin_without_a_location_keeps_its_empty_cell_while_the_place_is_still_its_narrowest_admin_name()
    {
        // The reader names a place it cannot resolve, with no location or point, by its narrowest admin name.
        var origin = Origin(("location", ""), ("admin1", "Duhok"), ("admin2", "Amedi"), ("admin3", "Zzyzx"), ("country", "Iraq"));
        var incident = HandMade() with { Origin = origin, Location = new IncidentLocation { PlaceName = "Zzyzx", Precision = LocationPrecision.SecondOrderDivision } };

        Assert.False(Format(incident).ContainsKey("location"));
        Assert.Equal("Deraluk", Format(incident with { Location = incident.Location with { PlaceName = "Deraluk" } })["location"]);
        Assert.False(Format(incident with { Origin = Origin(("admin2", "Amedi")), Location = incident.Location with { PlaceName = "Amedi" } }).ContainsKey("location"));
    }

    [Fact]
    public void An_origin_event_id_made_up_by_the_reader_is_not_written()
    {
        var incident = HandMade() with { Origin = Origin(("event_date", "2022-05-02")) with { IsEventIdDerived = true } };

        Assert.False(Format(incident).ContainsKey("event_id_cnty"));
        Assert.Equal("IRQ1", Format(HandMade() with { Origin = Origin() })["event_id_cnty"]);
    }

    [Fact]
    public void Civilians_named_by_the_origin_keep_its_name_when_they_are_the_first_target_only()
    {
        var byName = Origin(("actor2", "Civilians (Syria)"));
        var byType = Origin(("actor2", "Local residents"), ("inter2", "7"));

        Assert.Equal("Civilians (Syria)", Format(HandMade() with { Targets = [AffectedParty.Civilians], Origin = byName })["actor2"]);
        Assert.Equal("Local residents", Format(HandMade() with { Targets = [AffectedParty.Civilians], Origin = byType })["actor2"]);
        Assert.Equal("Civilians (Iraq)", Format(HandMade() with { Targets = [AffectedParty.Civilians], Origin = Origin(("actor2", "Local residents")) })["actor2"]);

        var second = Format(HandMade() with { Targets = [AffectedParty.Of(ActorId.Parse("isis")), AffectedParty.Civilians], Origin = byName });
        Assert.Equal(("Islamic State", "Civilians (Iraq)"), (second["actor2"], second["assoc_actor_2"]));
    }

    [Fact]
    public void The_groups_with_the_civilians_are_left_to_the_origin_only_while_civilians_alone_are_hit()
    {
        var origin = Origin(("actor2", "Civilians (Iraq)"), ("assoc_actor_2", "Farmers (Iraq)"), ("inter2", "7"));
        var stale = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["assoc_actor_2"] = "from the row before" };

        Assert.False(Format(HandMade() with { Targets = [AffectedParty.Civilians], Origin = origin }, values: stale).ContainsKey("assoc_actor_2"));
        Assert.Equal("", Format(HandMade() with { Targets = [AffectedParty.Of(ActorId.Parse("isis"))], Origin = origin })["assoc_actor_2"]);
        Assert.Equal("", Format(HandMade() with { Targets = [AffectedParty.Civilians] })["assoc_actor_2"]);
    }

    [Theory]
    [InlineData("36.1", "", LocationPrecision.NearNamedPlace, "2")]
    [InlineData("", "43.2", LocationPrecision.NearNamedPlace, "2")]
    [InlineData("", "", LocationPrecision.NearNamedPlace, "1")]
    [InlineData("36.1", "43.2", LocationPrecision.ExactLocation, "1")]
    [InlineData("36.1", "43.2", LocationPrecision.SecondOrderDivision, "3")]
    public void The_origins_geo_precision_is_kept_only_while_it_still_gives_the_incidents_precision(string latitude, string longitude, LocationPrecision precision, string expected)
    {
        var origin = Origin(("geo_precision", "1"), ("latitude", latitude), ("longitude", longitude));
        var incident = HandMade() with { Origin = origin, Location = HandMade().Location with { Precision = precision } };

        Assert.Equal(expected, Format(incident)["geo_precision"]);
    }

    [Fact]
    public void An_origin_name_is_matched_to_the_catalog_up_to_the_folding_limit_and_no_further()
    {
        // Folding drops spaces, so a name padded to the limit still folds to the catalog's "Long Group".
        var longest = "Long" + new string(' ', NameFolding.MaxInputLength - 9) + "Group";
        var tooLong = "Long" + new string(' ', NameFolding.MaxInputLength - 8) + "Group";
        var catalog = Catalog.With(new Actor { Id = ActorId.Parse("edge-long-group"), Kind = ActorKind.NonStateArmedGroup, Names = NameSet.Of("Long Group") });
        Incident By(string name) => HandMade() with
        {
            Perpetrators = [new Perpetrator(ActorId.Parse("edge-long-group"), Attribution.Attributed)],
            Origin = Origin(("actor1", name)),
        };

        Assert.Equal(NameFolding.MaxInputLength, longest.Length);
        Assert.Equal(longest, Format(By(longest), catalog)["actor1"]);
        Assert.Equal("Long Group", Format(By(tooLong), catalog)["actor1"]);
        Assert.Equal("Long  Group", Format(By("Long  Group"), catalog)["actor1"]);
    }
}
