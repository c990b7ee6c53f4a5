using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads the <c>schemaVersion</c> of a catalog document, <c>major.minor</c>, refusing a major version this
/// library does not read with a message that says so.
/// </summary>
internal sealed class SchemaVersionJsonConverter : JsonConverter<string>
{
    private const string What = "the schema version";

    /// <inheritdoc />
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.ReadString(ref reader, What, 16);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new JsonException($"'{text}' is not a schema version; expected major.minor, such as \"{CoordinationCatalogDocument.CurrentSchemaVersion}\".");
        }

        return major == CoordinationCatalogDocument.SupportedMajorVersion
            ? text
            : throw new JsonException(
                $"This document has schema version {text}; this version of Coordination.Domain reads schema version {CoordinationCatalogDocument.SupportedMajorVersion}.x only. "
                + (major > CoordinationCatalogDocument.SupportedMajorVersion ? "Read it with a newer version of the package." : "Convert it to the current schema first."));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
