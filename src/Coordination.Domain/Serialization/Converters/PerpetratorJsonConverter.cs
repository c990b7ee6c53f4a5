using System.Text.Json.Nodes;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>A <see cref="Perpetrator"/> as <c>{ "actor": "isis", "attribution": "attributed" }</c>: <c>attribution</c> is required; <c>actor</c> is omitted exactly when the attribution is <c>unknown</c>.</summary>
internal sealed class PerpetratorJsonConverter() : ObjectJsonConverter<Perpetrator, (ActorId? Actor, Attribution Attribution)>(
    "a perpetrator",
    "Who carried out an incident: an actor, named unless the attribution is unknown.",
    Nullable("actor", new IdentifierJsonConverter<ActorId>(), perpetrator => perpetrator.Actor, (ref s, actor) => s.Actor = actor),
    Required("attribution", new CamelCaseEnumJsonConverter<Attribution>(), perpetrator => perpetrator.Attribution, (ref s, attribution) => s.Attribution = attribution))
{
    /// <inheritdoc />
    public override JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) =>
        CoordinationJsonSchemaDefinitions.Conditional(base.CreateSchema(definitions), "attribution", "unknown", thenActor: false, definitions.Of(new IdentifierJsonConverter<ActorId>()));

    /// <inheritdoc />
    protected override Perpetrator Create(in (ActorId? Actor, Attribution Attribution) state) => new(state.Actor, state.Attribution);
}
