using System;

namespace Coordination.Domain.Interop;

/// <summary>A file cannot be read at all: it has no header, or a header that is neither data set's. A single bad row is never this exception; it is a <see cref="RejectedRow"/>.</summary>
public sealed class InteropFormatException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    public InteropFormatException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">What is wrong, naming the line.</param>
    public InteropFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and its cause.</summary>
    /// <param name="message">What is wrong, naming the line.</param>
    /// <param name="innerException">The cause.</param>
    public InteropFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the 1-based line at fault, or 0 when the fault is the file's as a whole.</summary>
    public long Line { get; init; }
}
