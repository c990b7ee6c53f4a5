using FsCheck;
using FsCheck.Fluent;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Testing;

/// <summary>
/// FsCheck arbitraries of geometry, for <c>[Property(Arbitrary = new[] { typeof(GeometryArbitraries) })]</c>
/// (points come from <see cref="ValueArbitraries"/>; <see cref="GeometryGenerators.PointsInIraq"/> narrows them).
/// </summary>
public static class GeometryArbitraries
{
    /// <summary>Line strings a trace accepts (see <see cref="GeometryGenerators.LineStrings"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LineString> LineString() => GeometryGenerators.LineStrings().ToArbitrary();

    /// <summary>Multi-line strings a trace accepts (see <see cref="GeometryGenerators.MultiLineStrings"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MultiLineString> MultiLineString() => GeometryGenerators.MultiLineStrings().ToArbitrary();

    /// <summary>Simple polygons (see <see cref="GeometryGenerators.Polygons"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Polygon> Polygon() => GeometryGenerators.Polygons().ToArbitrary();

    /// <summary>Geometries a trace refuses, with the refusal (see <see cref="GeometryGenerators.MalformedTraceGeometries"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MalformedGeometry> Malformed() => GeometryGenerators.MalformedTraceGeometries().ToArbitrary();
}
