using System.Collections.Immutable;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Analysis;

/// <summary>A relation of an actor in force on the situation's date (<c>Actor.RelationsOn</c>): the Peshmerga under the KRG, the ISF within the GoI.</summary>
/// <remarks>Equality compares both members.</remarks>
public sealed record RelationInForce
{
    /// <summary>Gets the actor the relation is of.</summary>
    public required ActorId Actor { get; init; }

    /// <summary>Gets the relation: its kind, its target and its period, which covers the date.</summary>
    public required ActorRelation Relation { get; init; }

    /// <summary>Gets how the relation was inferred, when its sources do not state it; <see langword="null"/> when stated.</summary>
    public Inference? Inference => Relation.Inference;

    /// <summary>Gets the sources the relation rests on.</summary>
    public ImmutableArray<SourceId> Sources => Relation.Sources;
}
