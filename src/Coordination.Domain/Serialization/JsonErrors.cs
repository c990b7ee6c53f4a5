using System;
using System.Text;
using System.Text.Json;


namespace Coordination.Domain.Serialization;

/// <summary>
/// Turns what the serializer throws into the one documented failure of <see cref="CoordinationJson"/>: a
/// <see cref="JsonException"/> whose message names the JSON path, line and byte position.
/// </summary>
internal static class JsonErrors
{
    private const int MaxMessageLength = 1_000;

    // A member name is part of the path, and a hostile one may be megabytes long.
    private const int MaxPathLength = 256;

    /// <summary>
    /// Returns the <see cref="JsonException"/> to throw for what the serializer threw: a
    /// <see cref="JsonException"/> located (<see cref="Locate"/>), or one wrapping an exception that bad input
    /// could make escape from the serializer (a safety net: the converters already turn what they see into
    /// <see cref="JsonException"/>); <see langword="null"/> for anything else. A failing or closed stream is not
    /// bad input: its <see cref="System.IO.IOException"/>, <see cref="ObjectDisposedException"/> or
    /// <see cref="NotSupportedException"/> goes to the caller as is.
    /// </summary>
    /// <param name="error">What the serializer threw.</param>
    /// <param name="context">What was being read, to put before the message (a JSON Lines line).</param>
    /// <param name="lineNumber">The line to report instead of the serializer's, 0-based.</param>
    internal static JsonException? Translate(Exception error, string? context = null, long? lineNumber = null) => error switch
    {
        JsonException json => Locate(json, context, lineNumber),
        ArgumentException or FormatException or OverflowException or (InvalidOperationException and not ObjectDisposedException) =>
            new($"{(context is null ? string.Empty : context + ": ")}The JSON could not be read: {Shorten(error.Message)}", error),
        _ => null,
    };

    /// <summary>Returns a <see cref="JsonException"/> whose message carries its location.</summary>
    private static JsonException Locate(JsonException error, string? context = null, long? lineNumber = null)
    {
        if (error.Path is null && context is null)
        {
            return error;
        }

        var message = Shorten(error.Message);
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = at < 0 ? message : message[..at];
        if (error.InnerException is { } inner and not JsonException && message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            message = $"{message} ({Shorten(inner.Message)})";
        }

        var line = lineNumber ?? error.LineNumber;
        var path = error.Path is { Length: > MaxPathLength } longPath ? string.Concat(longPath.AsSpan(0, MaxPathLength), "…") : error.Path;
        if (path is not null)
        {
            message = $"{message} Path: {path} | LineNumber: {line} | BytePositionInLine: {error.BytePositionInLine}.";
        }

        return new JsonException(context is null ? message : $"{context}: {message}", path, line, error.BytePositionInLine, error);
    }

    // Quoted input (a member name, a value) is cut to 64 characters, then the whole message to MaxMessageLength.
    private static string Shorten(string message)
    {
        if (message.Length <= 200)
        {
            return message;
        }

        var shortened = new StringBuilder(Math.Min(message.Length, MaxMessageLength + 64));
        var at = 0;
        while (at < message.Length && shortened.Length <= MaxMessageLength)
        {
            var open = message.IndexOf('\'', at);
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                shortened.Append(message.AsSpan(at, Math.Min(message.Length - at, MaxMessageLength)));
                break;
            }

            shortened.Append(message.AsSpan(at, open + 1 - at));
            shortened.Append(close - open - 1 <= 64 ? message.AsSpan(open + 1, close - open - 1) : string.Concat(message.AsSpan(open + 1, 64), "…"));
            at = close;
            shortened.Append('\'');
            at++;
        }

        return shortened.Length <= MaxMessageLength ? shortened.ToString() : string.Concat(shortened.ToString(0, MaxMessageLength), "…");
    }
}
