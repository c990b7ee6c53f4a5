using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Names;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="NameSet"/> as <c>{ "primary": Name, "aliases": [Name, …] }</c>.
/// <c>primary</c> is required; <c>aliases</c> defaults to none and may hold no null.
/// </summary>
internal sealed class NameSetJsonConverter : JsonConverter<NameSet>
{
    private const string What = "a set of names";

    /// <inheritdoc />
    public override NameSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        Name? primary = null;
        var aliases = ImmutableArray<Name>.Empty;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("primary"u8))
            {
                JsonReading.Mark(ref seen, 0, "primary", What);
                JsonReading.Value(ref reader);
                primary = NameJsonConverter.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                JsonReading.Mark(ref seen, 1, "aliases", What);
                JsonReading.Value(ref reader);
                aliases = ReadAliases(ref reader);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "primary", What);
        return new NameSet(primary!, aliases);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, NameSet value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("primary"u8);
        NameJsonConverter.WriteValue(writer, value.Primary);
        writer.WriteStartArray("aliases"u8);
        foreach (var alias in value.Aliases)
        {
            NameJsonConverter.WriteValue(writer, alias);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static ImmutableArray<Name> ReadAliases(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonReading.WrongToken(ref reader, "the aliases of a set of names", "an array of names");
        }

        var aliases = ImmutableArray.CreateBuilder<Name>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException($"Alias {aliases.Count} of a set of names is null; the contract allows no null element.");
            }

            aliases.Add(NameJsonConverter.ReadValue(ref reader));
        }

        return aliases.DrainToImmutable();
    }
}
