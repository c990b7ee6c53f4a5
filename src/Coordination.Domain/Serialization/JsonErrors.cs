using System;
using System.Text.Json;

namespace Coordination.Domain.Serialization;

/// <summary>
/// Turns what the serializer throws into the one documented failure of <see cref="CoordinationJson"/>: a
/// <see cref="JsonException"/> whose message names the JSON path, line and byte position.
/// </summary>
internal static class JsonErrors
{
    private const int MaxMessageLength = 1_000;

    /// <summary>Tells whether an exception is one the serializer may let escape from bad input.</summary>
    internal static bool IsInputFailure(Exception error) =>
        error is ArgumentException or InvalidOperationException or NotSupportedException or OverflowException or FormatException;

    /// <summary>Returns a <see cref="JsonException"/> whose message carries its location.</summary>
    /// <param name="error">What the serializer threw.</param>
    /// <param name="context">What was being read, to put before the message (a JSON Lines line).</param>
    /// <param name="lineNumber">The line to report instead of the serializer's, 0-based.</param>
    internal static JsonException Locate(JsonException error, string? context = null, long? lineNumber = null)
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
        if (error.Path is not null)
        {
            message = $"{message} Path: {error.Path} | LineNumber: {line} | BytePositionInLine: {error.BytePositionInLine}.";
        }

        return new JsonException(context is null ? message : $"{context}: {message}", error.Path, line, error.BytePositionInLine, error);
    }

    /// <summary>Wraps an exception the serializer should not have let escape.</summary>
    internal static JsonException Wrap(Exception error, string? context = null) =>
        new($"{(context is null ? string.Empty : context + ": ")}The JSON could not be read: {Shorten(error.Message)}", error);

    private static string Shorten(string message) =>
        message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength), "…");
}
