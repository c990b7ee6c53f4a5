using System;
using System.Linq;
using Coordination.Domain.Internal;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Internal;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Bytes_written_through_spans_and_memory_come_back_in_order()
    {
        using var writer = new PooledBufferWriter(4);

        writer.GetSpan()[0] = 1;
        writer.Advance(1);
        writer.GetMemory(2).Span[..2].Fill(2);
        writer.Advance(2);

        Assert.Equal([1, 2, 2], writer.WrittenSpan.ToArray());
        Assert.Equal([1, 2, 2], writer.WrittenMemory.ToArray());
        Assert.Equal(3, writer.WrittenCount);
    }

    [Fact]
    public void A_span_asked_for_is_at_least_as_long_as_the_hint_and_never_empty()
    {
        using var writer = new PooledBufferWriter(16);
        var first = writer.GetSpan().Length;
        writer.Advance(first);

        Assert.True(writer.GetSpan().Length >= 1);
        Assert.True(writer.GetSpan(first * 3).Length >= first * 3);
        Assert.True(writer.GetMemory(first * 5).Length >= first * 5);
    }

    [Fact]
    public void A_hint_that_exactly_fits_the_space_left_does_not_grow_the_buffer()
    {
        using var writer = new PooledBufferWriter(16);
        var capacity = writer.GetSpan().Length;
        writer.Advance(capacity - 4);

        Assert.Equal(4, writer.GetSpan(4).Length);
        Assert.Equal(4, writer.GetMemory(4).Length);
        Assert.Equal(4, writer.GetSpan().Length);
        Assert.True(writer.GetSpan(5).Length >= 5);
    }

    [Fact]
    public void Growing_keeps_what_was_written_and_at_least_doubles()
    {
        using var writer = new PooledBufferWriter(16);
        var capacity = writer.GetSpan().Length;
        var bytes = Enumerable.Range(0, capacity).Select(i => (byte)i).ToArray();
        bytes.CopyTo(writer.GetSpan());
        writer.Advance(capacity);

        var next = writer.GetSpan(1);

        Assert.True(next.Length >= capacity, $"{next.Length} bytes left after growing a buffer of {capacity}");
        Assert.True(next.Length <= 4 * capacity, $"{next.Length} bytes left after growing a buffer of {capacity}: it should about double, not jump");
        Assert.Equal(bytes, writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advancing_backwards_or_past_the_end_is_refused_and_changes_nothing()
    {
        using var writer = new PooledBufferWriter(8);
        var free = writer.GetSpan().Length;
        writer.Advance(2);

        var backwards = Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
        var tooFar = Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(free - 1));

        Assert.Equal("count", backwards.ParamName);
        Assert.Contains($"({free - 2} bytes left)", tooFar.Message, StringComparison.Ordinal);
        Assert.Equal(2, writer.WrittenCount);
        writer.Advance(free - 2);
        Assert.Equal(free, writer.WrittenCount);
        writer.Advance(0);
        Assert.Equal(free, writer.WrittenCount);
    }

    [Fact]
    public void Clear_forgets_the_bytes_and_dispose_leaves_an_empty_writer()
    {
        var writer = new PooledBufferWriter(8);
        writer.GetSpan()[0] = 7;
        writer.Advance(1);

        writer.Clear();
        Assert.Equal(0, writer.WrittenCount);
        Assert.True(writer.GetSpan().Length >= 8);

        writer.Dispose();
        Assert.Equal(0, writer.WrittenCount);
        Assert.True(writer.WrittenSpan.IsEmpty);
        writer.Dispose(); // a second dispose returns nothing twice
        Assert.True(writer.GetSpan().Length >= 1); // and the writer can still grow from nothing
    }

    [Property(MaxTest = 200)]
    public bool Any_sequence_of_writes_reads_back_as_their_concatenation(byte[][] chunks)
    {
        using var writer = new PooledBufferWriter(1);
        foreach (var chunk in chunks.Where(c => c is not null))
        {
            chunk.CopyTo(writer.GetSpan(chunk.Length));
            writer.Advance(chunk.Length);
        }

        return writer.WrittenSpan.SequenceEqual(chunks.Where(c => c is not null).SelectMany(c => c).ToArray());
    }
}
