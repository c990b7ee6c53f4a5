using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Coordination.Domain.Benchmarks.Generation;

namespace Coordination.Domain.Benchmarks.Scale;

/// <summary>
/// <c>--scale [SIZES] [--stages S,…] [--dir DIR]</c>: generates an ACLED file of each size (10 000, 100 000 and
/// 1 000 000 rows unless told; kept in DIR, by default the temporary folder's <c>coordination-scale</c>, and reused),
/// runs each stage of <see cref="ScaleStages"/> at each size in a child process of its own, and prints a markdown
/// table of time, peak resident memory and managed allocation, and how each grows from one size to the next.
/// <c>--scale-stage STAGE ROWS FILE</c> is the child's side.
/// </summary>
internal static class ScaleMode
{
    private static readonly ImmutableArray<int> DefaultSizes = [10_000, 100_000, 1_000_000];

    /// <summary>Runs the parent's side.</summary>
    /// <param name="args">The arguments after <c>--scale</c>.</param>
    /// <returns>The exit code: 0 when every stage ran, 1 when one failed, 2 for a bad command line.</returns>
    public static int Run(ReadOnlySpan<string> args)
    {
        var sizes = DefaultSizes;
        var stages = ScaleStages.All;
        var dir = Path.Combine(Path.GetTempPath(), "coordination-scale");
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--stages" && i + 1 < args.Length)
            {
                stages = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            }
            else if (args[i] == "--dir" && i + 1 < args.Length)
            {
                dir = args[++i];
            }
            else if (args[i].Split(',') is var parts && parts.All(p => GenerateMode.TryParseCount(p, out var n) && n > 0))
            {
                sizes = [.. parts.Select(p => GenerateMode.TryParseCount(p, out var n) ? n : 0)];
            }
            else
            {
                return Usage($"'{args[i]}' is neither a list of sizes, --stages nor --dir.");
            }
        }

        if (stages.FirstOrDefault(s => !ScaleStages.All.Contains(s)) is { } unknown)
        {
            return Usage($"'{unknown}' is not a stage.");
        }

