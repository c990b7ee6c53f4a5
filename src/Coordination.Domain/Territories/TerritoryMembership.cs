using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Territories;

/// <summary>
/// A territory's membership of a region other than its parent, usually an informal one (Makhmour district
/// as a member of the disputed territories; the Hamrin mountains partly within Diyala), over a period.
/// Memberships are many-to-many: a territory may belong to several regions, a region hold many members.
/// </summary>
/// <remarks>Equality compares every member, the sources in order.</remarks>
public sealed record TerritoryMembership
{
    /// <summary>Gets the region the territory belongs to.</summary>
    public required TerritoryId Region { get; init; }

    /// <summary>Gets how the territory belongs to the region: wholly (<see cref="MembershipKind.Member"/>) or in part.</summary>
    public required MembershipKind Kind { get; init; }

    /// <summary>Gets the period the membership held; <see cref="DatePeriod.Always"/> when not dated.</summary>
    public DatePeriod Period { get; init; }

    /// <summary>Gets the sources the membership rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the membership was inferred, or <see langword="null"/> when its sources state it.</summary>
    public Inference? Inference { get; init; }

    /// <inheritdoc />
    public bool Equals(TerritoryMembership? other) =>
        other is not null && Region == other.Region && Kind == other.Kind && Period == other.Period
        && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Region, Kind, Period, Equality.Hash(Sources), Inference);
}
