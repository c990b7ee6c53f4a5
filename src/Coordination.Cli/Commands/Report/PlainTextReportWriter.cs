using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coordination.Cli.Rendering;

namespace Coordination.Cli.Commands.Report;

/// <summary>
/// Writes a report as plain text, one fact a line, for output that goes to a file or a pipe: no colour,
/// no box drawing, nothing wrapped, so <c>grep</c> and <c>diff</c> work on it.
/// </summary>
internal static class PlainTextReportWriter
{
    private const string Indent = "    ";

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(SituationReport report, TextWriter output)
    {
        output.WriteLine($"Situation as of {report.AsOf} ({report.Catalog})");

        Section(output, "Disputed territories", report.DisputedTerritories, t => $"{t.Name} ({ContractWords.Humanize(t.Kind)})", t =>
        [
            ("claimed by", ReportWords.Claims(t)),
            ("controlled by", ReportWords.Control(t)),
            ("sources", ContractWords.List(t.Sources)),
        ]);

        Section(output, "Coordination lines", report.Lines, l => ReportWords.Marked(ReportWords.Label(l.Name, l.Acronym), l.Inferred), l =>
        [
            ("between", $"{l.SideA.Name} and {l.SideB.Name}"),
            ("length", ReportWords.Length(l)),
            ("note", l.Description ?? "-"),
            ("sources", ContractWords.List(l.Sources)),
        ]);

        Section(output, "Security vacuum", report.Vacuum, v => v.Name, v =>
        [
            ("length", VacuumProjection.Lengths(v)),
            ("incidents", VacuumProjection.Incidents(v)),
        ]);

        Section(output, "Coordination mechanisms", report.Mechanisms, m => ReportWords.Label(m.Name, m.Acronym), m =>
        [
            ("kind", ContractWords.Humanize(m.Kind)),
            ("status", ReportWords.Status(m)),
            ("parties", ReportWords.Names(m.Parties)),
            ("site", m.Site ?? "-"),
            ("area", ContractWords.List(m.Area)),
            ("sources", ContractWords.List(m.Sources)),
        ]);

        Section(output, "Recent incidents", report.Incidents, i => ReportWords.Marked($"{i.Date}: {ContractWords.Humanize(i.Kind)}, {i.Place}", i.Inferred), i =>
        [
            ("territory", i.Territory ?? "-"),
            ("by", ReportWords.Perpetrators(i)),
            .. ReportWords.Casualties(i).Select(c => ("casualties", c)),
            ("total", ReportWords.Total(i)),
            ("sources", ContractWords.List(i.Sources)),
        ]);
        if (report.IncidentsOmitted > 0)
        {
            output.WriteLine($"{Indent}… and {report.IncidentsOmitted} earlier incidents (raise --max-incidents to see them)");
        }

        Section(output, "Support", report.Support, s => ReportWords.Marked($"{s.Provider.Name} to {ReportWords.Names(s.Recipients)}", s.Inferred), s =>
        [
            ("kinds", ContractWords.List(s.Kinds.Select(ContractWords.Humanize))),
            ("amount", s.Amount ?? "-"),
            ("period", ReportWords.Period(s)),
            ("sources", ContractWords.List(s.Sources)),
        ]);

        Section(output, "Sources", report.Sources, s => s.Id, s =>
        [
            ("publisher", s.Publisher),
            ("title", s.Title),
            ("published", s.Published ?? "-"),
            ("url", s.Url ?? "-"),
        ]);
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyCollection<T> items, System.Func<T, string> heading, System.Func<T, IEnumerable<(string Label, string Value)>> facts)
    {
        output.WriteLine();
        output.WriteLine($"{title} ({items.Count})");
        if (items.Count == 0)
        {
            output.WriteLine($"{Indent}none");
            return;
        }

        foreach (var item in items)
        {
            output.WriteLine($"  {OneLine(heading(item))}");
            foreach (var (label, value) in facts(item))
            {
                output.WriteLine($"{Indent}{label,-14}{OneLine(value)}");
            }
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
