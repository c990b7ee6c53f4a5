using System;

namespace Coordination.Domain.Mechanisms;

/// <summary>Thrown when a status change would break a mechanism's lifecycle (see <see cref="MechanismLifecycle"/>).</summary>
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
}