        Directory.CreateDirectory(dir);
        var results = new List<ScaleResult>();
        var failed = new List<string>();
        foreach (var rows in sizes)
        {
            var file = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"acled-{rows}-seed{SyntheticConflictFile.DefaultSeed}.csv"));
            if (!File.Exists(file))
            {
                var clock = Stopwatch.StartNew();
                new SyntheticConflictFile(GeneratedLayout.Acled, rows).Write(file + ".part");
                File.Move(file + ".part", file, overwrite: true);
                Progress($"generated {file} ({new FileInfo(file).Length / 1024.0 / 1024.0:F0} MiB) in {clock.Elapsed.TotalSeconds:F1} s");
            }

            foreach (var stage in stages)
            {
                Progress($"{stage} at {rows:N0} …");
                if (RunChild(stage, rows, file) is { } result)
                {
                    results.Add(result);
                    Progress($"{stage} at {rows:N0}: {result.Seconds:F2} s ({result.CpuSeconds:F2} s CPU), peak {Mib(result.PeakBytes)}, {result.Note}");
                }
                else
                {
                    failed.Add(string.Create(CultureInfo.InvariantCulture, $"{stage} at {rows:N0}"));
                }
            }
        }

        Console.Write(Table(results, stages, sizes, failed));
        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>Runs the child's side: measures one stage and prints its result line.</summary>
    /// <param name="args">The arguments after <c>--scale-stage</c>: the stage, the rows, the file.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunStageAsync(ReadOnlyMemory<string> args)
    {
        if (args.Length != 3 || !GenerateMode.TryParseCount(args.Span[1], out var rows))
        {
            Console.Error.WriteLine("usage: --scale-stage STAGE ROWS FILE");
            return 2;
        }

        var result = await ScaleStages.MeasureAsync(args.Span[0], rows, args.Span[2]).ConfigureAwait(false);
        Console.WriteLine(result.ToLine());
        return 0;
    }

    /// <summary>Formats the results as markdown: one row per stage and size, then the growth of each stage from size to size.</summary>
    /// <param name="results">The results.</param>
    /// <param name="stages">The stages, in order.</param>
    /// <param name="sizes">The sizes, in order.</param>
    /// <param name="failed">The stages that failed, with their sizes.</param>
    /// <returns>The markdown.</returns>
    internal static string Table(IReadOnlyList<ScaleResult> results, IReadOnlyList<string> stages, IReadOnlyList<int> sizes, IReadOnlyList<string> failed)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; each stage in a process of its own, after a warm-up on {ScaleStages.WarmUpRows:N0} rows; load average {LoadAverage()} at the end.");
        text.AppendLine();
        text.AppendLine("| stage | rows | time | CPU time | CPU per row | peak memory (RSS) | of which held before | managed allocation | per row | gen 2 GCs | result |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var stage in stages)
        {
            foreach (var r in results.Where(r => r.Stage == stage).OrderBy(r => r.Rows))
            {
                text.AppendLine(c, $"| {r.Stage} | {r.Rows:N0} | {Time(r.Seconds)} | {Time(r.CpuSeconds)} | {PerRow(r.CpuSeconds, r.Rows)} | {Mib(r.PeakBytes)} | {Mib(r.StartBytes)} | {Mib(r.AllocatedBytes)} | {Bytes((double)r.AllocatedBytes / r.Rows)} | {r.Gen2Collections} | {r.Note} |");
            }
        }

        if (sizes.Count > 1)
        {
            text.AppendLine();
            var steps = sizes.Zip(sizes.Skip(1)).ToList();
            text.Append("| stage |");
            foreach (var (a, b) in steps)
            {
                text.Append(c, $" CPU time {Short(a)}→{Short(b)} |");
            }

            foreach (var (a, b) in steps)
            {
                text.Append(c, $" peak memory {Short(a)}→{Short(b)} |");
            }

            text.AppendLine();
            text.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", steps.Count * 2))).AppendLine();
            foreach (var stage in stages)
            {
                text.Append(c, $"| {stage} |");
                foreach (var (a, b) in steps)
                {
                    text.Append(c, $" {Ratio(Find(results, stage, a)?.CpuSeconds, Find(results, stage, b)?.CpuSeconds)} |");
                }

                foreach (var (a, b) in steps)
                {
                    text.Append(c, $" {Ratio(Find(results, stage, a)?.PeakBytes, Find(results, stage, b)?.PeakBytes)} |");
                }

                text.AppendLine();
            }
        }

        foreach (var f in failed)
        {
            text.AppendLine().AppendLine(c, $"(failed: {f})");
        }

        return text.ToString();
    }

    private static ScaleResult? RunChild(string stage, int rows, string file)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var arg in new[] { "--scale-stage", stage, rows.ToString(CultureInfo.InvariantCulture), file })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var result = output.Split('\n').Select(l => ScaleResult.Parse(l.TrimEnd('\r'))).LastOrDefault(r => r is not null);
        if (child.ExitCode != 0 || result is null)
        {
            Progress($"{stage} at {rows:N0} failed: exit code {child.ExitCode}");
            return null;
        }

        return result;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static ScaleResult? Find(IEnumerable<ScaleResult> results, string stage, int rows) => results.FirstOrDefault(r => r.Stage == stage && r.Rows == rows);

    private static string Ratio(double? a, double? b) => a is > 0 && b is { } y ? string.Create(CultureInfo.InvariantCulture, $"×{y / a.Value:F1}") : "–";

    private static string Ratio(long? a, long? b) => Ratio((double?)a, (double?)b);

    private static string Short(int rows) => rows % 1_000_000 == 0 ? $"{rows / 1_000_000}M" : rows % 1_000 == 0 ? $"{rows / 1_000}k" : rows.ToString(CultureInfo.InvariantCulture);

    private static string Time(double seconds) => seconds >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{seconds:F2} s") : string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:F0} ms");

    private static string PerRow(double seconds, int rows)
    {
        var micro = seconds * 1e6 / rows;
        return micro >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{micro:F1} µs") : string.Create(CultureInfo.InvariantCulture, $"{micro * 1000:F0} ns");
    }

    private static string Mib(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1024.0 / 1024.0:N0} MiB") : "–";

    private static string Bytes(double bytes) => bytes >= 10_240 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N1} KiB") : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} B");

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("usage: --scale [10000,100000,1000000] [--stages " + string.Join(',', ScaleStages.All) + "] [--dir DIR]");
        return 2;
    }
}
