using System;
using System.Collections.Immutable;
using Coordination.Domain.Internal;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Internal;

public sealed class EqualityTests
{
    [Fact]
    public void Default_and_empty_arrays_are_the_same_sequence_with_the_same_hash()
    {
        Assert.True(Equality.Sequence(default(ImmutableArray<int>), []));
        Assert.True(Equality.Sequence([], default(ImmutableArray<int>)));
        Assert.Equal(0, Equality.Hash(default(ImmutableArray<int>)));
        Assert.Equal(0, Equality.Hash(ImmutableArray<int>.Empty));
    }

    [Fact]
    public void A_default_or_empty_array_differs_from_one_with_items_either_way()
    {
        Assert.False(Equality.Sequence(default, [1]));
        Assert.False(Equality.Sequence([1], default));
        Assert.False(Equality.Sequence([], [1]));
        Assert.False(Equality.Sequence([1], []));
    }

    [Fact]
    public void Sequences_compare_length_then_items_in_order()
    {
        Assert.True(Equality.Sequence([1, 2], [1, 2]));
        Assert.False(Equality.Sequence([1], [1, 2]));
        Assert.False(Equality.Sequence([1, 2], [1]));
        Assert.False(Equality.Sequence([1, 2], [2, 1]));
        Assert.False(Equality.Sequence([1, 2], [1, 3]));
        Assert.True(Equality.Sequence(["a", null], ["a", null]));
    }

    [Fact]
    public void The_hash_depends_on_the_items_and_their_order()
    {
        Assert.NotEqual(Equality.Hash([1]), Equality.Hash([2]));
        Assert.NotEqual(Equality.Hash([1, 2]), Equality.Hash([2, 1]));
        Assert.NotEqual(0, Equality.Hash([0]));
    }

    [Property]
    public bool Equal_sequences_have_equal_hashes(int[] items)
    {
        var a = ImmutableArray.Create(items);
        var b = ImmutableArray.Create((int[])items.Clone());
        return Equality.Sequence(a, b) && Equality.Hash(a) == Equality.Hash(b);
    }
}
