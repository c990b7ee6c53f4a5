using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Coordination.Domain.Internal;

/// <summary>Structural equality for the immutable arrays records hold (records compare arrays by reference).</summary>
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
}
