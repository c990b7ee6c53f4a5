using System.IO;
using System.Linq;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>Writes the view as plain text, one row a line with its cells separated by two spaces, for files and pipes.</summary>
internal static class GapsTextWriter
{
    /// <summary>Writes <paramref name="view"/> to <paramref name="output"/>.</summary>
    /// <param name="view">The view.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(GapsView view, TextWriter output)
    {
        output.WriteLine(GapsSections.Heading(view));
        output.WriteLine(GapsSections.Summary(view));
        foreach (var (title, columns, rows) in GapsSections.Of(view))
        {
            output.WriteLine();
            output.WriteLine($"{title} ({rows.Count})");
            if (rows.Count == 0)
            {
                output.WriteLine("    none");
                continue;
            }

            var widths = columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Length).Max()).ToArray();
            output.WriteLine("  " + string.Join("  ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
            foreach (var row in rows)
            {
                output.WriteLine("  " + string.Join("  ", row.Select((c, i) => c.ReplaceLineEndings(" ").PadRight(widths[i]))).TrimEnd());
            }
        }
    }
}
