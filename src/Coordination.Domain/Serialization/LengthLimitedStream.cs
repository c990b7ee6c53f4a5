using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination.Domain.Serialization;

/// <summary>A read-only view of a stream that refuses, with a <see cref="JsonException"/>, to read past a number of bytes.</summary>
internal sealed class LengthLimitedStream(Stream inner, long maxBytes) : Stream
{
    private long read;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => Count(inner.Read(Limit(buffer)));

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(Limit(buffer), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Reads at most one byte past the limit, so that a document of exactly the limit is accepted.
    private Span<byte> Limit(Span<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, maxBytes - read + 1)];

    private Memory<byte> Limit(Memory<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, maxBytes - read + 1)];

    private int Count(int bytes)
    {
        read += bytes;
        return read > maxBytes ? throw CoordinationJson.TooLong(maxBytes) : bytes;
    }
}
