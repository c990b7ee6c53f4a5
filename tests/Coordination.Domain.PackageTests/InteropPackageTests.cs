using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Interop;
using Coordination.Domain.Interop.LivingData;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.PackageTests;

/// <summary>Coordination.Domain.Interop as a consumer of the packed package uses it: a small ACLED file into the reference catalog.</summary>
public sealed class InteropPackageTests
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private const string Clash = "IRQ90001,2021-05-01,2021,1,Political violence,Battles,Armed clash,Islamic State (Iraq),,2,Military Forces of Iraq (2022-) Peshmerga,,1,12,,368,Middle East,Iraq,Erbil,Makhmour,,Makhmour,35.7756,43.5800,1,Rudaw,National,\"IS attacked Peshmerga positions near Makhmour; 3 killed.\",3,,1620000000";

    private const string BadYear = "IRQ90002,0025-01-05,2025,1,Political violence,Battles,Armed clash,Islamic State (Iraq),,2,Military Forces of Iraq (2022-) Peshmerga,,1,12,,368,Middle East,Iraq,Erbil,Makhmour,,Makhmour,35.7756,43.5800,1,Rudaw,National,Clash.,1,,1736035200";

    [Fact]
    public void A_small_ACLED_file_is_imported_into_the_reference_catalog_and_the_result_validates()
    {
        var catalog = ReferenceCatalog.Load();
        var importer = new IncidentImporter(new ImportOptions { Catalog = catalog });
        using var file = new MemoryStream(Encoding.UTF8.GetBytes($"{Header}\n{Clash}\n{BadYear}\n"));

        var results = importer.Read(file, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(2, results.Count);
        var imported = Assert.IsType<ImportedRow>(results[0]);
        var rejected = Assert.IsType<RejectedRow>(results[1]);
        Assert.Equal(3, rejected.Line);
        Assert.Equal("event_date", rejected.Column, ignoreCase: true);
        Assert.Equal("IRQ90002", rejected.Text.Split(',')[0]);
        Assert.Equal("IRQ90001", imported.Incident.Origin!.EventId);
        Assert.Equal(3, imported.Incident.TotalKilled!.Value.Best);

        var living = new LivingDataSet(catalog);
        Assert.Equal(UpsertOutcome.New, living.Upsert(imported));
        living.Add(importer.Records);
        var updated = living.ToCatalog();

        var validation = updated.Validate();
        Assert.True(validation.IsValid, string.Join("\n", validation.Errors));
        Assert.Equal(catalog.Incidents.Length + 1, updated.Incidents.Length);
        Assert.NotNull(updated.FindIncident(imported.Incident.Id));
    }

    [Fact]
    public void The_catalogs_incidents_are_exported_as_ACLED_rows_under_the_header()
    {
        using var output = new MemoryStream();

        IncidentExporter.Write(ReferenceCatalog.Load(), output, new ExportOptions { Layout = DataLayout.AcledSince2023 });

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(Header, lines[0], System.StringComparison.Ordinal);
        Assert.True(lines.Length > 1, "no incident was written");
    }
}
