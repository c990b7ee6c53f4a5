using System;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Mechanisms;

/// <summary>
/// Thrown when a status change would break a mechanism's lifecycle (see <see cref="MechanismLifecycle"/>);
/// <see cref="Violation"/> tells which entry, what kind of breach and the statuses involved.
/// </summary>
public sealed class LifecycleViolationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public LifecycleViolationException()
        : base("The status change breaks the mechanism lifecycle.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public LifecycleViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public LifecycleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the violation it reports.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="violation">The violation, as <see cref="MechanismLifecycle.FindViolation"/> found it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violation"/> is <see langword="null"/>.</exception>
    public LifecycleViolationException(string message, LifecycleViolation violation)
        : base(message)
    {
        Violation = Preconditions.CheckNotNull(violation);
    }

    /// <summary>Gets the violation, or <see langword="null"/> when the exception was created without one.</summary>
    public LifecycleViolation? Violation { get; }
}
