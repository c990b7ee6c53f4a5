using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Geo;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.PackageTests;

/// <summary>Coordination.Domain.Geo as a consumer of the packed package uses it: the embedded boundaries and the inferred trace.</summary>
public sealed class GeoPackageTests
{
    [Fact]
    public void The_embedded_governorates_locate_a_point()
    {
        var governorates = TerritoryGeometry.IraqGovernorates;

        Assert.Equal(18, governorates.Shapes.Length);
        Assert.Equal(TerritoryId.Parse("kirkuk"), governorates.Locate(new GeoPoint(35.4681, 44.3922)));
        Assert.Equal(TerritoryId.Parse("erbil"), governorates.Locate(new GeoPoint(36.1912, 44.0094)));
        Assert.Null(governorates.Locate(new GeoPoint(33.5138, 36.2765))); // Damascus
    }

    [Fact]
    public void The_inferred_trace_of_the_KCL_is_marked_inferred_and_traces_the_catalog_s_line()
    {
        var kcl = LineTrace.InferredKcl;
        var line = ReferenceCatalog.Load().FindLine(CoordinationLineId.Parse("kcl"))!;

        Assert.True(kcl.IsInferred);
        Assert.InRange(kcl.LengthKm, 950, 1050);
        Assert.Same(kcl, CatalogGeometry.Reference.TraceOf(line));
        Assert.InRange(GeoMeasure.DistanceKm(new GeoPoint(35.4681, 44.3922), kcl.Geometry), 1, 80); // Kirkuk city, near the line
    }

    [Fact]
    public void The_importer_places_a_row_by_its_coordinates_with_the_embedded_governorates()
    {
        const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
        const string Row = "IRQ90003,2021-05-01,2021,1,Political violence,Battles,Armed clash,Islamic State (Iraq),,2,,,0,20,,368,Middle East,Iraq,,,,,35.4681,44.3922,2,Rudaw,National,An attack.,1,,1620000000";
        var importer = new IncidentImporter(new ImportOptions { Locator = TerritoryGeometry.IraqGovernorates });
        using var file = new MemoryStream(Encoding.UTF8.GetBytes($"{Header}\n{Row}\n"));

        var imported = Assert.IsType<ImportedRow>(importer.Read(file, TestContext.Current.CancellationToken).Single());

        Assert.Equal(TerritoryId.Parse("kirkuk"), imported.Incident.Location.Territory);
    }
}
