using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Coordination.Cli.Tests.TestHost;

/// <summary>Runs the built <c>coordination</c> tool as a separate process, as a user would.</summary>
public static class CoordinationProcess
{
    /// <summary>A GC heap limit for runs that must show bounded memory: a run that needs more dies instead of passing.</summary>
    public const string BoundedHeap = "0x10000000"; // 256 MiB

    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static string AppHost => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "coordination.exe" : "coordination");

    public static async Task<CommandResult> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(AppHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The tool did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"coordination {string.Join(' ', start.ArgumentList)} hung (still running after {HangGuard}).");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

    public static Task<CommandResult> RunAsync(params string[] args) => RunAsync((IEnumerable<string>)args);
}
