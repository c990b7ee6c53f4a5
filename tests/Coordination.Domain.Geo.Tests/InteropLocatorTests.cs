using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop;
using Xunit;

namespace Coordination.Domain.Geo.Tests;

/// <summary>The Interop hook end to end: rows whose names do not resolve are placed by the embedded governorates.</summary>
public sealed class InteropLocatorTests
{
    private static readonly string[] Columns = [.. DataLayouts.ColumnsOf(DataLayout.AcledSince2023)];

    [Fact]
    public void Rows_placed_only_by_coordinates_get_the_governorate_they_lie_in()
    {
        var importer = new IncidentImporter(new ImportOptions { Locator = TerritoryGeometry.IraqGovernorates });
        var file = Csv(
            Row("IRQ1", latitude: "35.4681", longitude: "44.3922"), // Kirkuk city
            Row("IRQ2", latitude: "32.5000", longitude: "45.8333"), // Kut, Wasit: not in the reference catalog
            Row("IRQ3", latitude: "33.5138", longitude: "36.2765"), // Damascus: outside every governorate
            Row("IRQ4", latitude: "35.4681", longitude: "44.3922", admin1: "Kirkuk", location: "Nowhere-that-resolves"));

        var rows = importer.Read(file, TestContext.Current.CancellationToken).Cast<ImportedRow>().ToList();

        Assert.Equal(TerritoryId.Parse("kirkuk"), rows[0].Incident.Location.Territory);
        Assert.Equal(TerritoryId.Parse("wassit"), rows[1].Incident.Location.Territory);
        Assert.Contains(importer.Records.Territories, t => t.Id == TerritoryId.Parse("wassit")); // added from the gazetteer's table
        Assert.Equal(TerritoryId.Parse("iraq"), rows[2].Incident.Location.Territory); // the country named, no governorate found
        Assert.Equal(TerritoryId.Parse("kirkuk"), rows[3].Incident.Location.Territory); // resolved by name: admin1
        Assert.Equal(["Nowhere-that-resolves"], rows[3].UnresolvedPlaces);
    }

    [Fact]
    public void Without_the_locator_the_same_rows_stay_at_the_country()
    {
        var importer = new IncidentImporter();
        var rows = importer.Read(Csv(Row("IRQ1", latitude: "35.4681", longitude: "44.3922")), TestContext.Current.CancellationToken).Cast<ImportedRow>().ToList();

        Assert.Equal(TerritoryId.Parse("iraq"), Assert.Single(rows).Incident.Location.Territory);
    }

    private static string Row(string id, string latitude, string longitude, string admin1 = "", string location = "")
    {
        var values = new Dictionary<string, string>
        {
            ["event_id_cnty"] = id, ["event_date"] = "2022-01-05", ["year"] = "2022", ["time_precision"] = "1",
            ["disorder_type"] = "Political violence", ["event_type"] = "Explosions/Remote violence", ["sub_event_type"] = "Remote explosive/landmine/IED",
            ["actor1"] = "Islamic State (Iraq)", ["inter1"] = "2", ["interaction"] = "20", ["iso"] = "368", ["region"] = "Middle East",
            ["country"] = "Iraq", ["admin1"] = admin1, ["location"] = location, ["latitude"] = latitude, ["longitude"] = longitude,
            ["geo_precision"] = "2", ["source"] = "Rudaw", ["source_scale"] = "National", ["fatalities"] = "1", ["timestamp"] = "1642521600",
        };
        return string.Join(",", Columns.Select(c => values.GetValueOrDefault(c, string.Empty)));
    }

    private static MemoryStream Csv(params string[] rows) =>
        new(Encoding.UTF8.GetBytes(string.Join("\n", [string.Join(",", Columns), .. rows]) + "\n"));
}
