using System.Collections.Generic;
using System.Linq;
using Coordination.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Coordination.Cli.Commands.Report;

/// <summary>Draws a report as Spectre.Console tables, one per section, for an interactive terminal.</summary>
internal static class TableReportWriter
{
    /// <summary>Draws <paramref name="report"/> on <paramref name="console"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="console">The console to draw on.</param>
    public static void Write(SituationReport report, IAnsiConsole console)
    {
        console.Write(new Rule($"[bold]Situation as of {report.AsOf}[/] [grey]({Markup.Escape(report.Catalog)})[/]") { Justification = Justify.Left });

        Section(console, "Disputed territories", ["Territory", "Kind", "Claimed by", "Controlled by", "Sources"], report.DisputedTerritories, t =>
            [t.Name, ContractWords.Humanize(t.Kind), ReportWords.Claims(t), ReportWords.Control(t), ContractWords.List(t.Sources)]);

        Section(console, "Coordination lines", ["Line", "Between", "Length", "Note", "Sources"], report.Lines, l =>
            [ReportWords.Marked(ReportWords.Label(l.Name, l.Acronym), l.Inferred), $"{l.SideA.Name} and {l.SideB.Name}", ReportWords.Length(l), l.Description ?? "-", ContractWords.List(l.Sources)]);

        Section(console, "Security vacuum", ["Line", "Length", "Incidents"], report.Vacuum, v =>
            [v.Name, VacuumProjection.Lengths(v), VacuumProjection.Incidents(v)]);

        Section(console, "Coordination mechanisms", ["Mechanism", "Kind", "Status", "Parties", "Site", "Area", "Sources"], report.Mechanisms, m =>
            [ReportWords.Label(m.Name, m.Acronym), ContractWords.Humanize(m.Kind), ReportWords.Status(m), ReportWords.Names(m.Parties), m.Site ?? "-", ContractWords.List(m.Area), ContractWords.List(m.Sources)]);

        Section(console, "Recent incidents", ["Date", "What", "Where", "By", "Casualties", "Sources"], report.Incidents, i =>
            [ReportWords.Marked(i.Date, i.Inferred), ContractWords.Humanize(i.Kind), i.Place, ReportWords.Perpetrators(i), string.Join("\n", ReportWords.Casualties(i).Append($"total: {ReportWords.Total(i)}")), ContractWords.List(i.Sources)], report.IncidentsOmitted);

        Section(console, "Support", ["Provider", "Recipients", "Kinds", "Amount", "Period", "Sources"], report.Support, s =>
            [ReportWords.Marked(s.Provider.Name, s.Inferred), ReportWords.Names(s.Recipients), ContractWords.List(s.Kinds.Select(ContractWords.Humanize)), s.Amount ?? "-", ReportWords.Period(s), ContractWords.List(s.Sources)]);

        Section(console, "Sources", ["Source", "Publisher", "Title", "Published", "URL"], report.Sources, s =>
            [s.Id, s.Publisher, s.Title, s.Published ?? "-", s.Url ?? "-"]);
    }

    private static void Section<T>(IAnsiConsole console, string title, string[] columns, IReadOnlyCollection<T> items, System.Func<T, string[]> cells, int omitted = 0)
    {
        console.WriteLine();
        if (items.Count == 0)
        {
            console.Write(new Markup($"[bold]{Markup.Escape(title)}[/]: none"));
            console.WriteLine();
            return;
        }

        var count = omitted > 0 ? $"{items.Count} of {items.Count + omitted}" : $"{items.Count}";
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"[bold]{Markup.Escape(title)}[/] ({count})") };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column, new Style(decoration: Decoration.Bold))));
        }

        foreach (var item in items)
        {
            table.AddRow(cells(item).Select(cell => (IRenderable)new Text(cell)));
        }

        console.Write(table);
    }
}
