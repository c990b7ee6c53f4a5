using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Ucdp.UcdpRows;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpIncidentFormatterTests
{
    private static readonly string[] DeathColumns = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high"];

    private static Dictionary<string, string> Format(Incident incident, DataLayout layout = DataLayout.UcdpGed)
    {
        var values = new Dictionary<string, string>();
        new UcdpIncidentFormatter().Format(incident, ReferenceCatalog.Load(), layout, values);
        return values;
    }

    private static Incident Hawija => new()
    {
        Id = IncidentId.Parse("ucdp-ged-1234"),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.InWeek(new LocalDate(2017, 9, 19), new LocalDate(2017, 9, 21)),
        Location = new IncidentLocation { PlaceName = "Hawija town", Point = new GeoPoint(35.3287, 43.7713), Precision = LocationPrecision.NearNamedPlace },
        Perpetrators = [new Perpetrator(ActorId.Parse("goi"), Attribution.Attributed)],
        Targets = [AffectedParty.Unidentified],
        Casualties = [new Casualties(AffectedParty.Of(ActorId.Parse("goi")), CasualtyEstimate.Exactly(2)), new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(1))],
        ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(3, 4, 9) },
        Sources = [SourceId.Parse("ucdp-ged-25-1")],
    };

    [Fact]
    public void An_incident_without_an_origin_is_written_from_the_model()
    {
        var values = Format(Hawija);
        Assert.Equal("1234", values["id"]);
        Assert.Equal("1", values["type_of_violence"]);
        Assert.Equal("2017-09-19", values["date_start"]);
        Assert.Equal("2017-09-21", values["date_end"]);
        Assert.Equal("2", values["date_prec"]);
        Assert.Equal("2017", values["year"]);
        Assert.Equal("2", values["where_prec"]);
        Assert.Equal("35.3287", values["latitude"]);
        Assert.Equal("43.7713", values["longitude"]);
        Assert.Equal("POINT (43.7713 35.3287)", values["geom_wkt"]);
        Assert.Equal("Hawija town", values["where_coordinates"]);
        Assert.Equal("Government of Iraq", values["side_a"]);
        Assert.Equal(string.Empty, values["side_b"]);
        Assert.Equal("645", values["gwnoa"]);
        Assert.Equal(("2", "", "1", ""), (values["deaths_a"], values["deaths_b"], values["deaths_civilians"], values["deaths_unknown"]));
        Assert.Equal(("3", "4", "9"), (values["low"], values["best"], values["high"]));
    }

    [Fact]
    public void Only_the_layouts_columns_are_set()
    {
        Assert.DoesNotContain("geom_wkt", Format(Hawija, DataLayout.UcdpGedHdx).Keys);
        Assert.Equal("2017", Format(Hawija, DataLayout.UcdpGedHdx)["start_year"]);
        Assert.DoesNotContain("iso3", Format(Hawija, DataLayout.UcdpGed42).Keys);
    }

    [Theory]
    [InlineData(IncidentKind.AttackOnCivilians, "3")]
    [InlineData(IncidentKind.Abduction, "3")]
    [InlineData(IncidentKind.AirOrDroneStrike, "1")]
    [InlineData(IncidentKind.PeacefulProtest, "")]
    [InlineData(IncidentKind.Agreement, "")]
    public void The_type_of_violence_follows_the_kind_and_the_sides(IncidentKind kind, string type) =>
        Assert.Equal(type, Format(Hawija with { Kind = kind })["type_of_violence"]);

    [Fact]
    public void A_clash_without_a_government_is_non_state_and_one_against_civilians_one_sided()
    {
        Assert.Equal("2", Format(Hawija with { Perpetrators = [Perpetrator.Unidentified] })["type_of_violence"]);
        var values = Format(Hawija with { Targets = [AffectedParty.Civilians] });
        Assert.Equal("3", values["type_of_violence"]);
        Assert.Equal("Civilians", values["side_b"]);
        Assert.Equal(("0", "1"), (values["deaths_b"], values["deaths_civilians"]));
    }

    [Fact]
    public void Dates_of_each_precision_are_written_with_their_date_prec()
    {
        Assert.Equal("1", Format(Hawija with { Date = ReportedDate.OnDay(new LocalDate(2017, 9, 21)) })["date_prec"]);
        Assert.Equal("3", Format(Hawija with { Date = ReportedDate.InWeek(new LocalDate(2017, 9, 18), new LocalDate(2017, 9, 24)) })["date_prec"]);
        var month = Format(Hawija with { Date = ReportedDate.InMonth(new YearMonth(2017, 2)) });
        Assert.Equal(("2017-02-01", "2017-02-28", "4"), (month["date_start"], month["date_end"], month["date_prec"]));
        var year = Format(Hawija with { Date = ReportedDate.InYear(2016) });
        Assert.Equal(("2016-01-01", "2016-12-31", "5"), (year["date_start"], year["date_end"], year["date_prec"]));
    }

    [Fact]
    public void Without_figures_the_deaths_are_blank_not_zero()
    {
        var values = Format(Hawija with { Casualties = [], ReportedTotals = null });
        Assert.All(DeathColumns, c => Assert.Equal(string.Empty, values[c]));
    }

    [Fact]
    public void An_imported_row_is_written_back_exactly_as_read()
    {
        var row = Row(("date_start", "1991-11-24 00:00:00.000"), ("date_end", "1991-11-24 00:00:00.000"), ("year", "1991"), ("latitude", "35.32870"), ("deaths_a", "2.0"));
        var context = Context();
        var incident = ((ImportedRow)new UcdpRowMapper().Map(row, context)).Incident;
        Assert.Equal(row.Fields, UcdpRoundTrip.Export(incident, UcdpRoundTrip.CatalogAfter(context), DataLayout.UcdpGed));
    }

    [Fact]
    public void A_changed_incident_is_written_from_the_model_in_the_columns_it_changed()
    {
        var context = Context();
        var incident = ((ImportedRow)new UcdpRowMapper().Map(Row(), context)).Incident;
        var changed = incident with { Date = ReportedDate.OnDay(new LocalDate(2017, 9, 22)), ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(8, 8, 12) } };
        var fields = UcdpRoundTrip.Export(changed, UcdpRoundTrip.CatalogAfter(context), DataLayout.UcdpGed);
        var columns = DataLayouts.ColumnsOf(DataLayout.UcdpGed);
        string Field(string column) => fields[columns.IndexOf(column)];
        Assert.Equal("2017-09-22", Field("date_start"));
        Assert.Equal("12", Field("high"));
        Assert.Equal("Hawija town", Field("where_coordinates"));
        Assert.Equal("IRQ-2017-1-259-117", Field("relid"));
    }

    [Fact]
    public void The_hdx_columns_carry_the_hashtags_hdx_gives_them()
    {
        var formatter = new UcdpIncidentFormatter();
        Assert.Equal("#date+start", formatter.HxlTagOf("date_start"));
        Assert.Equal("#geo+lat", formatter.HxlTagOf("latitude"));
        Assert.Equal("#affected+killed", formatter.HxlTagOf("best"));
        Assert.Equal("#group+name+first", formatter.HxlTagOf("side_a"));
        Assert.Equal("#country+code", formatter.HxlTagOf("ISO3"));
        Assert.Null(formatter.HxlTagOf("deaths_a"));
        Assert.Null(formatter.HxlTagOf(string.Empty));
    }

    [Property(Arbitrary = [typeof(UcdpRowGenerators)], MaxTest = 300)]
    public void Exporting_an_imported_row_reproduces_it(SourceRow row)
    {
        var context = Context();
        var result = new UcdpRowMapper().Map(row, context);
        var imported = Assert.IsType<ImportedRow>(result);
        Assert.Equal(row.Fields, UcdpRoundTrip.Export(imported.Incident, UcdpRoundTrip.CatalogAfter(context), row.Header.Layout));
    }

    [Fact]
    public void The_generated_incidents_are_placed_in_the_governorates_and_districts()
    {
        Assert.True(UcdpIncidentGenerators.TerritoryCount >= 19, $"only {UcdpIncidentGenerators.TerritoryCount} territories round trip");
        var values = Format(Hawija with { Location = Hawija.Location with { Territory = TerritoryId.Parse("ninewa") } });
        Assert.Equal(("Ninewa province", "", "Iraq", "645"), (values["adm_1"], values["adm_2"], values["country"], values["country_id"]));
    }

    [Property(Arbitrary = [typeof(UcdpIncidentGenerators)], MaxTest = 300)]
    public void Importing_an_exported_incident_gives_it_back(Incident incident, DataLayout layout)
    {
        var fields = UcdpRoundTrip.Export(incident, ReferenceCatalog.Load(), layout);
        var row = new SourceRow(new SourceHeader(DataLayouts.ColumnsOf(layout), layout), 2, fields);
        var imported = Assert.IsType<ImportedRow>(new UcdpRowMapper().Map(row, Context()));
        Assert.Equal(incident, imported.Incident with { Origin = null });
    }

    // The groups of columns the formatter writes together, each from one part of the incident.
    private static readonly string[] ViolenceGroup = ["type_of_violence"];
    private static readonly string[] DateGroup = ["date_start", "date_end", "date_prec", "year", "start_year", "end_year"];
    private static readonly string[] LocationGroup = ["where_prec", "latitude", "longitude", "geom_wkt"];
    private static readonly string[] PlaceGroup = ["where_coordinates"];
    private static readonly string[] AdminGroup = ["adm_1", "adm_2", "country", "country_id", "iso3"];
    private static readonly string[] SideGroup = ["side_a", "side_b", "gwnoa", "gwnob", "dyad_name"];

    private static readonly DataLayout[] UcdpLayouts = [DataLayout.UcdpGed, DataLayout.UcdpGed42, DataLayout.UcdpGedHdx];

    public static TheoryData<DataLayout> Layouts => [.. UcdpLayouts];

    private static (Incident Incident, CoordinationCatalog Catalog) ImportedKirkuk(DataLayout layout)
    {
        var context = Context();
        var incident = ((ImportedRow)new UcdpRowMapper().Map(Row(layout), context)).Incident;
        return (incident, UcdpRoundTrip.CatalogAfter(context));
    }

    private static Dictionary<string, string> FormatIn(Incident incident, CoordinationCatalog catalog, DataLayout layout)
    {
        var values = new Dictionary<string, string>();
        new UcdpIncidentFormatter().Format(incident, catalog, layout, values);
        return values;
    }

    // The columns of the layout in the groups named, with the id every row gets: what a change of those groups sets.
    private static string[] Expected(DataLayout layout, params string[][] groups) =>
        [.. DataLayouts.ColumnsOf(layout).Where(c => c == "id" || groups.Any(g => g.Contains(c)))];

    private static string[] Set(Dictionary<string, string> values, DataLayout layout) =>
        [.. DataLayouts.ColumnsOf(layout).Where(values.ContainsKey)];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void An_unchanged_import_sets_only_its_id_and_leaves_every_group_to_the_origin(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident, catalog, layout);
        Assert.Equal(["id"], values.Keys);
        Assert.Equal("244657", values["id"]);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_changed_kind_writes_the_type_of_violence_alone(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { Kind = IncidentKind.AirOrDroneStrike }, catalog, layout);
        Assert.Equal(Expected(layout, ViolenceGroup), Set(values, layout));
        Assert.Equal("1", values["type_of_violence"]);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_changed_date_writes_the_date_columns_alone(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { Date = ReportedDate.InWeek(new LocalDate(2016, 12, 30), new LocalDate(2017, 1, 2)) }, catalog, layout);
        Assert.Equal(Expected(layout, DateGroup), Set(values, layout));
        Assert.Equal(("2016-12-30", "2017-01-02", "2", "2016"), (values["date_start"], values["date_end"], values["date_prec"], values["year"]));
        if (layout == DataLayout.UcdpGedHdx)
        {
            Assert.Equal(("2016", "2017"), (values["start_year"], values["end_year"]));
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_moved_point_writes_the_location_columns_alone(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { Location = incident.Location with { Point = new GeoPoint(35.5, 43.25) } }, catalog, layout);
        Assert.Equal(Expected(layout, LocationGroup), Set(values, layout));
        Assert.Equal(("1", "35.5", "43.25"), (values["where_prec"], values["latitude"], values["longitude"]));
        if (layout != DataLayout.UcdpGedHdx)
        {
            Assert.Equal("POINT (43.25 35.5)", values["geom_wkt"]);
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_changed_precision_writes_the_location_columns_alone(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { Location = incident.Location with { Precision = LocationPrecision.SecondOrderDivision } }, catalog, layout);
        Assert.Equal(Expected(layout, LocationGroup), Set(values, layout));
        Assert.Equal(("35.3287", "43.7713"), (values["latitude"], values["longitude"]));
        Assert.NotEqual("1", values["where_prec"]);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_renamed_place_writes_where_coordinates_alone(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { Location = incident.Location with { PlaceName = "Hawija" } }, catalog, layout);
        Assert.Equal(Expected(layout, PlaceGroup), Set(values, layout));
        Assert.Equal("Hawija", values["where_coordinates"]);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_changed_territory_writes_the_admin_and_country_columns_alone(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { Location = incident.Location with { Territory = TerritoryId.Parse("ninewa") } }, catalog, layout);
        Assert.Equal(Expected(layout, AdminGroup), Set(values, layout));
        Assert.Equal(("Ninewa province", "", "Iraq", "645"), (values["adm_1"], values["adm_2"], values["country"], values["country_id"]));
        if (layout == DataLayout.UcdpGedHdx)
        {
            Assert.Equal("IRQ", values["iso3"]);
        }
    }

    [Fact]
    public void An_incident_placed_nowhere_is_written_with_no_country()
    {
        var (incident, catalog) = ImportedKirkuk(DataLayout.UcdpGedHdx);
        var values = FormatIn(incident with { Location = incident.Location with { Territory = null } }, catalog, DataLayout.UcdpGedHdx);
        Assert.All(AdminGroup, c => Assert.Equal(string.Empty, values[c]));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_changed_perpetrator_writes_the_sides_and_their_deaths(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { Perpetrators = [Perpetrator.Unidentified] }, catalog, layout);
        Assert.Equal(Expected(layout, SideGroup, DeathColumns), Set(values, layout));
        Assert.Equal((string.Empty, string.Empty), (values["side_a"], values["dyad_name"]));
        Assert.Equal("8", values["best"]);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Changed_totals_write_the_death_columns_alone(DataLayout layout)
    {
        var (incident, catalog) = ImportedKirkuk(layout);
        var values = FormatIn(incident with { ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(8, 9, 12) } }, catalog, layout);
        Assert.Equal(Expected(layout, DeathColumns), Set(values, layout));
        Assert.Equal(("8", "9", "12"), (values["low"], values["best"], values["high"]));
        Assert.Equal(("2", "5", "1", "0"), (values["deaths_a"], values["deaths_b"], values["deaths_civilians"], values["deaths_unknown"]));
    }

    [Fact]
    public void Changed_casualties_write_the_death_columns_alone()
    {
        var (incident, catalog) = ImportedKirkuk(DataLayout.UcdpGed);
        var values = FormatIn(incident with { Casualties = incident.Casualties.RemoveAt(0) }, catalog, DataLayout.UcdpGed);
        Assert.Equal(Expected(DataLayout.UcdpGed, DeathColumns), Set(values, DataLayout.UcdpGed));
    }

    [Fact]
    public void An_origin_of_another_data_set_is_not_read_and_every_group_is_written()
    {
        var (incident, catalog) = ImportedKirkuk(DataLayout.UcdpGed);
        var acled = incident with { Origin = incident.Origin! with { DataSet = "ACLED" } };
        var values = FormatIn(acled, catalog, DataLayout.UcdpGed);
        Assert.Equal(Expected(DataLayout.UcdpGed, ViolenceGroup, DateGroup, LocationGroup, PlaceGroup, AdminGroup, SideGroup, DeathColumns), Set(values, DataLayout.UcdpGed));
        Assert.Equal(incident.Id.ToString()["ucdp-ged-".Length..], values["id"]);
    }

    [Fact]
    public void The_origins_data_set_is_recognised_ignoring_case_as_the_exporter_does()
    {
        var (incident, catalog) = ImportedKirkuk(DataLayout.UcdpGed);
        var values = FormatIn(incident with { Origin = incident.Origin! with { DataSet = "ucdp ged" } }, catalog, DataLayout.UcdpGed);
        Assert.Equal(["id"], values.Keys);
    }

    [Fact]
    public void A_derived_event_id_is_not_written_as_the_files_id()
    {
        var context = Context();
        var incident = ((ImportedRow)new UcdpRowMapper().Map(Row(("id", "")), context)).Incident;
        Assert.True(incident.Origin!.IsEventIdDerived);
        Assert.Equal(string.Empty, FormatIn(incident, UcdpRoundTrip.CatalogAfter(context), DataLayout.UcdpGed)["id"]);
        var unsourced = FormatIn(incident with { Origin = null }, UcdpRoundTrip.CatalogAfter(context), DataLayout.UcdpGed);
        Assert.Equal(incident.Id.ToString(), unsourced["id"]);
        Assert.StartsWith("ucdp-ged-derived-", unsourced["id"], System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hawija-2017", "hawija-2017")]
    [InlineData("ucdp-ged-244657", "244657")]
    [InlineData("ucdp-ged-derived-1a2b", "ucdp-ged-derived-1a2b")]
    [InlineData("ucdp-gedx-1", "ucdp-gedx-1")]
    public void An_incident_written_by_hand_keeps_its_id_less_the_ucdp_prefix(string id, string written) =>
        Assert.Equal(written, Format(Hawija with { Id = IncidentId.Parse(id) })["id"]);

    [Fact]
    public void A_district_is_written_with_its_governorate()
    {
        var catalog = ReferenceCatalog.Load();
        var district = catalog.Territories.First(t => t.Kind == Coordination.Domain.Territories.TerritoryKind.District && t.Parent is not null);
        var governorate = catalog.FindTerritory(district.Parent!.Value)!;
        var values = Format(Hawija with { Location = Hawija.Location with { Territory = district.Id } });
        Assert.Equal(district.Names.Primary.Text + " district", values["adm_2"]);
        Assert.Equal(governorate.Names.Primary.Text + " province", values["adm_1"]);
    }

    [Fact]
    public void Formatting_checks_its_arguments_and_the_layout()
    {
        var formatter = new UcdpIncidentFormatter();
        var catalog = ReferenceCatalog.Load();
        var values = new Dictionary<string, string>();
        Assert.Equal("incident", Assert.Throws<System.ArgumentNullException>(() => formatter.Format(null!, catalog, DataLayout.UcdpGed, values)).ParamName);
        Assert.Equal("catalog", Assert.Throws<System.ArgumentNullException>(() => formatter.Format(Hawija, null!, DataLayout.UcdpGed, values)).ParamName);
        Assert.Equal("values", Assert.Throws<System.ArgumentNullException>(() => formatter.Format(Hawija, catalog, DataLayout.UcdpGed, null!)).ParamName);
        Assert.Equal("layout", Assert.Throws<System.ArgumentOutOfRangeException>(() => formatter.Format(Hawija, catalog, (DataLayout)99, values)).ParamName);
        Assert.Equal("column", Assert.Throws<System.ArgumentNullException>(() => formatter.HxlTagOf(null!)).ParamName);
        Assert.Empty(values);
    }
}
