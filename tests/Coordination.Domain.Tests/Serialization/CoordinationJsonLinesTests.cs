using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Incidents;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class CoordinationJsonLinesTests
{
    private static readonly Incident[] Incidents = [.. GoldenCatalog.Create().Incidents];

    [Fact]
    public async Task Each_incident_is_written_as_one_compact_line_ending_in_a_line_feed()
    {
        var text = Encoding.UTF8.GetString(await Write(Incidents));
        var lines = text.Split('\n');
        Assert.Equal(Incidents.Length + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.All(lines[..^1], line => Assert.StartsWith("{\"id\":", line, StringComparison.Ordinal));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.False(text.StartsWith('\uFEFF'));
    }

    [Fact]
    public async Task Blank_lines_carriage_returns_a_byte_order_mark_and_a_missing_last_line_feed_are_read()
    {
        var lines = Encoding.UTF8.GetString(await Write(Incidents)).TrimEnd('\n').Split('\n');
        var text = "\uFEFF" + lines[0] + "\r\n\r\n   \n" + lines[1];
        var read = await Read(Encoding.UTF8.GetBytes(text));
        Assert.Equal(Incidents, read);
    }

    [Fact]
    public async Task A_bad_line_fails_naming_its_line_and_the_path_within_it_after_the_incidents_before_it()
    {
        var good = Encoding.UTF8.GetString(await Write(Incidents[..1]));
        var bad = good.Replace("\"armedClash\"", "\"battle\"", StringComparison.Ordinal);
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(good + "\n" + bad));
        var read = new List<Incident>();
        var error = await Assert.ThrowsAnyAsync<JsonException>(async () =>
        {
            await foreach (var incident in CoordinationJson.ReadIncidentsAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
            {
                read.Add(incident);
            }
        });
        Assert.Single(read);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal("$.kind", error.Path);
        Assert.StartsWith("Line 3 of the JSON Lines stream: 'battle' is not a IncidentKind", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("[]", "could not be converted")]
    [InlineData("{\"id\":\"x\"}", "missing required properties")]
    public async Task A_line_that_is_not_one_incident_is_refused(string line, string message)
    {
        var error = await Assert.ThrowsAnyAsync<JsonException>(() => Read(Encoding.UTF8.GetBytes(line)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.LineNumber);
    }

    [Fact]
    public async Task Two_incidents_on_one_line_are_refused()
    {
        var line = Encoding.UTF8.GetString(await Write(Incidents[..1])).TrimEnd('\n');
        var error = await Assert.ThrowsAnyAsync<JsonException>(() => Read(Encoding.UTF8.GetBytes(line + " " + line)));
        Assert.Contains("after a single JSON value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_refused_before_it_is_buffered_whole()
    {
        var limits = new CoordinationJsonReaderOptions { MaxLineBytes = 1024 };
        var endless = new RepeatingStream((byte)' ', totalBytes: 64L * 1024 * 1024);
        var error = await Assert.ThrowsAnyAsync<JsonException>(async () =>
        {
            await foreach (var _ in CoordinationJson.ReadIncidentsAsync(endless, limits, TestContext.Current.CancellationToken))
            {
            }
        });
        Assert.Contains("MaxLineBytes", error.Message, StringComparison.Ordinal);
        Assert.True(endless.Position < 1024 * 1024, $"Read {endless.Position} bytes before refusing.");
    }

    [Fact]
    public async Task Incidents_are_returned_as_the_stream_is_read_not_after_it_ends()
    {
        var firstLine = await Write(Incidents[..1]);
        var stream = new FailingAfterStream(firstLine);
        var read = new List<Incident>();
        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var incident in CoordinationJson.ReadIncidentsAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
            {
                read.Add(incident);
            }
        });
        Assert.Equal(Incidents[..1], read);
    }

    [Fact]
    public async Task A_null_incident_is_refused_when_writing()
    {
        var error = await Assert.ThrowsAnyAsync<JsonException>(() => Write([Incidents[0], null!]));
        Assert.Contains("Incident 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked_before_enumeration()
    {
        Assert.Throws<ArgumentNullException>(() => CoordinationJson.ReadIncidentsAsync(null!, cancellationToken: TestContext.Current.CancellationToken));
    }

    private static async Task<byte[]> Write(IEnumerable<Incident> incidents)
    {
        using var stream = new MemoryStream();
        await CoordinationJson.WriteIncidentsAsync(stream, incidents.ToAsyncEnumerable(), TestContext.Current.CancellationToken);
        return stream.ToArray();
    }

    private static async Task<List<Incident>> Read(byte[] bytes) => await CoordinationJson.ReadIncidentsAsync(new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

    /// <summary>A stream of one byte repeated, counting what was read.</summary>
    private sealed class RepeatingStream(byte value, long totalBytes) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => totalBytes;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, totalBytes - position);
            buffer.AsSpan(offset, n).Fill(value);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that serves some bytes, then fails as a broken connection would.</summary>
    private sealed class FailingAfterStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= bytes.Length)
            {
                throw new IOException("The connection was reset.");
            }

            var n = Math.Min(count, bytes.Length - position);
            bytes.AsSpan(position, n).CopyTo(buffer.AsSpan(offset));
            position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override int Read(Span<byte> buffer)
        {
            var array = new byte[buffer.Length];
            var n = Read(array, 0, array.Length);
            array.AsSpan(0, n).CopyTo(buffer);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
