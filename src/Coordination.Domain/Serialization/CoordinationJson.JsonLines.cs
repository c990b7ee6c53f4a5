using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Serialization;

/// <content>Incidents as JSON Lines: one incident object per line, streamed both ways.</content>
public static partial class CoordinationJson
{
    private const int FlushThresholdBytes = 32 * 1024;

    /// <summary>
    /// Reads incidents from a JSON Lines stream (<c>application/jsonl</c>): one incident object per line,
    /// separated by <c>\n</c> (a <c>\r</c> before it is allowed). Blank lines are skipped; a leading UTF-8
    /// byte-order mark is skipped. Only one line is held in memory at a time, so memory stays flat however
    /// long the stream.
    /// </summary>
    /// <param name="utf8JsonLines">The stream, UTF-8; left open.</param>
    /// <param name="options">The limits to apply (<see cref="CoordinationJsonReaderOptions.MaxLineBytes"/> bounds each line); <see langword="null"/> for <see cref="CoordinationJsonReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The incidents, in stream order, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">While enumerating: a line is not an incident in the contract, is null, or is too long; the exception's <see cref="JsonException.LineNumber"/> is the line's (0-based) and its message names the line (1-based) and the path within it. The incidents before it have been returned.</exception>
    /// <exception cref="IOException">While enumerating: the stream failed.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was canceled.</exception>
    public static IAsyncEnumerable<Incident> ReadIncidentsAsync(Stream utf8JsonLines, CoordinationJsonReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8JsonLines);
        return ReadJsonLinesAsync(utf8JsonLines, options ?? CoordinationJsonReaderOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Writes incidents to a stream as JSON Lines: one compact incident object per line, each ended by
    /// <c>\n</c>, UTF-8 without a byte-order mark. Incidents are written as they are enumerated and the
    /// output is flushed in small chunks, so memory stays flat however many there are.
    /// </summary>
    /// <param name="utf8JsonLines">The stream to write to; left open.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every incident is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> or <paramref name="incidents"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">An incident is null or holds a value the contract cannot express; the incidents before it have been written.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static async Task WriteIncidentsAsync(Stream utf8JsonLines, IAsyncEnumerable<Incident> incidents, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8JsonLines);
        Preconditions.CheckNotNull(incidents);
        var info = InfoOf<Incident>(Options);
        var direct = Writer(indented: false).Incidents;
        var buffer = new ArrayBufferWriter<byte>(FlushThresholdBytes * 2);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, MaxDepth = Options.MaxDepth });
        long count = 0;
        await foreach (var incident in incidents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (incident is null)
            {
                throw new JsonException($"Incident {count} of the sequence is null and cannot be written.");
            }

            writer.Reset();
            try
            {
                direct.Write(writer, incident);
            }
            catch (JsonException)
            {
                // The serializer's path stays the reference for what cannot be written: it throws the documented exception.
                writer.Reset();
                JsonSerializer.Serialize(writer, incident, info);
            }

            writer.Flush();
            buffer.Write("\n"u8);
            count++;
            if (buffer.WrittenCount >= FlushThresholdBytes)
            {
                await utf8JsonLines.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await utf8JsonLines.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8JsonLines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<Incident> ReadJsonLinesAsync(Stream stream, CoordinationJsonReaderOptions limits, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var info = InfoOf<Incident>(limits.SerializerOptions);
        var pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        long line = 0;
        try
        {
            while (true)
            {
                var result = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    var text = buffer.Slice(0, end);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                    if (ParseJsonLine(text, ++line, limits, info) is { } incident)
                    {
                        yield return incident;
                    }
                }

                if (buffer.Length > limits.MaxLineBytes)
                {
                    throw JsonLineTooLong(line + 1, limits);
                }

                if (result.IsCompleted)
                {
                    if (!buffer.IsEmpty && ParseJsonLine(buffer, ++line, limits, info) is { } last)
                    {
                        yield return last;
                    }

                    break;
                }

                pipe.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await pipe.CompleteAsync().ConfigureAwait(false);
        }
    }

    // Returns the incident on a line, or null for a blank line.
    private static Incident? ParseJsonLine(ReadOnlySequence<byte> text, long line, CoordinationJsonReaderOptions limits, JsonTypeInfo<Incident> info)
    {
        if (text.Length > limits.MaxLineBytes)
        {
            throw JsonLineTooLong(line, limits);
        }

        if (line == 1 && text.FirstSpan.StartsWith("\uFEFF"u8))
        {
            text = text.Slice(3);
        }

        if (IsBlank(text))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
            var incident = JsonSerializer.Deserialize(ref reader, info)
                ?? throw new JsonException("The line is null; expected an incident object.", "$", 0, 0, null);

            // The serializer stops after one value; anything but white space after it is a second value.
            return reader.Read()
                ? throw new JsonException("The line holds more than one JSON value after a single JSON value; JSON Lines has one incident per line.", "$", 0, reader.TokenStartIndex, null)
                : incident;
        }
        catch (Exception error) when (JsonErrors.Translate(error, $"Line {line} of the JSON Lines stream", line - 1) is { } translated)
        {
            throw translated;
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> text)
    {
        foreach (var segment in text)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static JsonException JsonLineTooLong(long line, CoordinationJsonReaderOptions limits) =>
        new($"Line {line} of the JSON Lines stream is longer than {limits.MaxLineBytes} bytes, the limit set by CoordinationJsonReaderOptions.MaxLineBytes.", null, line - 1, null);
}
