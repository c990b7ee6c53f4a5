using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>armedForce</c>) with
/// <see cref="JsonStringEnumConverter{TEnum}"/>, hardened: numbers and numeric strings are refused,
/// as are comma-separated combinations (which the framework converter would OR together into another,
/// possibly defined, value) and names in another case (the framework matches case-insensitively), and
/// undefined values are refused both ways.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonConverter<TEnum>, IJsonSchemaSource
    where TEnum : struct, Enum
{
    private static readonly JsonSerializerOptions PlainOptions = new();

    private static readonly JsonConverter<TEnum> Inner = (JsonConverter<TEnum>)new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
        .CreateConverter(typeof(TEnum), PlainOptions)!;

    private static readonly string What = $"a {typeof(TEnum).Name} value";

    // The framework converter matches names case-insensitively; the contract is exact, so the text read
    // is compared with the canonical name of the value it gave.
    private static readonly Dictionary<TEnum, byte[]> CanonicalNames = Enum.GetValues<TEnum>()
        .Distinct().ToDictionary(value => value, value => Encoding.UTF8.GetBytes(EnumJsonNames<TEnum>.Of(value)!));

    /// <summary>The converter the member tables use.</summary>
    internal static readonly CamelCaseEnumJsonConverter<TEnum> Default = new();

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public string? DefinitionName => JsonNamingPolicy.CamelCase.ConvertName(typeof(TEnum).Name);

    /// <inheritdoc />
    public JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) => new() { ["enum"] = new JsonArray([.. EnumJsonNames<TEnum>.All.Select(n => (JsonNode)n)]) };

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads a value; the reader stands on its token.</summary>
    internal static TEnum ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReading.WrongToken(ref reader, What, "a string");
        }

        var plain = !reader.ValueIsEscaped && !reader.HasValueSequence;
        if (!plain || reader.ValueSpan.IndexOf((byte)',') >= 0 || reader.ValueSpan.Length > 64)
        {
            var name = JsonReading.ReadShortString(ref reader, What);
            if (name.Contains(',', StringComparison.Ordinal) || name.Length > 64)
            {
                throw Unknown(name);
            }
        }

        TEnum value;
        try
        {
            value = Inner.Read(ref reader, typeof(TEnum), PlainOptions);
        }
        catch (JsonException)
        {
            throw Unknown(JsonReading.ReadShortString(ref reader, What));
        }

        if (!CanonicalNames.TryGetValue(value, out var canonical)
            || !(plain ? reader.ValueSpan.SequenceEqual(canonical) : JsonReading.ReadShortString(ref reader, What) == Encoding.UTF8.GetString(canonical)))
        {
            throw Unknown(JsonReading.ReadShortString(ref reader, What));
        }

        return value;
    }

    /// <summary>Writes a defined value as its camelCase name.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, TEnum value)
    {
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value and cannot be written.");
        }

        writer.WriteStringValue(CanonicalNames[value]);
    }

    private static JsonException Unknown(string name) =>
        new($"'{(name.Length <= 64 ? name : string.Concat(name.AsSpan(0, 64), "…"))}' is not {What}; expected exactly one of {string.Join(", ", EnumJsonNames<TEnum>.All)}.");
}
