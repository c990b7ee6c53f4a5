using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Actors;

/// <summary>
/// A dated relation from the actor that holds it to <see cref="Target"/>: "the Peshmerga are
/// subordinate to the Ministry of Peshmerga", over <see cref="Period"/>.
/// </summary>
/// <remarks>Equality compares every member, the sources in order.</remarks>
public sealed record ActorRelation
{
    /// <summary>Gets how the holder stands to the target.</summary>
    public required ActorRelationKind Kind { get; init; }

    /// <summary>Gets the other actor of the relation.</summary>
    public required ActorId Target { get; init; }

    /// <summary>Gets the period the relation held; <see cref="DatePeriod.Always"/> when its dates are not known.</summary>
    public DatePeriod Period { get; init; }

    /// <summary>Gets the sources the relation rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the relation was inferred, when it is not stated by its sources; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }

    /// <inheritdoc />
    public bool Equals(ActorRelation? other) =>
        other is not null && Kind == other.Kind && Target == other.Target && Period == other.Period && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Target, Period, Equality.Hash(Sources), Inference);
}
