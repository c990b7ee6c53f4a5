namespace Coordination.Domain.Mechanisms;

/// <summary>
/// The first problem of a status history, as <see cref="MechanismLifecycle.FindViolation"/> finds it and
/// <see cref="LifecycleViolationException.Violation"/> carries it: which entry, what kind of problem, and
/// the statuses involved.
/// </summary>
/// <remarks>
/// Switch on <see cref="Kind"/>, <see cref="From"/> and <see cref="To"/>; <see cref="Message"/> is for
/// people and may change. Equality compares every member.
/// </remarks>
public sealed record LifecycleViolation
{
    /// <summary>Gets the index of the offending entry: in the status history, or in the attestations when <see cref="InAttestations"/> is <see langword="true"/>.</summary>
    public required int Index { get; init; }

    /// <summary>Gets whether <see cref="Index"/> points into the mechanism's attestations rather than its status history (only for <see cref="LifecycleViolationKind.ContradictsAttestation"/>).</summary>
    public bool InAttestations { get; init; }

    /// <summary>Gets what is wrong with the entry.</summary>
    public required LifecycleViolationKind Kind { get; init; }

    /// <summary>
    /// Gets the status of the entry before the offending one, or <see langword="null"/> when the
    /// offending entry is the first, or when the problem lies in the entry alone
    /// (<see cref="LifecycleViolationKind.MissingChange"/>, <see cref="LifecycleViolationKind.UndefinedStatus"/>).
    /// </summary>
    public MechanismStatus? From { get; init; }

    /// <summary>Gets the status of the offending entry, or <see langword="null"/> when the entry is <see langword="null"/>.</summary>
    public MechanismStatus? To { get; init; }

    /// <summary>Gets a description of the problem, for people.</summary>
    public required string Message { get; init; }

    /// <summary>Returns <see cref="Message"/> with the index of the entry.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{(InAttestations ? "attestation " : string.Empty)}[{Index}] {Kind}: {Message}";
}
