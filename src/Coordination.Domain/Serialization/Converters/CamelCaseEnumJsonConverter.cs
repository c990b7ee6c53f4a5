using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes an enum as the camelCase name of a defined member (<c>armedForce</c>), exactly: numbers,
/// numeric strings, comma-separated combinations, names in another case and undefined values are refused
/// both ways. The names are computed once; the schema lists them, and <see cref="CoordinationJson.NameOf{TEnum}(TEnum)"/>
/// gives them to callers.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonConverter<TEnum>, IJsonSchemaSource
    where TEnum : struct, Enum
{
    /// <summary>Gets every name, in the order of the members' values (initialized first: the encoded names are made from it).</summary>
    internal static ImmutableArray<string> Names { get; } = [.. Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly JsonEncodedText[] EncodedNames = [.. Names.Select(name => JsonEncodedText.Encode(name))];

    private static readonly string What = $"a {typeof(TEnum).Name} value";


    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public string? DefinitionName => JsonNamingPolicy.CamelCase.ConvertName(typeof(TEnum).Name);

    /// <summary>Returns the contract's name of <paramref name="value"/>, or <see langword="null"/> when it is not a defined member.</summary>
    internal static string? NameOf(TEnum value) => Array.IndexOf(Values, value) is var i and >= 0 ? Names[i] : null;

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReading.WrongToken(ref reader, What, "a string");
        }

        return JsonReading.IndexOf(ref reader, EncodedNames) is var i and >= 0 ? Values[i]
            : throw new JsonException($"'{JsonReading.Quote(JsonReading.ReadString(ref reader, What, 256))}' is not {What}; expected exactly one of {string.Join(", ", Names)}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Array.IndexOf(Values, value) is var i and >= 0 ? EncodedNames[i]
            : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value and cannot be written."));

    /// <inheritdoc />
    public JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) => new() { ["enum"] = new JsonArray([.. Names.Select(n => (JsonNode)n)]) };
}
