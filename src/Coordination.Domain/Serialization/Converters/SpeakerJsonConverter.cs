using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using static Coordination.Domain.Serialization.CoordinationJsonSchemaDefinitions;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// A <see cref="Speaker"/>: a person as the person's identifier, a plain string (<c>"wayne-marotto"</c>, the
/// form of version 1.0); an institution as <c>{ "institution": "mopa" }</c>; unnamed officials as
/// <c>{ "officialsOf": "krg" }</c>. An object holds exactly one of the two members; null and any other token are refused.
/// </summary>
internal sealed class SpeakerJsonConverter() : ObjectJsonConverter<Speaker, (Speaker Speaker, int Count)>(
    "a speaker",
    "Who made a statement.",
    Optional("institution", new IdentifierJsonConverter<ActorId>(), speaker => speaker.Actor!.Value, (ref s, actor) => s = (Speaker.Institution(actor), s.Count + 1), speaker => speaker.Kind == SpeakerKind.Institution),
    Optional("officialsOf", new IdentifierJsonConverter<ActorId>(), speaker => speaker.Actor!.Value, (ref s, actor) => s = (Speaker.OfficialsOf(actor), s.Count + 1), speaker => speaker.Kind == SpeakerKind.UnnamedOfficials))
{
    private static readonly IdentifierJsonConverter<PersonId> Person = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Speaker value, JsonSerializerOptions options)
    {
        switch (value.Kind, value.Person, value.Actor)
        {
            case (SpeakerKind.Person, { } person, null):
                Person.Write(writer, person, options);
                break;
            case (SpeakerKind.Institution or SpeakerKind.UnnamedOfficials, null, not null):
                base.Write(writer, value, options);
                break;
            default:
                throw new JsonException("A speaker that names no one (a default Speaker) cannot be written.");
        }
    }

    /// <inheritdoc />
    public override JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) => new()
    {
        ["description"] = "Who made a statement: a person's identifier (a string), an institution ({\"institution\": actor}) or unnamed officials of an actor ({\"officialsOf\": actor}).",
        ["oneOf"] = new JsonArray(
            definitions.Of(Person),
            Object("An institution speaking as such.", [("institution", definitions.Of(new IdentifierJsonConverter<ActorId>()))], ["institution"]),
            Object("Officials of an actor whom the source does not name.", [("officialsOf", definitions.Of(new IdentifierJsonConverter<ActorId>()))], ["officialsOf"])),
    };

    /// <inheritdoc />
    protected override Speaker ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType == JsonTokenType.String
        ? Speaker.OfPerson(Person.Read(ref reader, typeof(PersonId), options))
        : throw JsonReading.WrongToken(ref reader, What, "a person's identifier or an object");

    /// <inheritdoc />
    protected override Speaker Create(in (Speaker Speaker, int Count) state) => state.Count switch
    {
        0 => throw new JsonException("A speaker object names an institution (member 'institution') or the actor whose officials spoke (member 'officialsOf')."),
        1 => state.Speaker,
        _ => throw new JsonException("A speaker is an institution or unnamed officials, not both; give one of 'institution' and 'officialsOf'."),
    };
}
