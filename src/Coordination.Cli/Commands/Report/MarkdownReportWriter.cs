using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coordination.Cli.Rendering;

namespace Coordination.Cli.Commands.Report;

/// <summary>Writes a report as Markdown: a heading and a pipe table per section (GitHub-flavoured).</summary>
internal static class MarkdownReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(SituationReport report, TextWriter output)
    {
        output.WriteLine($"# Situation as of {report.AsOf}");
        output.WriteLine();
        output.WriteLine($"Catalog: {Cell(report.Catalog)}");

        Section(output, "Disputed territories", ["Territory", "Kind", "Claimed by", "Controlled by", "Sources"], report.DisputedTerritories, t =>
            [t.Name, ContractWords.Humanize(t.Kind), ReportWords.Claims(t), ReportWords.Control(t), ContractWords.List(t.Sources)]);

        Section(output, "Coordination lines", ["Line", "Between", "Length", "Note", "Sources"], report.Lines, l =>
            [ReportWords.Marked(ReportWords.Label(l.Name, l.Acronym), l.Inferred), $"{l.SideA.Name} and {l.SideB.Name}", ReportWords.Length(l), l.Description ?? "-", ContractWords.List(l.Sources)]);

        Section(output, "Security vacuum", ["Line", "Length", "Incidents"], report.Vacuum, v =>
            [v.Name, VacuumProjection.Lengths(v), VacuumProjection.Incidents(v)]);

        Section(output, "Coordination mechanisms", ["Mechanism", "Kind", "Status", "Parties", "Site", "Area", "Sources"], report.Mechanisms, m =>
            [ReportWords.Label(m.Name, m.Acronym), ContractWords.Humanize(m.Kind), ReportWords.Status(m), ReportWords.Names(m.Parties), m.Site ?? "-", ContractWords.List(m.Area), ContractWords.List(m.Sources)]);

        Section(output, "Recent incidents", ["Date", "What", "Where", "By", "Casualties", "Sources"], report.Incidents, i =>
            [ReportWords.Marked(i.Date, i.Inferred), ContractWords.Humanize(i.Kind), i.Place, ReportWords.Perpetrators(i), string.Join("<br>", ReportWords.Casualties(i).Append($"total: {ReportWords.Total(i)}")), ContractWords.List(i.Sources)]);
        if (report.IncidentsOmitted > 0)
        {
            output.WriteLine();
            output.WriteLine($"… and {report.IncidentsOmitted} earlier incidents.");
        }

        Section(output, "Support", ["Provider", "Recipients", "Kinds", "Amount", "Period", "Sources"], report.Support, s =>
            [ReportWords.Marked(s.Provider.Name, s.Inferred), ReportWords.Names(s.Recipients), ContractWords.List(s.Kinds.Select(ContractWords.Humanize)), s.Amount ?? "-", ReportWords.Period(s), ContractWords.List(s.Sources)]);

        Section(output, "Sources", ["Source", "Publisher", "Title", "Published", "URL"], report.Sources, s =>
            [s.Id, s.Publisher, s.Title, s.Published ?? "-", s.Url is { } url ? $"<{url}>" : "-"]);
    }

    private static void Section<T>(TextWriter output, string title, string[] columns, IReadOnlyCollection<T> items, System.Func<T, string[]> cells)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        if (items.Count == 0)
        {
            output.WriteLine("None.");
            return;
        }

        output.WriteLine($"| {string.Join(" | ", columns)} |");
        output.WriteLine($"|{string.Concat(columns.Select(_ => " --- |"))}");
        foreach (var item in items)
        {
            output.WriteLine($"| {string.Join(" | ", cells(item).Select(Cell))} |");
        }
    }

    /// <summary>Makes text safe inside a table cell: pipes escaped, line breaks as spaces.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).ReplaceLineEndings(" ");
}
