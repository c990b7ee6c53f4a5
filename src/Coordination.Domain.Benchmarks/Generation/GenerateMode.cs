using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>
/// <c>--generate acled|ucdp N FILE [SEED]</c>: writes a <see cref="SyntheticConflictFile"/>, then imports it and checks
/// that exactly the rows it broke were rejected; exit code 0 when they were, 1 when not, 2 for a bad command line or a file that cannot be written.
/// </summary>
internal static class GenerateMode
{
    /// <summary>Runs the mode.</summary>
    /// <param name="args">The arguments after <c>--generate</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length is < 3 or > 4
            || ParseLayout(args[0]) is not { } layout
            || !TryParseCount(args[1], out var rows)
            || (args.Length == 4 && !ulong.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            Console.Error.WriteLine("usage: --generate acled|ucdp N FILE [SEED]   (N rows, e.g. 1000000 or 1_000_000; SEED a whole number)");
            return 2;
        }

        var seed = args.Length == 4 ? ulong.Parse(args[3], NumberStyles.None, CultureInfo.InvariantCulture) : SyntheticConflictFile.DefaultSeed;
        var file = new SyntheticConflictFile(layout, rows, seed);
        var clock = Stopwatch.StartNew();
        try
        {
            file.Write(args[2]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"--generate: {args[2]}: cannot be written: {e.Message}");
            return 2;
        }

        var written = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {args[2]}: {rows:N0} {Name(layout)} rows (seed {seed}), {new FileInfo(args[2]).Length / 1024.0 / 1024.0:F1} MiB, {file.ProblemRows:N0} broken on purpose, in {written.TotalSeconds:F1} s"));

        clock.Restart();
        GeneratedFileCheck check;
        using (var stream = new FileStream(args[2], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            check = GeneratedFileCheck.Run(stream, file.ProblemRows);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported it: {check.Imported:N0} incidents, {check.Rejected:N0} rows rejected ({check.ExpectedRejected:N0} expected), placed in {check.Territories:N0} territories ({check.Unplaced:N0} in none), in {clock.Elapsed.TotalSeconds:F1} s"));
        foreach (var reject in check.UnexpectedRejects)
        {
            Console.WriteLine($"  rejected but not broken: {reject}");
        }

        if (check.MissedProblems > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {check.MissedProblems:N0} broken rows were imported"));
        }

        Console.WriteLine(check.Passed ? "check passed: exactly the broken rows were rejected" : "check FAILED");
        return check.Passed ? 0 : 1;
    }

    /// <summary>Reads a layout's name.</summary>
    /// <param name="text"><c>acled</c> or <c>ucdp</c>.</param>
    /// <returns>The layout, or <see langword="null"/>.</returns>
    public static GeneratedLayout? ParseLayout(string text) => text.ToUpperInvariant() switch
    {
        "ACLED" => GeneratedLayout.Acled,
        "UCDP" => GeneratedLayout.Ucdp,
        _ => null,
    };

    /// <summary>Reads a row count such as <c>1000000</c>, <c>1_000_000</c> or <c>1,000,000</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="count">The count.</param>
    /// <returns>Whether it is one.</returns>
    public static bool TryParseCount(string text, out int count) =>
        int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out count);

    private static string Name(GeneratedLayout layout) => layout == GeneratedLayout.Acled ? "ACLED" : "UCDP GED";
}
