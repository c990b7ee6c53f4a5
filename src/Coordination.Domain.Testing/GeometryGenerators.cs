using System;
using System.Linq;
using Coordination.Domain.Geo;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using FsCheck;
using FsCheck.Fluent;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Testing;

/// <summary>
/// Generators of geometry for Coordination.Domain.Geo: points in and out of Iraq, line strings and multi-line strings
/// that <see cref="LineTrace"/> accepts, traces, simple polygons, and geometries a trace refuses paired with the refusal.
/// </summary>
/// <remarks>Coordinates are WGS 84 with longitude as X, on a grid of 10⁻⁶ degrees (what GeoJSON keeps, 6 decimal
/// places), so that a geometry written and read back is equal vertex for vertex. Consecutive vertices are distinct.</remarks>
public static class GeometryGenerators
{
    private const double South = 29.06, West = 38.79, North = 37.38, East = 48.57;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly double[] BadLatitudes = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 90.000001, -91.0, 1e300];
    private static readonly double[] BadLongitudes = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 180.000001, -180.5, -1e300];

    /// <summary>Gets the box around Iraq the points in Iraq are drawn from (south, west, north, east, in degrees).</summary>
    public static (double South, double West, double North, double East) IraqBounds => (South, West, North, East);

    /// <summary>Generates points within one of Iraq's governorates (<see cref="TerritoryGeometry.IraqGovernorates"/> locates each).</summary>
    /// <returns>The generator.</returns>
    public static Gen<GeoPoint> PointsInIraq() =>
        GridPoint(South, West, North, East).Where(p => TerritoryGeometry.IraqGovernorates.Locate(p) is not null);

    /// <summary>Generates points that no governorate of Iraq holds: most of them outside <see cref="IraqBounds"/>,
    /// anywhere on the globe (the poles and the antimeridian included), some in the box but across the border.</summary>
    /// <returns>The generator.</returns>
    public static Gen<GeoPoint> PointsOutsideIraq() =>
        Gen.OneOf(
            GridPoint(-90, -180, 90, 180),
            Gen.Elements(new GeoPoint(90, 0), new GeoPoint(-90, 0), new GeoPoint(0, 180), new GeoPoint(0, -180), new GeoPoint(33.5, 36.3), new GeoPoint(35.7, 51.4)),
            GridPoint(South - 1, West - 1, North + 1, East + 1))
        .Where(p => TerritoryGeometry.IraqGovernorates.Locate(p) is null);

    /// <summary>Generates coordinates (X longitude, Y latitude) within <see cref="IraqBounds"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Coordinate> Coordinates() =>
        GridPoint(South, West, North, East).Select(p => new Coordinate(p.Longitude, p.Latitude));

    /// <summary>Generates line strings of 2 to <paramref name="maxVertices"/> vertices within <see cref="IraqBounds"/>, no two consecutive vertices equal.</summary>
    /// <param name="maxVertices">The most vertices (at least 2).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxVertices"/> is less than 2.</exception>
    public static Gen<LineString> LineStrings(int maxVertices = 12)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxVertices, 2);
        return from n in Gen.Choose(2, maxVertices)
               from coordinates in Coordinates().ArrayOf(n)
               where coordinates.Zip(coordinates.Skip(1)).All(p => !p.First.Equals2D(p.Second))
               select Factory.CreateLineString(coordinates);
    }

    /// <summary>Generates multi-line strings of 1 to 4 <see cref="LineStrings(int)"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<MultiLineString> MultiLineStrings() =>
        from n in Gen.Choose(1, 4)
        from parts in LineStrings(8).ArrayOf(n)
        select Factory.CreateMultiLineString(parts);

    /// <summary>Generates geometries a <see cref="LineTrace"/> accepts: line strings and multi-line strings.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Geometry> TraceGeometries() =>
        Gen.Frequency((3, LineStrings().Select(l => (Geometry)l)), (1, MultiLineStrings().Select(m => (Geometry)m)));

    /// <summary>Generates traces of <paramref name="line"/> over <see cref="TraceGeometries"/>, without sources or inference.</summary>
    /// <param name="line">The line traced.</param>
    /// <returns>The generator.</returns>
    public static Gen<LineTrace> LineTraces(CoordinationLineId line) =>
        TraceGeometries().Select(g => new LineTrace { Line = line, Geometry = g });

    /// <summary>Generates simple polygons (no hole, the shell not crossing itself, valid by <see cref="Geometry.IsValid"/>)
    /// within <see cref="IraqBounds"/>: 3 to 12 vertices at distinct angles around a centre, shells counter-clockwise.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Polygon> Polygons() =>
        from centre in GridPoint(South + 1, West + 1, North - 1, East - 1)
        from n in Gen.Choose(3, 12)
        from angles in Gen.Choose(0, 359).ArrayOf(n)
        from radii in Gen.Choose(10_000, 1_000_000).ArrayOf(n)
        let distinct = angles.Distinct().Order().ToArray()
        where distinct.Length >= 3
        let ring = distinct.Select((a, i) => new Coordinate(
                Grid(centre.Longitude + (radii[i] / 1e6 * Math.Cos(a * Math.PI / 180))),
                Grid(centre.Latitude + (radii[i] / 1e6 * Math.Sin(a * Math.PI / 180)))))
            .ToArray()
        let closed = (Coordinate[])[.. ring, ring[0]]
        let polygon = Factory.CreatePolygon(NetTopologySuite.Algorithm.Orientation.IsCCW(closed) ? closed : [.. closed.Reverse()])
        where polygon.IsValid
        select polygon;

    /// <summary>Generates geometries a trace refuses — <see langword="null"/>, a point or a polygon, an empty line, a NaN,
    /// infinite or out-of-range coordinate somewhere in a valid line — each with the refusal <see cref="LineTrace.Geometry"/> documents.</summary>
    /// <returns>The generator.</returns>
    public static Gen<MalformedGeometry> MalformedTraceGeometries() =>
        from line in LineStrings()
        from polygon in Polygons()
        from at in Gen.Choose(0, line.NumPoints - 1)
        from onY in Gen.Elements(true, false)
        from bad in onY ? Gen.Elements(BadLatitudes) : Gen.Elements(BadLongitudes)
        from kind in Gen.Choose(0, 6)
        select kind switch
        {
            0 => new MalformedGeometry("null", null, typeof(ArgumentNullException), "value"),
            1 => new MalformedGeometry("a point", Factory.CreatePoint(line.Coordinates[0]), typeof(ArgumentException), "not a Point"),
            2 => new MalformedGeometry("a polygon", polygon, typeof(ArgumentException), "not a Polygon"),
            3 => new MalformedGeometry("an empty line string", Factory.CreateLineString(), typeof(ArgumentException), "empty LineString"),
            4 => new MalformedGeometry("an empty multi-line string", Factory.CreateMultiLineString(Array.Empty<LineString>()), typeof(ArgumentException), "empty MultiLineString"),
            5 => new MalformedGeometry($"a multi-line string with {Describe(bad, onY)}", Factory.CreateMultiLineString([line, WithBad(line, at, bad, onY)]), typeof(ArgumentException), "not a longitude in [-180, 180] and a latitude in [-90, 90]"),
            _ => new MalformedGeometry($"a line string with {Describe(bad, onY)}", WithBad(line, at, bad, onY), typeof(ArgumentException), "not a longitude in [-180, 180] and a latitude in [-90, 90]"),
        };

    private static string Describe(double bad, bool onY) => $"a {(onY ? "latitude" : "longitude")} of {bad.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static LineString WithBad(LineString line, int at, double bad, bool onY)
    {
        var coordinates = line.Coordinates.Select(c => c.Copy()).ToArray();
        if (onY)
        {
            coordinates[at].Y = bad;
        }
        else
        {
            coordinates[at].X = bad;
        }

        return Factory.CreateLineString(coordinates);
    }

    private static double Grid(double degrees) => Math.Round(degrees * 1e6) / 1e6;

    private static Gen<GeoPoint> GridPoint(double south, double west, double north, double east) =>
        from lat in Gen.Choose(0, 1_000_000)
        from lon in Gen.Choose(0, 1_000_000)
        select new GeoPoint(Grid(south + ((north - south) * lat / 1e6)), Grid(west + ((east - west) * lon / 1e6)));
}
