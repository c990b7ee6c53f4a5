using System.IO;
using System.Linq;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>Writes the view as Markdown: a heading and a pipe table per section.</summary>
internal static class GapsMarkdownWriter
{
    /// <summary>Writes <paramref name="view"/> to <paramref name="output"/>.</summary>
    /// <param name="view">The view.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(GapsView view, TextWriter output)
    {
        output.WriteLine($"# {Cell(GapsSections.Heading(view))}");
        output.WriteLine();
        output.WriteLine(GapsSections.Summary(view) + ".");
        foreach (var (title, columns, rows) in GapsSections.Of(view))
        {
            output.WriteLine();
            output.WriteLine($"## {title}");
            output.WriteLine();
            if (rows.Count == 0)
            {
                output.WriteLine("None.");
                continue;
            }

            output.WriteLine($"| {string.Join(" | ", columns)} |");
            output.WriteLine($"|{string.Concat(columns.Select(_ => " --- |"))}");
            foreach (var row in rows)
            {
                output.WriteLine($"| {string.Join(" | ", row.Select(Cell))} |");
            }
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).ReplaceLineEndings(" ");
}
