using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Mechanisms;

namespace Coordination.Domain.Analysis;

/// <summary>
/// A mechanism whose sources date no status: its status history is empty or holds undated changes only, and
/// it has no attestation. It is listed on every date, with the last status its history reports, if any
/// ("proposed, not dated by the sources").
/// </summary>
/// <remarks>Equality compares every member, the sources in order.</remarks>
public sealed record UndatedMechanism
{
    /// <summary>Gets the mechanism.</summary>
    public required MechanismId Mechanism { get; init; }

    /// <summary>Gets the status of the last (undated) entry of the history, or <see langword="null"/> when the history is empty.</summary>
    public MechanismStatus? Status { get; init; }

    /// <summary>Gets the sources cited: the mechanism's, then those of its undated changes, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(UndatedMechanism? other) => other is not null && Mechanism == other.Mechanism && Status == other.Status && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mechanism, Status, Equality.Hash(Sources));

    /// <summary>Tells whether the sources date no status of <paramref name="mechanism"/>: no dated change, no attestation.</summary>
    internal static bool IsUndated(CoordinationMechanism? mechanism) =>
        mechanism is not null && mechanism.StatusHistory.All(c => c?.Date is null) && mechanism.Attestations.All(a => a is null);
}
