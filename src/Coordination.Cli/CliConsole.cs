using System;
using System.IO;

namespace Coordination.Cli;

/// <summary>Where the command writes, and whether its output goes to a terminal.</summary>
/// <param name="Out">Standard output: the result (report, problems, schema, catalog).</param>
/// <param name="Error">Standard error: one line per failure, and warnings.</param>
/// <param name="IsOutputRedirected">Whether standard output goes to a file or pipe rather than a terminal.</param>
/// <param name="IsErrorRedirected">Whether standard error goes to a file or pipe rather than a terminal (progress is drawn only on a terminal).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsOutputRedirected, bool IsErrorRedirected = true)
{
    /// <summary>Gets the process's console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, Console.IsOutputRedirected, Console.IsErrorRedirected);
}
