using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// How a string-valued type is read and written: what messages call it, the longest text read, the parse
/// (which throws a <see cref="JsonException"/> that names the text) and format pair, and its schema, named in
/// <c>$defs</c> when <paramref name="DefinitionName"/> is given.
/// </summary>
internal sealed record TextFormat<T>(string What, int MaxLength, Func<string, T> Parse, Func<T, string> Format, Func<JsonObject> Schema, string? DefinitionName = null);

/// <summary>
/// The one converter of the string-valued types (identifiers, currency codes, language tags, times of day,
/// free text, URLs, the schema version): reads a string of at most <see cref="TextFormat{T}.MaxLength"/> characters,
/// refusing any other token before the text is materialized, and parses it with its
/// <see cref="TextFormat{T}"/>; writes what the format gives. A registered type derives a parameterless
/// converter from it, passing its format.
/// </summary>
/// <typeparam name="T">The type.</typeparam>
internal class TextJsonConverter<T>(TextFormat<T> format) : JsonConverter<T>, IJsonSchemaSource
{
    /// <inheritdoc />
    public override bool HandleNull => typeof(T).IsValueType;

    /// <inheritdoc />
    public string? DefinitionName => format.DefinitionName;

    /// <summary>Gets the longest text read, in UTF-16 characters.</summary>
    internal int MaxLength => format.MaxLength;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        format.Parse(JsonReading.ReadString(ref reader, format.What, format.MaxLength));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format.Format(value));

    /// <inheritdoc />
    public JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) => format.Schema();
}
