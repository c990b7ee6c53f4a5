using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>Draws the view as Spectre.Console tables, one per section.</summary>
internal static class GapsTableWriter
{
    /// <summary>Draws <paramref name="view"/> on <paramref name="console"/>.</summary>
    /// <param name="view">The view.</param>
    /// <param name="console">The console.</param>
    public static void Write(GapsView view, IAnsiConsole console)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(GapsSections.Heading(view))}[/]") { Justification = Justify.Left });
        console.Write(new Text(GapsSections.Summary(view)));
        console.WriteLine();
        foreach (var (title, columns, rows) in GapsSections.Of(view))
        {
            console.WriteLine();
            if (rows.Count == 0)
            {
                console.Write(new Markup($"[bold]{Markup.Escape(title)}[/]: none"));
                console.WriteLine();
                continue;
            }

            var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"[bold]{Markup.Escape(title)}[/] ({rows.Count})") };
            foreach (var column in columns)
            {
                table.AddColumn(new TableColumn(new Text(column, new Style(decoration: Decoration.Bold))));
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
            }

            console.Write(table);
        }
    }
}
