using System;
using System.IO;
using System.Linq;
using Coordination.Domain.Serialization;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// A read-only stream of <c>count</c> JSON Lines incidents made on the fly from a cycle of 1 000
/// pre-written lines, so that the input of a streaming benchmark never sits in memory.
/// </summary>
public sealed class SyntheticJsonLinesStream : Stream
{
    private static readonly byte[][] Lines = CreateLines();

    private readonly long count;
    private long line;
    private int offset;

    public SyntheticJsonLinesStream(long count) => this.count = count;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && line < count)
        {
            var source = Lines[line % Lines.Length].AsSpan(offset);
            var n = Math.Min(source.Length, buffer.Length - written);
            source[..n].CopyTo(buffer[written..]);
            written += n;
            offset += n;
            if (offset == Lines[line % Lines.Length].Length)
            {
                line++;
                offset = 0;
            }
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[][] CreateLines()
    {
        using var stream = new MemoryStream();
        CoordinationJson.WriteIncidentsAsync(stream, SyntheticCatalog.Incidents(1_000).ToAsyncEnumerable()).GetAwaiter().GetResult();
        var text = stream.ToArray();
        var lines = new System.Collections.Generic.List<byte[]>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        return [.. lines];
    }
}
