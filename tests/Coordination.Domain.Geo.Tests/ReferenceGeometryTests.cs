using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Geo.Tests;

/// <summary>The reference geometry end to end: the governorates, the inferred KCL and the measures on them, together.</summary>
public sealed class ReferenceGeometryTests
{
    [Fact]
    public void The_reference_geometry_loads()
    {
        var geometry = CatalogGeometry.Reference;
        Assert.Equal(18, geometry.Territories.Shapes.Length);
        var kcl = Assert.Single(geometry.Traces);
        Assert.True(kcl.IsInferred);
        Assert.InRange(kcl.LengthKm, 900, 1100);
        Assert.Null(geometry.Territories.Locate(new GeoPoint(0, 0)));
        var kirkuk = geometry.Territories.ShapeOf(TerritoryId.Parse("kirkuk"))!;
        var stretch = GeoMeasure.StretchWithin(kcl.Geometry, kirkuk);
        Assert.InRange(GeoMeasure.LengthKm(stretch), 50, 600);
        Assert.Equal(0, GeoMeasure.DistanceKm(new GeoPoint(35.4681, 44.3922), kirkuk));
        Assert.InRange(GeoMeasure.DistanceKm(new GeoPoint(35.4681, 44.3922), kcl.Geometry), 1, 80);
    }
}
