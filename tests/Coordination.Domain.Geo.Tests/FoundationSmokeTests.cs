using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Geo.Tests;

public sealed class FoundationSmokeTests
{
    [Theory]
    [InlineData(35.4681, 44.3922, "kirkuk")]
    [InlineData(36.1912, 44.0094, "erbil")]
    [InlineData(33.3152, 44.3661, "baghdad-governorate")]
    [InlineData(36.3350, 43.1189, "ninewa")]
    [InlineData(35.5613, 45.4329, "sulaymaniyah")]
    [InlineData(30.5085, 47.7804, "basrah")]
    public void Cities_resolve_to_their_governorate(double latitude, double longitude, string expected)
    {
        Assert.Equal(TerritoryId.Parse(expected), TerritoryGeometry.IraqGovernorates.Locate(new GeoPoint(latitude, longitude)));
    }

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
