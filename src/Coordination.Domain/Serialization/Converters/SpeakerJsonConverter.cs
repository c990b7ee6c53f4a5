using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="Speaker"/>: a person as the person's identifier, a plain string
/// (<c>"wayne-marotto"</c>, the form of version 1.0); an institution as <c>{ "institution": "mopa" }</c>;
/// unnamed officials as <c>{ "officialsOf": "krg" }</c>. An object holds exactly one of the two members;
/// null and any other token are refused.
/// </summary>
internal sealed class SpeakerJsonConverter : JsonConverter<Speaker>
{
    private const string What = "a speaker";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override Speaker Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Speaker.OfPerson(IdentifierJsonConverter<PersonId>.ReadValue(ref reader));
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonReading.WrongToken(ref reader, What, "a person's identifier or an object");
        }

        Speaker? speaker = null;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("institution"u8))
            {
                JsonReading.Mark(ref seen, 0, "institution", What);
                JsonReading.Value(ref reader);
                speaker = Speaker.Institution(IdentifierJsonConverter<ActorId>.ReadValue(ref reader));
            }
            else if (reader.ValueTextEquals("officialsOf"u8))
            {
                JsonReading.Mark(ref seen, 1, "officialsOf", What);
                JsonReading.Value(ref reader);
                speaker = Speaker.OfficialsOf(IdentifierJsonConverter<ActorId>.ReadValue(ref reader));
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        return seen switch
        {
            0 => throw new JsonException("A speaker object names an institution (member 'institution') or the actor whose officials spoke (member 'officialsOf')."),
            3 => throw new JsonException("A speaker is an institution or unnamed officials, not both; give one of 'institution' and 'officialsOf'."),
            _ => speaker!.Value,
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Speaker value, JsonSerializerOptions options)
    {
        switch (value.Kind, value.Person, value.Actor)
        {
            case (SpeakerKind.Person, { } person, null):
                IdentifierJsonConverter<PersonId>.WriteValue(writer, person);
                break;
            case (SpeakerKind.Institution, null, { } institution):
                writer.WriteStartObject();
                writer.WritePropertyName("institution"u8);
                IdentifierJsonConverter<ActorId>.WriteValue(writer, institution);
                writer.WriteEndObject();
                break;
            case (SpeakerKind.UnnamedOfficials, null, { } actor):
                writer.WriteStartObject();
                writer.WritePropertyName("officialsOf"u8);
                IdentifierJsonConverter<ActorId>.WriteValue(writer, actor);
                writer.WriteEndObject();
                break;
            default:
                throw new JsonException("A speaker that names no one (a default Speaker) cannot be written.");
        }
    }
}
