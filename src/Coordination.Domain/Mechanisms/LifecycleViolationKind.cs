namespace Coordination.Domain.Mechanisms;

/// <summary>What is wrong with the entry of a status history that a <see cref="LifecycleViolation"/> points at.</summary>
public enum LifecycleViolationKind
{
    /// <summary>The entry is <see langword="null"/>.</summary>
    MissingChange = 0,

    /// <summary>The entry's status is not a defined <see cref="MechanismStatus"/>.</summary>
    UndefinedStatus = 1,

    /// <summary>The lifecycle does not allow the entry's status to follow the previous one (see <see cref="MechanismLifecycle.IsAllowed"/>).</summary>
    ForbiddenTransition = 2,

    /// <summary>The entry repeats the status of the previous one; no status follows itself.</summary>
    RepeatedStatus = 3,

    /// <summary>The entry is dated (by its earliest day) before the entry it follows.</summary>
    OutOfOrder = 4,
}
