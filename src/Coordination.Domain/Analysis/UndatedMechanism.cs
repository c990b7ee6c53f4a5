using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Analysis;

/// <summary>A mechanism whose sources date no status (its status history is empty), so it is listed on every date.</summary>
/// <remarks>Equality compares both members, the sources in order.</remarks>
public sealed record UndatedMechanism
{
    /// <summary>Gets the mechanism.</summary>
    public required MechanismId Mechanism { get; init; }

    /// <summary>Gets the sources cited: the mechanism's, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(UndatedMechanism? other) => other is not null && Mechanism == other.Mechanism && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mechanism, Equality.Hash(Sources));
}
