using System.Globalization;
using System.IO;
using Coordination.Domain.Interop.LivingData;

namespace Coordination.Cli.Commands.Import;

/// <summary>What <c>coordination import</c> did, as its summary table says it.</summary>
/// <param name="Files">The data files read.</param>
/// <param name="RowsRead">The data rows of every file (imported plus rejected).</param>
/// <param name="Rejected">The rows rejected by the importer, plus those whose incident id another record holds.</param>
/// <param name="Counts">What the living data set did with the imported rows.</param>
/// <param name="DeletionsRead">The entries of the deletion list, or <see langword="null"/> without <c>--deletions</c>.</param>
/// <param name="DeletionsRejected">The rows of the deletion list that are not an entry.</param>
/// <param name="PlacesUnresolved">The distinct place names no territory matched.</param>
internal sealed record ImportSummary(int Files, long RowsRead, long Rejected, LivingDataCounts Counts, int? DeletionsRead, int DeletionsRejected, int PlacesUnresolved)
{
    /// <summary>Gets the rows read as incidents: new, modified, unchanged or outdated.</summary>
    public long Imported => RowsRead - Rejected;

    /// <summary>Writes the summary table, one figure a line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="output">Where the catalog went, as the user named it, or <see langword="null"/> for standard output.</param>
    public void WriteTo(TextWriter writer, string? output)
    {
        writer.WriteLine($"Imported {Plural(Files, "file")} into {output ?? "standard output"}");
        Line(writer, "rows read", RowsRead);
        Line(writer, "imported", Imported);
        Line(writer, "  new", Counts.New);
        Line(writer, "  modified", Counts.Modified);
        Line(writer, "  unchanged", Counts.Unchanged);
        Line(writer, "  outdated", Counts.Outdated);
        Line(writer, "deleted", Counts.Deleted);
        Line(writer, "rejected", Rejected);
        Line(writer, "actors created", Counts.ActorsAdded);
        Line(writer, "territories added", Counts.TerritoriesAdded);
        Line(writer, "places unresolved", PlacesUnresolved);
        if (DeletionsRead is { } deletions)
        {
            Line(writer, "deletions read", deletions);
            Line(writer, "deletions rejected", DeletionsRejected);
        }
    }

    private static void Line(TextWriter writer, string label, long value) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-20}{value,12:N0}"));

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}s");
}
