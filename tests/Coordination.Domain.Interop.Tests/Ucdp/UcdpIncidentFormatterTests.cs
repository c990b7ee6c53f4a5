using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
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
}
