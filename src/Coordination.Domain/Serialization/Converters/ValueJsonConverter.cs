using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>Reads a value; the reader stands on its first token.</summary>
internal delegate TValue JsonValueReader<out TValue>(ref Utf8JsonReader reader, JsonSerializerOptions options);

/// <summary>
/// A converter of a member's value that has no type of its own in the contract (a count, a latitude, an
/// amount, an end of a period), made of a reader, a writer and a schema; object converters name these in
/// their member tables. Not registered in the context.
/// </summary>
internal sealed class ValueJsonConverter<TValue>(JsonValueReader<TValue> read, Action<Utf8JsonWriter, TValue, JsonSerializerOptions> write, Func<CoordinationJsonSchemaDefinitions, JsonObject> schema)
    : JsonConverter<TValue>, IJsonSchemaSource
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public string? DefinitionName => null;

    /// <inheritdoc />
    public override TValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => read(ref reader, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TValue value, JsonSerializerOptions options) => write(writer, value, options);

    /// <inheritdoc />
    public JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) => schema(definitions);
}
