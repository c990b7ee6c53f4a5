using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Catalog;
using Coordination.Domain.Interop.Places;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Places;

public sealed class GazetteerImportTests
{
    private static readonly Dictionary<string, string> Row = new()
    {
        ["event_id_cnty"] = "IRQ1", ["event_date"] = "2021-05-01", ["year"] = "2021", ["time_precision"] = "1",
        ["disorder_type"] = "Political violence", ["event_type"] = "Battles", ["sub_event_type"] = "Armed clash",
        ["actor1"] = "Unidentified Armed Group (Iraq)", ["inter1"] = "2", ["inter2"] = "0", ["interaction"] = "20",
        ["iso"] = "368", ["region"] = "Middle East", ["country"] = "Iraq", ["admin1"] = "Al Anbār", ["location"] = "Ramadi",
        ["latitude"] = "33.4206", ["longitude"] = "43.3078", ["geo_precision"] = "1", ["source"] = "Local press",
        ["source_scale"] = "National", ["notes"] = "An armed clash.", ["fatalities"] = "0", ["timestamp"] = "1620000000",
    };

    private static MemoryStream File(params Dictionary<string, string>[] rows)
    {
        var columns = DataLayouts.ColumnsOf(DataLayout.AcledSince2023);
        var text = new StringBuilder().AppendLine(string.Join(',', columns));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(',', columns.Select(c => row.GetValueOrDefault(c, string.Empty))));
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Fact]
    public void A_governorate_an_empty_catalog_lacks_is_added_once_with_the_sources_it_cites_and_the_result_validates()
    {
        var importer = new IncidentImporter(new ImportOptions { Catalog = CoordinationCatalog.Empty });
        var second = new Dictionary<string, string>(Row) { ["event_id_cnty"] = "IRQ2", ["admin1"] = "Al Anbar" };
        var results = importer.Read(File(Row, second), TestContext.Current.CancellationToken).ToList();
        var imported = results.OfType<ImportedRow>().ToList();
        Assert.True(imported.Count == 2, string.Join("\n", results.OfType<RejectedRow>().Select(r => r.Reason)));
        Assert.All(imported, r => Assert.Equal("anbar", r.Incident.Location?.Territory?.Value));

        var records = importer.Records;
        Assert.Equal(["anbar"], records.Territories.Select(t => t.Id.Value));
        Assert.Superset(records.Territories.Single().Sources.Select(s => s.Value).ToHashSet(), records.Sources.Select(s => s.Id.Value).ToHashSet());
        Assert.Contains("iso-3166-2-iq", records.Sources.Select(s => s.Id.Value));
        Assert.Contains("ocha-cod-ab-iraq", records.Sources.Select(s => s.Id.Value));

        var catalog = CoordinationCatalog.Empty;
        foreach (var actor in records.Actors)
        {
            catalog = catalog.With(actor);
        }

        foreach (var territory in records.Territories)
        {
            catalog = catalog.With(territory);
        }

        foreach (var source in records.Sources)
        {
            catalog = catalog.With(source);
        }

        foreach (var row in imported)
        {
            catalog = catalog.With(row.Incident);
        }

        var result = catalog.Validate();
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode} {e.ErrorMessage}")));
    }

    [Fact]
    public void Against_the_reference_catalog_no_source_is_added_for_a_governorate()
    {
        var importer = new IncidentImporter();
        Assert.Single(importer.Read(File(Row), TestContext.Current.CancellationToken).OfType<ImportedRow>());
        Assert.Equal(["anbar"], importer.Records.Territories.Select(t => t.Id.Value));
        Assert.DoesNotContain(importer.Records.Sources, s => Gazetteer.Sources.Any(g => g.Id == s.Id));
    }
}
