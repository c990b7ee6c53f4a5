using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Analysis;

/// <summary>A mechanism with a status in force on the situation's date, and what the status rests on: a dated status change, an attestation, the steps implied before it.</summary>
/// <remarks>
/// <see cref="Evidence"/> is <c>CoordinationMechanism.EvidenceOn(date)</c>, <see cref="Status"/> its status.
/// Equality compares every member, collections in order.
/// </remarks>
public sealed record MechanismInForce
{
    /// <summary>Gets the mechanism.</summary>
    public required MechanismId Mechanism { get; init; }

    /// <summary>Gets what the status in force rests on.</summary>
    public required StatusEvidence Evidence { get; init; }

    /// <summary>Gets the inference of the mechanism record itself, or <see langword="null"/> when it is stated.</summary>
    public Inference? MechanismInference { get; init; }

    /// <summary>Gets the status in force.</summary>
    public MechanismStatus Status => Evidence.Status;

    /// <summary>Gets the last dated status change in effect on the date, or <see langword="null"/> when the status rests on an attestation alone.</summary>
    public StatusChange? Change => Evidence.Change;

    /// <summary>Gets the position of <see cref="Change"/> in the mechanism's status history, or -1 when there is none.</summary>
    public int ChangeIndex => Evidence.ChangeIndex;

    /// <summary>Gets the latest attestation seen by the date, or <see langword="null"/>.</summary>
    public StatusAttestation? Attestation => Evidence.Attestation;

    /// <summary>
    /// Gets since when the status is in force: the reported date of <see cref="Change"/> (<c>2015</c>,
    /// <c>2021-05-20</c>) when that change entered the status in force, otherwise <see langword="null"/> (the
    /// status is only attested, from <see cref="Attestation"/>'s date).
    /// </summary>
    public ReportedDate? Since => Change is { } change && change.Status == Status ? change.Date : null;

    /// <summary>Gets the date of the attestation the status in force is taken from or confirmed by, or <see langword="null"/>.</summary>
    public ReportedDate? AttestedOn => Attestation is { } attestation && attestation.Status == Status ? attestation.Date : null;

    /// <summary>
    /// Gets whether the status, the date it is in force <see cref="Since"/> (an inferred change beneath a stated
    /// attestation), or the mechanism is inferred rather than stated.
    /// </summary>
    public bool IsInferred => Evidence.Inference is not null || (Since is not null && Change?.Inference is not null) || MechanismInference is not null;

    /// <summary>Gets the sources cited: the mechanism's, then those of every status change taken effect by the date, then those of the attestation the status rests on, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(MechanismInForce? other) =>
        other is not null && Mechanism == other.Mechanism && Equals(Evidence, other.Evidence) && Equals(MechanismInference, other.MechanismInference)
        && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mechanism, Evidence, MechanismInference, Equality.Hash(Sources));
}
