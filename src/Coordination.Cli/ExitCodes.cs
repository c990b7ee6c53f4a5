namespace Coordination.Cli;

/// <summary>The exit codes of the <c>coordination</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; every file validated clean.</summary>
    public const int Success = 0;

    /// <summary>A file is a well-formed catalog document with validation errors.</summary>
    public const int ValidationErrors = 1;

    /// <summary><c>import</c>: some rows were rejected (the rest were still written).</summary>
    public const int RowsRejected = 1;

    /// <summary>A file cannot be read or parsed (for <c>import</c>: a data file with no or an unknown header), an output cannot be written, or the arguments are wrong.</summary>
    public const int Unusable = 2;

    /// <summary>A bug in the command itself (EX_SOFTWARE of sysexits.h); the one-line message says what to report.</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Interrupted = 130;
}
