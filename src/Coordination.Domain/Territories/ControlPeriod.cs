using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Territories;

/// <summary>A period during which one actor controlled a territory.</summary>
/// <remarks>
/// The control periods of one territory never overlap (see <see cref="Territory.WithControlPeriod"/>).
/// Equality compares every member, the sources in order.
/// </remarks>
public sealed record ControlPeriod
{
    /// <summary>Gets the actor in control.</summary>
    public required ActorId Controller { get; init; }

    /// <summary>Gets the period of control, half-open.</summary>
    public required DatePeriod Period { get; init; }

    /// <summary>Gets the sources the period rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(ControlPeriod? other) =>
        other is not null && Controller == other.Controller && Period == other.Period && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Controller, Period, Equality.Hash(Sources));
}
