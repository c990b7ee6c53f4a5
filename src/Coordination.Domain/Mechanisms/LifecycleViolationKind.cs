namespace Coordination.Domain.Mechanisms;

/// <summary>What is wrong with the entry of a status history that a <see cref="LifecycleViolation"/> points at.</summary>
public enum LifecycleViolationKind
{
    /// <summary>The entry is <see langword="null"/>.</summary>
    MissingChange = 0,

    /// <summary>The entry's status is not a defined <see cref="MechanismStatus"/>.</summary>
    UndefinedStatus = 1,

    /// <summary>The lifecycle does not allow the entry's status to follow the previous one, even through steps left out (see <see cref="MechanismLifecycle.IsReachable"/>).</summary>
    ForbiddenTransition = 2,

    /// <summary>The entry repeats the status of the previous one; no status follows itself.</summary>
    RepeatedStatus = 3,

    /// <summary>The entry is dated (by its earliest day) before the last dated entry it follows.</summary>
    OutOfOrder = 4,

    /// <summary>
    /// An attestation and the status history disagree: the attested status cannot follow the status in force
    /// before it, or a later status change cannot follow the attested status (see
    /// <see cref="MechanismLifecycle.IsReachable"/>). <see cref="LifecycleViolation.InAttestations"/> tells
    /// whether the offending entry is the attestation or the status change.
    /// </summary>
    ContradictsAttestation = 5,
}
