using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

public sealed class AcledIncidentFormatterTests
{
    private static readonly CoordinationCatalog Catalog = ReferenceCatalog.Load();

    /// <summary>An incident recorded by hand (no origin): an army clash with the Islamic State in Sinjar, three killed.</summary>
    internal static Incident HandMade() => new()
    {
        Id = IncidentId.Parse("sinjar-2022-05-02"),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.OnDay(new LocalDate(2022, 5, 2)),
        Location = new IncidentLocation { PlaceName = "Sinjar town", Territory = TerritoryId.Parse("sinjar"), Point = new GeoPoint(36.3209, 41.8754), Precision = LocationPrecision.NearNamedPlace },
        Perpetrators = [new Perpetrator(ActorId.Parse("iraqi-army"), Attribution.Attributed)],
        Targets = [AffectedParty.Of(ActorId.Parse("isis"))],
        ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(3) },
        Summary = "Clashes in Sinjar.",
    };

    private static Dictionary<string, string> Format(Incident incident, DataLayout layout = DataLayout.AcledSince2023)
    {
        var values = new Dictionary<string, string>();
        new AcledIncidentFormatter().Format(incident, Catalog, layout, values);
        return values;
    }

    [Fact]
    public void An_incident_recorded_by_hand_is_written_with_numeric_codes_iso_dates_and_the_catalogs_names()
    {
        var values = Format(HandMade());

        Assert.Equal("SINJAR-2022-05-02", values["event_id_cnty"]);
        Assert.Equal("2022-05-02", values["event_date"]);
        Assert.Equal("2022", values["year"]);
        Assert.Equal("1", values["time_precision"]);
        Assert.Equal("Political violence", values["disorder_type"]);
        Assert.Equal("Battles", values["event_type"]);
        Assert.Equal("Armed clash", values["sub_event_type"]);
        Assert.Equal("Iraqi Army", values["actor1"]);
        Assert.Equal("1", values["inter1"]);
        Assert.Equal("Islamic State", values["actor2"]);
        Assert.Equal("2", values["inter2"]);
        Assert.Equal("12", values["interaction"]);
        Assert.Equal("", values["civilian_targeting"]);
        Assert.Equal(("368", "Iraq"), (values["iso"], values["country"]));
        Assert.Equal(("Ninewa", "Sinjar", ""), (values["admin1"], values["admin2"], values["admin3"]));
        Assert.Equal("Sinjar town", values["location"]);
        Assert.Equal(("36.3209", "41.8754"), (values["latitude"], values["longitude"]));
        Assert.Equal("2", values["geo_precision"]);
        Assert.Equal("3", values["fatalities"]);
        Assert.Equal("Clashes in Sinjar.", values["notes"]);
        Assert.False(values.ContainsKey("timestamp"));
    }

    [Fact]
    public void An_acled_id_is_written_as_acleds_event_id()
    {
        var values = Format(HandMade() with { Id = IncidentId.Parse("acled-irq4321") });
        Assert.Equal("IRQ4321", values["event_id_cnty"]);
    }

    [Fact]
    public void A_week_is_written_at_its_centre_with_precision_2_and_a_month_at_its_15th_with_precision_3()
    {
        var week = Format(HandMade() with { Date = ReportedDate.InWeek(new LocalDate(2022, 5, 1), new LocalDate(2022, 5, 7)) });
        Assert.Equal(("2022-05-04", "2"), (week["event_date"], week["time_precision"]));

        var month = Format(HandMade() with { Date = ReportedDate.InMonth(new YearMonth(2017, 10)) });
        Assert.Equal(("2017-10-15", "3"), (month["event_date"], month["time_precision"]));
    }

    [Fact]
    public void Civilians_an_unknown_perpetrator_and_a_single_actor_are_written_as_acled_codes_them()
    {
        var values = Format(HandMade() with { Kind = IncidentKind.AttackOnCivilians, Perpetrators = [Perpetrator.Unidentified], Targets = [AffectedParty.Civilians] });
        Assert.Equal(("Unidentified Armed Group (Iraq)", "3"), (values["actor1"], values["inter1"]));
        Assert.Equal(("Civilians (Iraq)", "7", "37"), (values["actor2"], values["inter2"], values["interaction"]));
        Assert.Equal("Civilian targeting", values["civilian_targeting"]);

        var alone = Format(HandMade() with { Kind = IncidentKind.PeacefulProtest, Perpetrators = [new Perpetrator(ActorId.Parse("united-states"), Attribution.Attributed)], Targets = [] });
        Assert.Equal(("8", "", "0", "80"), (alone["inter1"], alone["actor2"], alone["inter2"], alone["interaction"]));
        Assert.Equal("Demonstrations", alone["disorder_type"]);
    }

    [Fact]
    public void Unknown_fatalities_are_written_empty_and_a_sum_over_the_parties_is_the_total()
    {
        Assert.Equal("", Format(HandMade() with { ReportedTotals = null })["fatalities"]);
        var perParty = HandMade() with
        {
            ReportedTotals = null,
            Casualties = [new Casualties(AffectedParty.Of(ActorId.Parse("isis")), CasualtyEstimate.Exactly(4)), new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(1))],
        };
        Assert.Equal("5", Format(perParty)["fatalities"]);
    }

    [Fact]
    public void An_imported_row_keeps_its_names_codes_and_point_text_but_dates_and_codes_are_normalised()
    {
        var values = Sample();
        (values["event_date"], values["inter1"], values["inter2"], values["interaction"], values["latitude"]) =
            ("05-Jan-22", "External/Other forces", "Rebel groups", "Rebel group-External/Other forces", "37.2310");
        var context = Context();
        var incident = Imported(Map(values, context));
        var exported = Export(incident, CatalogAfter(context), Since2023);

        Assert.Equal("2022-01-05", exported["event_date"]);
        Assert.Equal(("8", "2", "28"), (exported["inter1"], exported["inter2"], exported["interaction"]));
        Assert.Equal("37.2310", exported["latitude"]);
        Assert.Equal("Military Forces of Turkey (2016-)", exported["actor1"]);
        Assert.Equal("Rudaw; Kurdistan 24", exported["source"]);
        Assert.Equal("1642521600", exported["timestamp"]);
        Assert.Equal("Kani Masi", exported["admin3"]);
    }

    [Fact]
    public void An_imported_incident_changed_afterwards_is_written_as_it_now_is()
    {
        var context = Context();
        var incident = Imported(Map(Sample(), context));
        var changed = incident with
        {
            Date = ReportedDate.OnDay(new LocalDate(2022, 1, 6)),
            Perpetrators = [new Perpetrator(ActorId.Parse("peshmerga"), Attribution.Attributed)],
            Location = incident.Location with { Point = new GeoPoint(37.0, 43.0) },
        };
        var exported = Export(changed, CatalogAfter(context), Since2023);

        Assert.Equal("2022-01-06", exported["event_date"]);
        Assert.Equal(("Peshmerga", "1", "12"), (exported["actor1"], exported["inter1"], exported["interaction"]));
        Assert.Equal(("37", "43"), (exported["latitude"], exported["longitude"]));
    }

    [Fact]
    public void The_groups_associated_with_civilians_are_written_back_from_the_origin()
    {
        var values = Sample();
        (values["event_type"], values["sub_event_type"], values["actor2"], values["assoc_actor_2"], values["inter2"], values["interaction"]) =
            ("Violence against civilians", "Attack", "Civilians (Iraq)", "Farmers (Iraq)", "7", "78");
        var context = Context();
        var exported = Export(Imported(Map(values, context)), CatalogAfter(context), Since2023);
        Assert.Equal(("Civilians (Iraq)", "Farmers (Iraq)", "7", "78"), (exported["actor2"], exported["assoc_actor_2"], exported["inter2"], exported["interaction"]));
    }

    [Fact]
    public void Every_column_of_both_layouts_has_an_hxl_hashtag()
    {
        var formatter = new AcledIncidentFormatter();
        foreach (var column in Since2023.Concat(Before2023))
        {
            Assert.StartsWith("#", formatter.HxlTagOf(column), System.StringComparison.Ordinal);
            Assert.Equal(formatter.HxlTagOf(column), formatter.HxlTagOf(column.ToUpperInvariant()));
        }

        Assert.Equal("#date+occurred", formatter.HxlTagOf("event_date"));
        Assert.Equal("#affected+killed", formatter.HxlTagOf("fatalities"));
        Assert.Null(formatter.HxlTagOf("analyst_note"));
        Assert.Null(formatter.HxlTagOf(""));
        Assert.Equal(Since2023.Length, Since2023.Select(formatter.HxlTagOf).Distinct().Count());
    }

    [Fact]
    public void Territories_whose_parents_loop_are_written_once_each_and_the_walk_ends()
    {
        // A catalog read from outside may hold a cycle of parents (validation reports it); exporting must still end.
        static Territories.Territory Territory(string id, Territories.TerritoryKind kind, string parent) => new()
        {
            Id = TerritoryId.Parse(id),
            Kind = kind,
            Names = Names.NameSet.Of(id.ToUpperInvariant()),
            Parent = TerritoryId.Parse(parent),
        };

        var catalog = Catalog
            .With(Territory("loop-district", Territories.TerritoryKind.District, "loop-governorate"))
            .With(Territory("loop-governorate", Territories.TerritoryKind.Governorate, "loop-district"));
        var values = new Dictionary<string, string>();
        new AcledIncidentFormatter().Format(HandMade() with { Location = new IncidentLocation { Territory = TerritoryId.Parse("loop-district"), Precision = LocationPrecision.SecondOrderDivision } }, catalog, DataLayout.AcledSince2023, values);
        Assert.Equal(("LOOP-GOVERNORATE", "LOOP-DISTRICT", ""), (values["admin1"], values["admin2"], values["admin3"]));
    }

    [Fact]
    public void The_narrowest_name_of_each_admin_level_is_written()
    {
        // A district inside a district (a catalog may nest them) gives admin2 the inner one, not the outer.
        static Territories.Territory Territory(string id, Territories.TerritoryKind kind, string? parent) => new()
        {
            Id = TerritoryId.Parse(id),
            Kind = kind,
            Names = Names.NameSet.Of(id.ToUpperInvariant()),
            Parent = parent is null ? null : TerritoryId.Parse(parent),
        };

        var catalog = Catalog
            .With(Territory("outer-governorate", Territories.TerritoryKind.Governorate, null))
            .With(Territory("outer-district", Territories.TerritoryKind.District, "outer-governorate"))
            .With(Territory("inner-district", Territories.TerritoryKind.District, "outer-district"))
            .With(Territory("inner-subdistrict", Territories.TerritoryKind.SubDistrict, "inner-district"))
            .With(Territory("inner-town", Territories.TerritoryKind.Town, "inner-subdistrict"));
        var values = new Dictionary<string, string>();
        new AcledIncidentFormatter().Format(HandMade() with { Location = new IncidentLocation { Territory = TerritoryId.Parse("inner-town"), Precision = LocationPrecision.NearNamedPlace } }, catalog, DataLayout.AcledSince2023, values);
        Assert.Equal(("OUTER-GOVERNORATE", "INNER-DISTRICT", "INNER-SUBDISTRICT"), (values["admin1"], values["admin2"], values["admin3"]));
    }
}
