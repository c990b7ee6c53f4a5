using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Names;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>Reads and writes a <see cref="LanguageTag"/> as a string (<c>"ckb"</c>).</summary>
internal sealed class LanguageTagJsonConverter : JsonConverter<LanguageTag>
{
    private const string What = "a language tag";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override LanguageTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads a tag; the reader stands on its token.</summary>
    internal static LanguageTag ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonReading.ReadString(ref reader, What, 35);
        return LanguageTag.TryParse(text, out var tag)
            ? tag
            : throw new JsonException($"'{text}' is not a language tag (BCP 47: two or three letters, then optional subtags of one to eight letters or digits, separated by '-').");
    }

    /// <summary>Writes a tag.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, LanguageTag value)
    {
        if (value.IsDefault)
        {
            throw new JsonException("A default LanguageTag names no language and cannot be written; use null for an unknown language.");
        }

        writer.WriteStringValue(value.Value);
    }
}
