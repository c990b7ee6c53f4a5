using Coordination.Domain.Identifiers;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Tests;

/// <summary>Hand-made geometry for tests: squares and lines in longitude and latitude (WGS 84).</summary>
internal static class Shapes
{
    internal static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>A square (counter-clockwise) from (<paramref name="west"/>, <paramref name="south"/>) of side <paramref name="size"/> degrees.</summary>
    internal static Polygon Square(double west, double south, double size) =>
        Factory.CreatePolygon([new(west, south), new(west + size, south), new(west + size, south + size), new(west, south + size), new(west, south)]);

    /// <summary>A line through the given (longitude, latitude) pairs.</summary>
    internal static LineString Line(params (double Longitude, double Latitude)[] points) =>
        Factory.CreateLineString([.. System.Linq.Enumerable.Select(points, p => new Coordinate(p.Longitude, p.Latitude))]);

    internal static TerritoryShape Shape(string territory, Geometry geometry) => new(TerritoryId.Parse(territory), geometry);
}
