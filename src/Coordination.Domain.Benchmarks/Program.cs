using System;
using System.Diagnostics;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using Coordination.Domain.Serialization;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks (<c>dotnet run -c Release -- --filter '*' --job short</c>), or with <c>--memory</c>
/// measures the peak managed heap while streaming growing numbers of incidents as JSON Lines, or with
/// <c>--import-memory</c> while importing 10 000 and 1 000 000 ACLED rows, or with <c>--validation-profile</c>
/// shows where the time and allocations of validation go, or with <c>--generate acled|ucdp N FILE</c>
/// writes a synthetic file of N rows and checks that it imports (docs/scale.md, "Generating large files"), or with
/// <c>--scale [10000,100000,1000000]</c> measures import, validation, queries, situation, gaps and export at each size,
/// each in a process of its own, and prints the markdown table of docs/scale.md ("Measured on one machine").
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--generate", ..])
        {
            return Generation.GenerateMode.Run(args.AsSpan(1));
        }

        if (args is ["--scale", ..])
        {
            return Scale.ScaleMode.Run(args.AsSpan(1));
        }

        if (args is ["--scale-stage", ..])
        {
            return await Scale.ScaleMode.RunStageAsync(args.AsMemory(1));
        }

        if (args is ["--memory"])
        {
            foreach (var count in new[] { 1_000, 10_000, 100_000, 1_000_000 })
            {
                await MeasureStreamingMemory(count);
            }

            return 0;
        }

        if (args is ["--import-memory"])
        {
            foreach (var rows in new[] { 10_000, 1_000_000 })
            {
                MeasureImportMemory(rows);
            }

            return 0;
        }

        if (args is ["--validation-profile"])
        {
            ValidationProfile.Run();
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static void MeasureImportMemory(int rows)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        int read = 0, imported = 0;
        var clock = Stopwatch.StartNew();
        foreach (var result in new Interop.IncidentImporter().Read(new SyntheticAcledStream(rows)))
        {
            imported += result is Interop.ImportedRow ? 1 : 0;
            if (++read % 1_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
            }
        }

        Console.WriteLine($"{rows,9:N0} ACLED rows imported ({imported:N0} incidents, {read - imported:N0} rejected): peak managed heap above start {peak / 1024.0 / 1024.0,6:F1} MiB, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task MeasureStreamingMemory(int count)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var read = 0;
        var clock = Stopwatch.StartNew();
        await foreach (var _ in CoordinationJson.ReadIncidentsAsync(new SyntheticJsonLinesStream(count)))
        {
            if (++read % 1_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
            }
        }

        Console.WriteLine($"{count,9:N0} incidents read as JSON Lines: peak managed heap above start {peak / 1024.0 / 1024.0,6:F1} MiB, {clock.Elapsed.TotalSeconds:F1} s");
    }
}
