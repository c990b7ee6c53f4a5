using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Coordination.Domain.Geography;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Coordination.Domain.Geo;

/// <summary>
/// Distances and lengths in kilometres — never degrees. Both are measured on the sphere of radius
/// <see cref="GeoPoint.MeanEarthRadiusMetres"/> (the one <see cref="GeoPoint.DistanceTo"/> uses): lengths sum the
/// great-circle distances between consecutive vertices, and a distance from a point to a geometry is the great-circle
/// distance to the nearest point of its nearest edge (each edge taken as the great-circle arc between its ends). The
/// sphere is within 0.5% of the WGS 84 ellipsoid; an edge's great-circle arc and its straight line in longitude and
/// latitude part by a few metres for the edges of the embedded boundaries (see <c>docs/geo.md</c>).
/// </summary>
/// <remarks>
/// Geometries are in WGS 84 with longitude as X and latitude as Y. Whether a point lies inside a polygon is decided in
/// longitude and latitude, as GeoJSON draws it. Geometries that cross the antimeridian are not supported (nothing in
/// Iraq does). The geometries passed are treated as immutable: the unit vectors of a large geometry's vertices are
/// cached against the instance, so changing a geometry's coordinates after measuring it gives stale results.
/// </remarks>
public static class GeoMeasure
{
    private const double EarthRadiusKm = GeoPoint.MeanEarthRadiusMetres / 1000.0;
    private const double DegreesToRadians = Math.PI / 180.0;
    private const int CacheFromPoints = 32;

    private static readonly ConditionalWeakTable<Geometry, Prepared> Cache = [];

    /// <summary>Measures the shortest distance from a point to a geometry.</summary>
    /// <param name="point">The point.</param>
    /// <param name="geometry">The geometry (WGS 84, longitude as X).</param>
    /// <returns>The distance in kilometres; 0 when the point lies on or inside the geometry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="geometry"/> is empty, or has a coordinate that is NaN,
    /// infinite or outside the range of longitude (−180 to 180) or latitude (−90 to 90).</exception>
    public static double DistanceKm(GeoPoint point, Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.IsEmpty)
        {
            throw new ArgumentException("The geometry is empty: there is nothing to measure a distance to.", nameof(geometry));
        }

        var prepared = Prepare(geometry);
        var coordinate = new Coordinate(point.Longitude, point.Latitude);
        if (prepared.Areal is { } areal)
        {
            foreach (var locator in areal)
            {
                if (locator.Locate(coordinate) != Location.Exterior)
                {
                    return 0.0;
                }
            }
        }

        var p = UnitVector(point.Longitude, point.Latitude);
        var best = double.PositiveInfinity; // the squared chord to the nearest point found, monotone in the angle
        foreach (var vertex in prepared.Points)
        {
            best = Math.Min(best, Vector.SquaredDistance(p, vertex));
        }

        foreach (var arc in prepared.Arcs)
        {
            best = Math.Min(best, arc.SquaredChordTo(p));
        }

