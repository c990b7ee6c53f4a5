using System;
using System.Collections.Immutable;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// The status of a mechanism on a date and what it rests on, as <see cref="MechanismLifecycle.EvidenceOn"/>
/// works it out: the last dated status change in effect, the latest attestation seen by the date, which of
/// the two the status is taken from, and the statuses the lifecycle implies just before it.
/// </summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record StatusEvidence
{
    /// <summary>Gets the status in force.</summary>
    public required MechanismStatus Status { get; init; }

    /// <summary>Gets the last dated status change that had taken effect by the date, or <see langword="null"/> when none had.</summary>
    public StatusChange? Change { get; init; }

    /// <summary>Gets the position of <see cref="Change"/> in the status history, or -1 when there is none.</summary>
    public int ChangeIndex { get; init; } = -1;

    /// <summary>Gets the latest attestation seen by the date, or <see langword="null"/> when none was.</summary>
    public StatusAttestation? Attestation { get; init; }

    /// <summary>Gets the position of <see cref="Attestation"/> in the attestations, or -1 when there is none.</summary>
    public int AttestationIndex { get; init; } = -1;

    /// <summary>Gets whether <see cref="Status"/> is taken from <see cref="Attestation"/> (newer evidence than <see cref="Change"/>) rather than from <see cref="Change"/>.</summary>
    public bool IsAttested { get; init; }

    /// <summary>
    /// Gets the statuses the lifecycle implies between the evidenced status before and <see cref="Status"/>, in
    /// order (agreed, then attested operational: established is implied); empty when none is.
    /// </summary>
    public ImmutableArray<MechanismStatus> Implied { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the inference of the evidence the status is taken from, or <see langword="null"/> when that evidence is stated.</summary>
    public Inference? Inference => IsAttested ? Attestation?.Inference : Change?.Inference;

    /// <inheritdoc />
    public bool Equals(StatusEvidence? other) =>
        other is not null && Status == other.Status && Equals(Change, other.Change) && ChangeIndex == other.ChangeIndex
        && Equals(Attestation, other.Attestation) && AttestationIndex == other.AttestationIndex && IsAttested == other.IsAttested
        && Equality.Sequence(Implied, other.Implied);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Status, Change, ChangeIndex, Attestation, AttestationIndex, IsAttested, Equality.Hash(Implied));
}
