using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Lines;

namespace Coordination.Domain.Mechanisms;

/// <summary>Where a coordination mechanism works: territories and/or stretches of coordination lines.</summary>
/// <remarks>Equality compares both collections in order. An area with neither is "not reported".</remarks>
public sealed record AreaOfResponsibility
{
    /// <summary>Gets an area with no territory and no line stretch.</summary>
    public static AreaOfResponsibility None { get; } = new();

    /// <summary>Gets the territories covered.</summary>
    public ImmutableArray<TerritoryId> Territories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the stretches of coordination lines covered.</summary>
    public ImmutableArray<LineStretch> LineStretches { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(AreaOfResponsibility? other) =>
        other is not null && Equality.Sequence(Territories, other.Territories) && Equality.Sequence(LineStretches, other.LineStretches);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Territories), Equality.Hash(LineStretches));
}
