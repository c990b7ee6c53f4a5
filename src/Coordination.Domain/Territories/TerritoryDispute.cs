using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Territories;

/// <summary>
/// Why a territory was disputed on a date (<c>CoordinationCatalog.DisputeOn</c>): by its own claims (two or
/// more actors claimed it), or by inheritance from the territory whose claims made it disputed — an
/// ancestor by parent, or a region it was a <see cref="MembershipKind.Member"/> of.
/// </summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record TerritoryDispute
{
    /// <summary>Gets the disputed territory.</summary>
    public required TerritoryId Territory { get; init; }

    /// <summary>Gets the territory whose own claims make it disputed: <see cref="Territory"/> itself when its own claims do.</summary>
    public required TerritoryId DisputedFrom { get; init; }

    /// <summary>Gets the distinct actors claiming <see cref="DisputedFrom"/> on the date, in identifier order.</summary>
    public ImmutableArray<ActorId> Claimants { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the dispute is inherited (<see cref="DisputedFrom"/> is another territory).</summary>
    public bool IsInherited => DisputedFrom != Territory;

    /// <inheritdoc />
    public bool Equals(TerritoryDispute? other) =>
        other is not null && Territory == other.Territory && DisputedFrom == other.DisputedFrom && Equality.Sequence(Claimants, other.Claimants);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Territory, DisputedFrom, Equality.Hash(Claimants));
}
