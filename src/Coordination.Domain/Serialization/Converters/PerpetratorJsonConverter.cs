using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="Perpetrator"/> as <c>{ "actor": "isis", "attribution": "attributed" }</c>.
/// <c>attribution</c> is required; <c>actor</c> is omitted exactly when the attribution is <c>unknown</c>.
/// </summary>
internal sealed class PerpetratorJsonConverter : JsonConverter<Perpetrator>
{
    private const string What = "a perpetrator";

    /// <inheritdoc />
    public override Perpetrator Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        ActorId? actor = null;
        Attribution attribution = default;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("actor"u8))
            {
                JsonReading.Mark(ref seen, 0, "actor", What);
                JsonReading.Value(ref reader);
                actor = reader.TokenType == JsonTokenType.Null ? null : IdentifierJsonConverter<ActorId>.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("attribution"u8))
            {
                JsonReading.Mark(ref seen, 1, "attribution", What);
                JsonReading.Value(ref reader);
                attribution = CamelCaseEnumJsonConverter<Attribution>.ReadValue(ref reader);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 1, "attribution", What);
        try
        {
            return new Perpetrator(actor, attribution);
        }
        catch (ArgumentException error)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Perpetrator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Actor is { } actor)
        {
            writer.WritePropertyName("actor"u8);
            IdentifierJsonConverter<ActorId>.WriteValue(writer, actor);
        }

        writer.WritePropertyName("attribution"u8);
        CamelCaseEnumJsonConverter<Attribution>.WriteValue(writer, value.Attribution);
        writer.WriteEndObject();
    }
}
