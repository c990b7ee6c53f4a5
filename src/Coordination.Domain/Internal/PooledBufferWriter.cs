using System;
using System.Buffers;

namespace Coordination.Domain.Internal;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of bytes over arrays rented from <see cref="ArrayPool{T}.Shared"/>, grown by
/// doubling (the rented arrays go back to the pool), so that writing a document allocates little more than
/// its result. Not thread-safe; dispose it to return the array.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer;
    private int written;

    /// <summary>Creates the writer with a first array of at least <paramref name="initialCapacity"/> bytes.</summary>
    /// <param name="initialCapacity">The first array's least length.</param>
    internal PooledBufferWriter(int initialCapacity) => buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>Gets the bytes written so far.</summary>
    internal ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    /// <summary>Gets the bytes written so far.</summary>
    internal ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

    /// <summary>Gets how many bytes were written so far.</summary>
    internal int WrittenCount => written;

    /// <summary>Forgets the bytes written, keeping the array.</summary>
    internal void Clear() => written = 0;

    /// <inheritdoc />
    public void Advance(int count)
    {
        if (count < 0 || count > buffer.Length - written)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Cannot advance past the end of the buffer ({buffer.Length - written} bytes left).");
        }

        written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(written);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        written = 0;
        // Stryker disable once all : what goes back to the shared pool (and whether the empty array does) cannot be observed
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        // At most Array.MaxLength: a longer document fails in the writer, which finds the buffer too small.
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(2L * buffer.Length, (long)written + needed), Array.MaxLength));
        buffer.AsSpan(0, written).CopyTo(larger);
        var old = buffer;
        buffer = larger;
        // Stryker disable once all : what goes back to the shared pool (and whether the empty array does) cannot be observed
        if (old.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(old);
        }
    }
}
