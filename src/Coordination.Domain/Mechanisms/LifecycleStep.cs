using Coordination.Domain.Temporal;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// One step of a mechanism's timeline (<see cref="MechanismLifecycle.Expand"/>,
/// <see cref="CoordinationMechanism.Timeline"/>): a status entered, and what it rests on — a status change,
/// an attestation, or nothing when the step is <em>implied</em> (the lifecycle requires it between two
/// evidenced steps, and no source dates it).
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record LifecycleStep
{
    /// <summary>Gets the status entered.</summary>
    public required MechanismStatus Status { get; init; }

    /// <summary>Gets the date of the evidence, or <see langword="null"/> when it is undated or the step is implied.</summary>
    public ReportedDate? Date { get; init; }

    /// <summary>Gets the status change the step rests on, or <see langword="null"/>.</summary>
    public StatusChange? Change { get; init; }

    /// <summary>Gets the attestation the step rests on, or <see langword="null"/>.</summary>
    public StatusAttestation? Attestation { get; init; }

    /// <summary>Gets whether the step is implied by the lifecycle rather than evidenced by a source.</summary>
    public bool IsImplied => Change is null && Attestation is null;
}