        return 2 * Math.Asin(Math.Min(1.0, Math.Sqrt(best) / 2)) * EarthRadiusKm;
    }

    /// <summary>Measures the length of a lineal geometry on the sphere.</summary>
    /// <param name="geometry">The geometry (WGS 84, longitude as X).</param>
    /// <returns>The length in kilometres (0 for points and empty geometries; the perimeter for polygons).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="geometry"/> has a coordinate that is NaN, infinite or out
    /// of range.</exception>
    public static double LengthKm(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var length = 0.0;
        foreach (var sequence in Sequences(geometry))
        {
            for (var i = 1; i < sequence.Count; i++)
            {
                length += HaversineKm(sequence.GetX(i - 1), sequence.GetY(i - 1), sequence.GetX(i), sequence.GetY(i));
            }

            if (sequence.Count == 1)
            {
                CheckCoordinate(sequence.GetX(0), sequence.GetY(0), nameof(geometry));
            }
        }

        return length;

        static double HaversineKm(double lon1, double lat1, double lon2, double lat2)
        {
            CheckCoordinate(lon1, lat1, nameof(geometry));
            CheckCoordinate(lon2, lat2, nameof(geometry));
            var phi1 = lat1 * DegreesToRadians;
            var phi2 = lat2 * DegreesToRadians;
            var sinHalfDLat = Math.Sin((phi2 - phi1) / 2);
            var sinHalfDLon = Math.Sin((lon2 - lon1) * DegreesToRadians / 2);
            var h = (sinHalfDLat * sinHalfDLat) + (Math.Cos(phi1) * Math.Cos(phi2) * sinHalfDLon * sinHalfDLon);
            return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Clamp(h, 0.0, 1.0)));
        }
    }

    /// <summary>Cuts the part of a line that lies within a shape (its boundary included).</summary>
    /// <param name="line">The line (lineal, WGS 84; only its lineal parts are cut).</param>
    /// <param name="shape">The shape (polygonal, WGS 84; any other geometry cuts the parts of the line it overlaps).</param>
    /// <returns>The stretch within the shape, lineal: a <see cref="LineString"/> when it is one piece, else a
    /// <see cref="MultiLineString"/> whose pieces run in the direction of <paramref name="line"/> and in order along
    /// it; an empty <see cref="LineString"/> when the line does not enter the shape (touching it at a point is not
    /// entering).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Geometry StretchWithin(Geometry line, Geometry shape)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(shape);
        var factory = line.Factory;
        // Stryker disable once Logical,Block : a shortcut; the overlay below gives the same empty line for an empty line, an empty shape or disjoint envelopes
        if (line.IsEmpty || shape.IsEmpty || !line.EnvelopeInternal.Intersects(shape.EnvelopeInternal))
        {
            return factory.CreateLineString();
        }

        var intersection = OverlayNGRobust.Overlay(line, shape, SpatialFunction.Intersection);
        var merger = new LineMerger();
        foreach (var piece in LinearPieces(intersection))
        {
            merger.Add(piece);
        }

        var indexed = new LocationIndexedLine(line);
        var pieces = new List<(LinearLocation Start, LineString Piece)>();
        foreach (var merged in merger.GetMergedLineStrings().Cast<LineString>())
        {
            if (merged.IsEmpty || merged.Length == 0)
            {
                continue;
            }

            var start = indexed.Project(merged.StartPoint.Coordinate);
            var end = indexed.Project(merged.EndPoint.Coordinate);
            var piece = !merged.IsClosed && end.CompareTo(start) < 0 ? (LineString)merged.Reverse() : merged;
            pieces.Add((start.CompareTo(end) <= 0 ? start : end, piece));
        }

        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
        return pieces.Count switch
        {
            0 => factory.CreateLineString(),
            1 => pieces[0].Piece,
            _ => factory.CreateMultiLineString([.. pieces.Select(p => p.Piece)]),
        };
    }

    private static IEnumerable<LineString> LinearPieces(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var part = geometry.GetGeometryN(i);
            if (part is LineString { IsEmpty: false } lineString)
            {
                yield return lineString;
            }
            else if (part is GeometryCollection collection && !ReferenceEquals(collection, geometry))
            {
                foreach (var inner in LinearPieces(collection))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<CoordinateSequence> Sequences(Geometry geometry)
    {
        switch (geometry)
        {
            case Point point:
                yield return point.CoordinateSequence;
                break;
            case LineString lineString:
                yield return lineString.CoordinateSequence;
                break;
            case Polygon polygon:
                yield return polygon.ExteriorRing.CoordinateSequence;
                foreach (var hole in polygon.InteriorRings)
                {
                    yield return hole.CoordinateSequence;
                }

                break;
            case GeometryCollection collection:
                foreach (var part in collection.Geometries)
                {
                    foreach (var sequence in Sequences(part))
                    {
                        yield return sequence;
                    }
                }

                break;
        }
    }

    private static Prepared Prepare(Geometry geometry)
    {
        if (Cache.TryGetValue(geometry, out var cached))
        {
            return cached;
        }

        var points = new List<Vector>();
        var arcs = new List<Arc>();
        foreach (var sequence in Sequences(geometry))
        {
            var previous = default(Vector);
            for (var i = 0; i < sequence.Count; i++)
            {
                var x = sequence.GetX(i);
                var y = sequence.GetY(i);
                CheckCoordinate(x, y, nameof(geometry));
                var vertex = UnitVector(x, y);
                if (i > 0)
                {
                    arcs.Add(Arc.Between(previous, vertex));
                }

                previous = vertex;
            }

            if (sequence.Count == 1)
            {
                points.Add(previous);
            }
        }

        var polygons = new List<IPointOnGeometryLocator>();
        CollectPolygons(geometry, polygons);
        var prepared = new Prepared([.. points], [.. arcs], polygons.Count == 0 ? null : [.. polygons]);
        if (geometry.NumPoints >= CacheFromPoints)
        {
            Cache.AddOrUpdate(geometry, prepared);
        }

        return prepared;
    }

    private static void CollectPolygons(Geometry geometry, List<IPointOnGeometryLocator> locators)
    {
        if (geometry is Polygon { IsEmpty: false } polygon)
        {
            locators.Add(polygon.NumPoints >= CacheFromPoints ? new IndexedPointInAreaLocator(polygon) : new SimplePointInAreaLocator(polygon));
        }
        else if (geometry is GeometryCollection collection)
        {
            foreach (var part in collection.Geometries)
            {
                CollectPolygons(part, locators);
            }
        }
    }

    internal static void CheckCoordinate(double x, double y, string paramName)
    {
        if (!(x >= -180.0 && x <= 180.0) || !(y >= -90.0 && y <= 90.0))
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The geometry has a coordinate ({x}, {y}) that is not a longitude in [-180, 180] and a latitude in [-90, 90]."),
                paramName);
        }
    }

    private static Vector UnitVector(double longitude, double latitude)
    {
        var lambda = longitude * DegreesToRadians;
        var phi = latitude * DegreesToRadians;
        var cosPhi = Math.Cos(phi);
        return new Vector(cosPhi * Math.Cos(lambda), cosPhi * Math.Sin(lambda), Math.Sin(phi));
    }

    /// <summary>
    /// A great-circle arc between two unit vectors, with what the distance to it needs computed once: the unit normal
    /// of its plane and the normals of the two planes through its ends perpendicular to it.
    /// </summary>
    private readonly record struct Arc(Vector A, Vector B, Vector Normal, Vector AfterA, Vector BeforeB, bool Degenerate)
    {
        public static Arc Between(Vector a, Vector b)
        {
            var n = Vector.Cross(a, b);
            var norm = n.Norm;
            if (norm < 1e-15)
            {
                return new Arc(a, b, default, default, default, true);
            }

            n = new Vector(n.X / norm, n.Y / norm, n.Z / norm);
            return new Arc(a, b, n, Vector.Cross(n, a), Vector.Cross(b, n), false);
        }

        /// <summary>The squared chord from <paramref name="p"/> to the nearest point of the arc.</summary>
        public double SquaredChordTo(Vector p)
        {
            // The foot of the perpendicular lies on the arc when p is on the inner side of both ends:
            // (a × p) · n = p · (n × a) ≥ 0 and (p × b) · n = p · (b × n) ≥ 0.
            // The ends are always measured too, so that a vertex is at distance 0 exactly, not at a rounding error.
            var ends = Math.Min(Vector.SquaredDistance(p, A), Vector.SquaredDistance(p, B));
            if (!Degenerate && Vector.Dot(p, AfterA) >= 0 && Vector.Dot(p, BeforeB) >= 0)
            {
                var sine = Math.Min(1.0, Math.Abs(Vector.Dot(p, Normal)));
                return Math.Min(ends, 2 * sine * sine / (1 + Math.Sqrt(1 - (sine * sine))));
            }

            return ends;
        }
    }

    private readonly record struct Vector(double X, double Y, double Z)
    {
        public double Norm => Math.Sqrt((X * X) + (Y * Y) + (Z * Z));

        public static Vector Cross(Vector a, Vector b) =>
            new((a.Y * b.Z) - (a.Z * b.Y), (a.Z * b.X) - (a.X * b.Z), (a.X * b.Y) - (a.Y * b.X));

        public static double Dot(Vector a, Vector b) => (a.X * b.X) + (a.Y * b.Y) + (a.Z * b.Z);

        public static double SquaredDistance(Vector a, Vector b)
        {
            var (dx, dy, dz) = (a.X - b.X, a.Y - b.Y, a.Z - b.Z);
            return (dx * dx) + (dy * dy) + (dz * dz);
        }
    }

    private sealed record Prepared(Vector[] Points, Arc[] Arcs, IPointOnGeometryLocator[]? Areal);
}
