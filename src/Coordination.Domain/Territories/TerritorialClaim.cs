using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Territories;

/// <summary>A claim by an actor to a territory, on a basis, over a period.</summary>
/// <remarks>Equality compares every member, the sources in order.</remarks>
public sealed record TerritorialClaim
{
    /// <summary>Gets the actor that claims the territory.</summary>
    public required ActorId Claimant { get; init; }

    /// <summary>Gets the basis of the claim, if reported (<c>Article 140 of the Constitution of Iraq</c>).</summary>
    public string? Basis { get; init; }

    /// <summary>Gets the period the claim stood; <see cref="DatePeriod.Always"/> when not dated.</summary>
    public DatePeriod Period { get; init; }

    /// <summary>Gets the sources the claim rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the claim was inferred, or <see langword="null"/> when its sources state it.</summary>
    public Inference? Inference { get; init; }

    /// <inheritdoc />
    public bool Equals(TerritorialClaim? other) =>
        other is not null && Claimant == other.Claimant && Basis == other.Basis && Period == other.Period && Equals(Inference, other.Inference) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Claimant, Basis, Period, Inference, Equality.Hash(Sources));
}
