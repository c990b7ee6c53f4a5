using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// A status a source saw a mechanism in on a day, without dating the change into it ("four centres active,
/// 31 May 2021"): evidence that on <see cref="Date"/> the mechanism was <see cref="Status"/>.
/// </summary>
/// <remarks>
/// <para>An attestation is not a transition: it says nothing of when the status began. How
/// <see cref="CoordinationMechanism.StatusOn"/> weighs it against the status history is told on
/// <see cref="MechanismLifecycle.EvidenceOn"/>; the validator checks that it agrees with the history
/// (<see cref="Validation.ValidationCodes.Mechanisms.AttestationContradictsHistory"/>).</para>
/// <para>Equality compares every member, the sources in order.</para>
/// </remarks>
public sealed record StatusAttestation
{
    /// <summary>Gets the status seen.</summary>
    public required MechanismStatus Status { get; init; }

    /// <summary>Gets when the status was seen, as precisely as reported; the attestation counts from its latest day.</summary>
    public required ReportedDate Date { get; init; }

    /// <summary>Gets the sources the attestation rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the attestation was inferred, or <see langword="null"/> when its sources state it.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets a short note ("four rooms active"), if any.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public bool Equals(StatusAttestation? other) =>
        other is not null && Status == other.Status && Date == other.Date && Equality.Sequence(Sources, other.Sources)
        && Equals(Inference, other.Inference) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Date, Equality.Hash(Sources), Inference, Note);
}
