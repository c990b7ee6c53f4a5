using System;
using System.Globalization;

namespace Coordination.Domain.Benchmarks.Scale;

/// <summary>What one stage measured at one size, in its own process.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Rows">The rows of the generated file the catalog was imported from.</param>
/// <param name="Seconds">The stage's wall-clock time.</param>
/// <param name="CpuSeconds">The processor time the process spent in the stage (every thread, the collector's included): less moved than the wall clock by other work on a shared machine.</param>
/// <param name="PeakBytes">The peak resident memory during the stage (the catalog it works on included), or <see langword="null"/> off Linux.</param>
/// <param name="StartBytes">The resident memory when the stage began (the catalog, after a full collection), or <see langword="null"/> off Linux.</param>
/// <param name="AllocatedBytes">The bytes the stage allocated on the managed heap.</param>
/// <param name="Gen2Collections">The full collections during the stage.</param>
/// <param name="Note">What the stage produced (incidents imported, errors found, …).</param>
internal sealed record ScaleResult(string Stage, int Rows, double Seconds, double CpuSeconds, long? PeakBytes, long? StartBytes, long AllocatedBytes, int Gen2Collections, string Note)
{
    private const string Marker = "SCALE-RESULT";

    /// <summary>Writes the result as the one line a parent process reads.</summary>
    /// <returns>The line.</returns>
    public string ToLine() => string.Join('\t', Marker, Stage, I(Rows), Seconds.ToString("R", CultureInfo.InvariantCulture), CpuSeconds.ToString("R", CultureInfo.InvariantCulture), I(PeakBytes ?? -1), I(StartBytes ?? -1), I(AllocatedBytes), I(Gen2Collections), Note.Replace('\t', ' '));

    /// <summary>Reads a line written by <see cref="ToLine"/>.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The result, or <see langword="null"/> when the line is not one.</returns>
    public static ScaleResult? Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length != 10 || f[0] != Marker)
        {
            return null;
        }

        static long L(string s) => long.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new ScaleResult(f[1], (int)L(f[2]), double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), L(f[5]) < 0 ? null : L(f[5]), L(f[6]) < 0 ? null : L(f[6]), L(f[7]), (int)L(f[8]), f[9]);
    }

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);
}
