using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// An <see cref="AffectedParty"/> as <c>{ "kind": "actor", "actor": "peshmerga" }</c> or <c>{ "kind": "civilians" }</c>:
/// <c>kind</c> is required; <c>actor</c> is required with kind <c>actor</c> and refused with any other kind.
/// </summary>
internal sealed class AffectedPartyJsonConverter() : ObjectJsonConverter<AffectedParty, (AffectedPartyKind Kind, ActorId? Actor)>(
    "an affected party",
    "Who was hit: a catalogued actor (kind actor, with its identifier), civilians or people of unknown side.",
    Required("kind", new CamelCaseEnumJsonConverter<AffectedPartyKind>(), party => party.Kind, (ref s, kind) => s.Kind = kind),
    Nullable("actor", new IdentifierJsonConverter<ActorId>(), party => party.Actor, (ref s, actor) => s.Actor = actor))
{

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AffectedParty value, JsonSerializerOptions options) =>
        base.Write(writer, (value.Kind == AffectedPartyKind.Actor) == value.Actor.HasValue ? value
            : throw new JsonException("An affected party of kind Actor without an actor (a default AffectedParty) cannot be written."), options);

    /// <inheritdoc />
    public override JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) =>
        CoordinationJsonSchemaDefinitions.Conditional(base.CreateSchema(definitions), "kind", "actor", thenActor: true, definitions.Of(new IdentifierJsonConverter<ActorId>()));

    /// <inheritdoc />
    protected override AffectedParty Create(in (AffectedPartyKind Kind, ActorId? Actor) state) => state switch
    {
        (AffectedPartyKind.Actor, { } id) => AffectedParty.Of(id),
        (AffectedPartyKind.Actor, null) => throw new JsonException("An affected party of kind 'actor' names the actor in member 'actor'."),
        (var kind, { }) => throw new JsonException($"An affected party of kind '{CamelCaseEnumJsonConverter<AffectedPartyKind>.NameOf(kind)}' names no actor; remove member 'actor'."),
        (AffectedPartyKind.Civilians, null) => AffectedParty.Civilians,
        _ => AffectedParty.Unidentified,
    };
}
