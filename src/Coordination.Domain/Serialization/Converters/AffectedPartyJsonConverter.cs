using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes an <see cref="AffectedParty"/> as <c>{ "kind": "actor", "actor": "peshmerga" }</c> or
/// <c>{ "kind": "civilians" }</c>. <c>kind</c> is required; <c>actor</c> is required with kind <c>actor</c>
/// and refused with any other kind.
/// </summary>
internal sealed class AffectedPartyJsonConverter : JsonConverter<AffectedParty>
{
    private const string What = "an affected party";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override AffectedParty Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        AffectedPartyKind kind = default;
        ActorId? actor = null;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                JsonReading.Mark(ref seen, 0, "kind", What);
                JsonReading.Value(ref reader);
                kind = CamelCaseEnumJsonConverter<AffectedPartyKind>.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("actor"u8))
            {
                JsonReading.Mark(ref seen, 1, "actor", What);
                JsonReading.Value(ref reader);
                actor = reader.TokenType == JsonTokenType.Null ? null : IdentifierJsonConverter<ActorId>.ReadValue(ref reader);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "kind", What);
        return (kind, actor) switch
        {
            (AffectedPartyKind.Actor, { } id) => AffectedParty.Of(id),
            (AffectedPartyKind.Actor, null) => throw new JsonException("An affected party of kind 'actor' names the actor in member 'actor'."),
            (_, { }) => throw new JsonException($"An affected party of kind '{JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())}' names no actor; remove member 'actor'."),
            (AffectedPartyKind.Civilians, null) => AffectedParty.Civilians,
            _ => AffectedParty.Unidentified,
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AffectedParty value, JsonSerializerOptions options)
    {
        if ((value.Kind == AffectedPartyKind.Actor) != value.Actor.HasValue)
        {
            throw new JsonException("An affected party of kind Actor without an actor (a default AffectedParty) cannot be written.");
        }

        writer.WriteStartObject();
        writer.WritePropertyName("kind"u8);
        CamelCaseEnumJsonConverter<AffectedPartyKind>.WriteValue(writer, value.Kind);
        if (value.Actor is { } actor)
        {
            writer.WritePropertyName("actor"u8);
            IdentifierJsonConverter<ActorId>.WriteValue(writer, actor);
        }

        writer.WriteEndObject();
    }
}
