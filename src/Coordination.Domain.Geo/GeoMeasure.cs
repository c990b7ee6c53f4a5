using System;
using Coordination.Domain.Geography;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo;

/// <summary>
/// Distances and lengths in kilometres — never degrees. Lengths are summed on the sphere; distances from a point
/// to a geometry are measured in a metric projection suited to Iraq (see <c>docs/geo.md</c> for the projection
/// and its error).
/// </summary>
public static class GeoMeasure
{
    /// <summary>Measures the shortest distance from a point to a geometry.</summary>
    /// <param name="point">The point.</param>
    /// <param name="geometry">The geometry (WGS 84, longitude as X).</param>
    /// <returns>The distance in kilometres; 0 when the point lies on or inside the geometry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="geometry"/> is empty.</exception>
    public static double DistanceKm(GeoPoint point, Geometry geometry) => throw new NotImplementedException();

    /// <summary>Measures the length of a lineal geometry on the sphere.</summary>
    /// <param name="geometry">The geometry (WGS 84, longitude as X).</param>
    /// <returns>The length in kilometres (0 for points and empty geometries; the perimeter for polygons).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is <see langword="null"/>.</exception>
    public static double LengthKm(Geometry geometry) => throw new NotImplementedException();

    /// <summary>Cuts the part of a line that lies within a shape.</summary>
    /// <param name="line">The line (lineal, WGS 84).</param>
    /// <param name="shape">The shape (polygonal, WGS 84).</param>
    /// <returns>The stretch within the shape, lineal; empty when the line does not enter it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Geometry StretchWithin(Geometry line, Geometry shape) => throw new NotImplementedException();
}
