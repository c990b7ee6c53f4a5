using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Names;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="Name"/> as <c>{ "text": "Makhmour", "kind": "name", "language": "en" }</c>.
/// <c>text</c> is required; <c>kind</c> defaults to <c>name</c>; <c>language</c> is omitted when unknown.
/// </summary>
internal sealed class NameJsonConverter : JsonConverter<Name>
{
    private const string What = "a name";

    /// <summary>The most characters read for a name's text before trimming; the trimmed text is at most <see cref="Name.MaxLength"/>.</summary>
    private const int MaxUntrimmedLength = 4 * Name.MaxLength;

    /// <inheritdoc />
    public override Name Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Name value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads a name; the reader stands on its first token.</summary>
    internal static Name ReadValue(ref Utf8JsonReader reader)
    {
        JsonReading.StartObject(ref reader, What);
        string? text = null;
        var kind = NameKind.Name;
        LanguageTag? language = null;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("text"u8))
            {
                JsonReading.Mark(ref seen, 0, "text", What);
                JsonReading.Value(ref reader);
                text = JsonReading.ReadString(ref reader, "the text of a name", MaxUntrimmedLength);
            }
            else if (reader.ValueTextEquals("kind"u8))
            {
                JsonReading.Mark(ref seen, 1, "kind", What);
                JsonReading.Value(ref reader);
                kind = CamelCaseEnumJsonConverter<NameKind>.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("language"u8))
            {
                JsonReading.Mark(ref seen, 2, "language", What);
                JsonReading.Value(ref reader);
                language = reader.TokenType == JsonTokenType.Null ? null : LanguageTagJsonConverter.ReadValue(ref reader);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "text", What);
        try
        {
            return new Name(text!, kind, language);
        }
        catch (ArgumentException error)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <summary>Writes a name.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, Name value)
    {
        writer.WriteStartObject();
        writer.WriteString("text"u8, value.Text);
        writer.WritePropertyName("kind"u8);
        CamelCaseEnumJsonConverter<NameKind>.WriteValue(writer, value.Kind);
        if (value.Language is { } language)
        {
            writer.WritePropertyName("language"u8);
            LanguageTagJsonConverter.WriteValue(writer, language);
        }

        writer.WriteEndObject();
    }
}
