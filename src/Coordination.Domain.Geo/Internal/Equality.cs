using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Internal;

/// <summary>
/// Structural equality for the members of the Geo records: immutable arrays (records compare them by reference) and
/// NetTopologySuite geometries (compared exactly, vertex by vertex, with <see cref="Geometry.EqualsExact(Geometry)"/>).
/// </summary>
internal static class Equality
{
    internal static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static int Hash<T>(ImmutableArray<T> array)
    {
        if (array.IsDefaultOrEmpty)
        {
            return 0;
        }

        var hash = default(HashCode);
        foreach (var item in array)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    internal static bool Geometries(Geometry? left, Geometry? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.EqualsExact(right));

    /// <summary>A hash consistent with <see cref="Geometries"/>: the type, the number of points and the envelope.</summary>
    internal static int Hash(Geometry? geometry) =>
        geometry is null ? 0 : HashCode.Combine(geometry.GeometryType, geometry.NumPoints, geometry.EnvelopeInternal);
}
