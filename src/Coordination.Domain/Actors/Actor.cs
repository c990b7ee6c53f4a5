using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Actors;

/// <summary>
/// A government, ministry, command, force, coalition, armed group, foreign mission, media outlet or
/// international organisation, with its names and its dated relations to other actors.
/// </summary>
/// <remarks>
/// Immutable: <c>with</c> expressions and the <c>With…</c> methods return new values. Equality
/// compares every member, collections in order. Cross-record rules (that every relation's target
/// exists, that relations fall within both actors' existence) are checked by the catalog's validator.
/// </remarks>
public sealed record Actor : ICatalogRecord<ActorId>
{
    /// <summary>Gets the actor's identifier.</summary>
    public required ActorId Id { get; init; }

    /// <summary>Gets what kind of actor this is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Gets the actor's names, acronyms and spellings.</summary>
    public required NameSet Names { get; init; }

    /// <summary>Gets the period the actor existed, when known (CJTF-OIR from 2014-10-17).</summary>
    public DatePeriod? Existence { get; init; }

    /// <summary>Gets a short description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the actor's dated relations to other actors.</summary>
    public ImmutableArray<ActorRelation> Relations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the actor was inferred, when it is not stated by its sources; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Returns the relations of <paramref name="kind"/> that held on <paramref name="date"/>.</summary>
    /// <param name="kind">The kind of relation.</param>
    /// <param name="date">The date.</param>
    /// <returns>The relations, in the order held.</returns>
    public ImmutableArray<ActorRelation> RelationsOn(ActorRelationKind kind, LocalDate date) =>
        [.. Relations.Where(r => r is not null && r.Kind == kind && r.Period.Contains(date))];

    /// <summary>Returns a copy with one more relation.</summary>
    /// <param name="relation">The relation to add.</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The relation targets this actor itself.</exception>
    public Actor WithRelation(ActorRelation relation)
    {
        Preconditions.CheckNotNull(relation);
        Preconditions.CheckArgument(relation.Target != Id, nameof(relation), $"Actor '{Id}' cannot stand in a relation to itself.");
        return this with { Relations = Relations.Add(relation) };
    }

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Equals(Names, other.Names) && Existence == other.Existence
        && Description == other.Description && Equality.Sequence(Relations, other.Relations) && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Names, Existence, Description, Equality.Hash(Relations), Equality.Hash(Sources), Inference);
}
