using System;
using System.Linq;

namespace Coordination.Cli.Tests.TestHost;

/// <summary>What a run of the command left behind.</summary>
public sealed record CommandResult(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Clip(Out)}\n--- stderr ---\n{Clip(Error)}";

    private static string Clip(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}
