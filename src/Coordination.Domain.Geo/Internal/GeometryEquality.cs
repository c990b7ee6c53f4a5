using System;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Internal;

/// <summary>
/// Equality of the NetTopologySuite geometries the Geo records hold: exact, vertex by vertex
/// (<see cref="Geometry.EqualsExact(Geometry)"/>), since <c>Geometry.Equals(Geometry)</c> is topological. Arrays are
/// compared by the core's <c>Coordination.Domain.Internal.Equality</c>, compiled in from its source (see the project file).
/// </summary>
internal static class GeometryEquality
{
    internal static bool Equal(Geometry? left, Geometry? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.EqualsExact(right));

    /// <summary>A hash consistent with <see cref="Equal"/>: the type, the number of points and the envelope.</summary>
    internal static int Hash(Geometry? geometry) =>
        geometry is null ? 0 : HashCode.Combine(geometry.GeometryType, geometry.NumPoints, geometry.EnvelopeInternal);
}
