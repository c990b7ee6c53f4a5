using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes an identifier as its slug, a plain JSON string (<c>"peshmerga"</c>). One generic
/// converter over <see cref="IIdentifier{TSelf}"/>, registered once per identifier type. A malformed
/// slug, a null and any other token are refused; a <c>default</c> identifier cannot be written.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal sealed class IdentifierJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IIdentifier<TId>
{
    private static readonly string What = $"an identifier ({typeof(TId).Name})";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads an identifier; the reader stands on its token.</summary>
    internal static TId ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonReading.ReadString(ref reader, What, Slug.MaxLength);
        if (TId.TryParse(text, out var id))
        {
            return id;
        }

        try
        {
            return TId.Parse(text);
        }
        catch (FormatException error)
        {
            throw new JsonException(error.Message.Replace("Argument 'text' is", $"'{text}' is", StringComparison.Ordinal), error);
        }
    }

    /// <summary>Writes an identifier's slug.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, TId value)
    {
        if (value.IsDefault)
        {
            throw new JsonException($"A default {typeof(TId).Name} identifies nothing and cannot be written.");
        }

        writer.WriteStringValue(value.Value);
    }
}
