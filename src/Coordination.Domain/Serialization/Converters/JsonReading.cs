using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// The checks every hand-written converter makes on a token, and the messages of its refusals, each a
/// <see cref="JsonException"/> to which the serializer adds the JSON path, line and byte position.
/// </summary>
internal static class JsonReading
{
    /// <summary>The longest member name or text quoted in a message, in characters.</summary>
    private const int QuoteLength = 64;

    /// <summary>Creates the exception for a member the contract does not know.</summary>
    internal static JsonException UnknownProperty(ref Utf8JsonReader reader, string what) =>
        new($"Unknown member '{Quote(ref reader)}' in {what}; the contract allows no other members.");

    /// <summary>Creates the exception for a value of the wrong JSON type.</summary>
    internal static JsonException WrongToken(ref Utf8JsonReader reader, string what, string expected) =>
        reader.TokenType == JsonTokenType.Null
            ? new($"{Capitalize(what)} may not be null; expected {expected}.")
            : new($"Expected {expected} for {what}, found {Describe(reader.TokenType)}.");

    /// <summary>Creates the exception for a value a domain constructor refused.</summary>
    internal static JsonException Refused(string what, Exception error) =>
        new($"{Capitalize(what)} is invalid{(error is ArgumentException { ParamName: { } member } ? $" ('{member}')" : string.Empty)}: {StripParameter(error)}", error);

    /// <summary>Returns the index of the name the token (a string or member name) is, or -1; an unescaped token is compared as bytes.</summary>
    internal static int IndexOf(ref Utf8JsonReader reader, JsonEncodedText[] names)
    {
        var plain = !reader.ValueIsEscaped && !reader.HasValueSequence;
        for (var i = 0; i < names.Length; i++)
        {
            if (plain ? reader.ValueSpan.SequenceEqual(names[i].EncodedUtf8Bytes) : reader.ValueTextEquals(names[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads a string of at most <paramref name="maxChars"/> characters, refusing any other token.</summary>
    internal static string ReadString(ref Utf8JsonReader reader, string what, int maxChars)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongToken(ref reader, what, "a string");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > maxChars)
        {
            // A character takes at least one byte and at most six (an escape such as \u0041).
            if (length > 6L * maxChars)
            {
                throw TooLong(what, maxChars);
            }

            var text = reader.GetString()!;
            return text.Length <= maxChars ? text : throw TooLong(what, maxChars);
        }

        return reader.GetString()!;
    }

    /// <summary>Parses text with a NodaTime pattern; text it refuses is not <paramref name="form"/>, for the pattern's reason.</summary>
    internal static T Parse<T>(IPattern<T> pattern, string text, string form) => pattern.Parse(text) switch
    {
        { Success: true } result => result.Value,
        var result => throw new JsonException($"'{text}' is not {form}: {result.Exception.Message}", result.Exception),
    };

    /// <summary>Reads a whole number in the range of <see cref="int"/>.</summary>
    internal static int ReadInt32(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongToken(ref reader, what, "a whole number");
        }

        return reader.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"Expected a whole number from {int.MinValue} to {int.MaxValue} for {what}, found {Quote(ref reader)}.");
    }

    /// <summary>Reads a finite number.</summary>
    internal static double ReadDouble(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongToken(ref reader, what, "a number");
        }

        return reader.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw new JsonException($"Expected a finite number for {what}, found {Quote(ref reader)}.");
    }

    /// <summary>Creates the exception for a string longer than allowed.</summary>
    internal static JsonException TooLong(string what, int maxChars) =>
        new($"The text of {what} is longer than {maxChars} characters.");

    /// <summary>Returns text to quote in a message, cut to <see cref="QuoteLength"/> characters.</summary>
    internal static string Quote(string text) => text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength), "…");

    private static string Quote(ref Utf8JsonReader reader) => Quote(Encoding.UTF8.GetString(reader.HasValueSequence
        ? reader.ValueSequence.Slice(0, Math.Min(reader.ValueSequence.Length, QuoteLength * 6)).ToArray()
        : reader.ValueSpan[..Math.Min(reader.ValueSpan.Length, QuoteLength * 6)]));

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string Capitalize(string what) => string.Concat(what[..1].ToUpperInvariant(), what.AsSpan(1));

    // ArgumentException appends " (Parameter 'x')" to its message; the JSON member is named elsewhere.
    private static string StripParameter(Exception error)
    {
        var message = error.Message;
        var at = error is ArgumentException { ParamName: not null } ? message.LastIndexOf(" (Parameter '", StringComparison.Ordinal) : -1;
        return at < 0 ? message : message[..at];
    }
}
