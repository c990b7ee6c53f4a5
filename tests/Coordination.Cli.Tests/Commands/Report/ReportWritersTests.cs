using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Coordination.Cli.Commands.Report;
using Spectre.Console;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Report;

public class ReportWritersTests
{
    private static readonly ActorReference Peshmerga = new("peshmerga", "Peshmerga");
    private static readonly ActorReference Isf = new("isf", "ISF");

    private static readonly SituationReport Report = new(
        "2021-05-03",
        "test | catalog",
        [new DisputedTerritoryEntry("kirkuk", "Kirkuk", "governorate", [new("goi", "GoI"), new("krg", "KRG")], Isf, "2017-10-16", Peshmerga, ["src"])],
        [new LineEntry("kcl", "Kurdish Coordination Line", "KCL", Peshmerga, Isf, 1050.25, "A line\nwith | a pipe", ["src"])],
        [new MechanismEntry("jccc", "Joint Coalition Coordination Center", "JCCC", "jointCoalitionCoordinationCentre", "operational", "2015", [Peshmerga, Isf], "Camp Zeravani", ["KCL in Diyala"], ["src"])],
        [new IncidentEntry("prde", "2021-05-01 (early hours)", "armedClash", "near Prde", "Prde", [new PerpetratorEntry(new("isis", "ISIS"), "attributed")],
            [new CasualtyEntry("peshmerga", "Peshmerga", new CasualtyCount(3, 3, 3), new CasualtyCount(2, 2, 2))], new CasualtyCount(3, 3, 3), new CasualtyCount(2, 2, 2), null, ["src"])],
        4,
        [new SupportEntry("s", new("cjtf-oir", "CJTF-OIR"), [Isf, Peshmerga], ["airSupport"], "[2014-01-01, …)", true, "more than 5,000,000,000 USD", null, ["src"])],
        [new SourceEntry("src", "Esta Media Network", "هەواڵ", "https://esta.krd/en/?p=62147", null)]);

    [Fact]
    public void Plain_text_puts_one_fact_on_each_line_without_escape_codes()
    {
        using var output = new StringWriter();

        PlainTextReportWriter.Write(Report, output);

        var text = output.ToString();
        Assert.StartsWith("Situation as of 2021-05-03 (test | catalog)", text, System.StringComparison.Ordinal);
        Assert.Contains("    controlled by ISF since 2017-10-16 (before: Peshmerga)", text, System.StringComparison.Ordinal);
        Assert.Contains("    note          A line with | a pipe", text, System.StringComparison.Ordinal);
        Assert.Contains("    length        1050.3 km", text, System.StringComparison.Ordinal);
        Assert.Contains("  2021-05-01 (early hours): armed clash, near Prde", text, System.StringComparison.Ordinal);
        Assert.Contains("    casualties    Peshmerga: 3 killed, 2 injured", text, System.StringComparison.Ordinal);
        Assert.Contains("… and 4 earlier incidents", text, System.StringComparison.Ordinal);
        Assert.Contains("    title         هەواڵ", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void A_territory_without_a_whole_controller_is_reported_by_its_parts_and_inferred_facts_say_so()
    {
        var city = new DisputedTerritoryEntry("kirkuk", "Kirkuk", "governorate", [new("goi", "GoI"), new("krg", "KRG")], null, null, Peshmerga, ["src"])
        {
            InferredClaimants = [new("krg", "KRG")],
            PartControl = [new PartControlEntry(Isf, "Kirkuk city", Derived: true, Inferred: true), new PartControlEntry(Peshmerga, "unnamed part", Derived: false, Inferred: false)],
        };
        using var output = new StringWriter();

        PlainTextReportWriter.Write(Report with { DisputedTerritories = [city, city with { Name = "Prde", DisputedAsPartOf = "Kirkuk", PartControl = [], PreviousController = null }] }, output);

        var text = output.ToString();
        Assert.Contains("    claimed by    GoI, KRG (inferred)\n", text.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
        Assert.Contains("    controlled by ISF in part (Kirkuk city), derived, inferred; Peshmerga in part (unnamed part) (before: Peshmerga)", text, System.StringComparison.Ordinal);
        Assert.Contains("    claimed by    GoI, KRG (inferred) (as part of Kirkuk)", text, System.StringComparison.Ordinal);
        Assert.Contains("    controlled by not reported\n", text.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_sections_say_none()
    {
        using var output = new StringWriter();

        PlainTextReportWriter.Write(Report with { Lines = [] }, output);

        Assert.Contains("Coordination lines (0)\n    none", output.ToString().ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cells_escape_pipes_and_keep_rows_on_one_line()
    {
        using var output = new StringWriter();

        MarkdownReportWriter.Write(Report, output);

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        var row = Assert.Single(lines, l => l.StartsWith("| Kurdish Coordination Line (KCL)", System.StringComparison.Ordinal));
        Assert.Equal("| Kurdish Coordination Line (KCL) | Peshmerga and ISF | 1050.3 km | A line with \\| a pipe | src |", row);
        Assert.Contains("Catalog: test \\| catalog", lines);
        Assert.Contains("| <https://esta.krd/en/?p=62147> |", lines.Single(l => l.StartsWith("| src |", System.StringComparison.Ordinal)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_camel_case_without_nulls_and_keeps_scripts_readable()
    {
        using var output = new StringWriter();

        JsonReportWriter.Write(Report, output);

        var json = output.ToString();
        var report = JsonNode.Parse(json)!;
        Assert.Equal("operational", (string?)report["mechanisms"]![0]!["status"]);
        Assert.Equal(3, (long)report["incidents"]![0]!["casualties"]![0]!["killed"]!["best"]!);
        Assert.Equal(4, (int)report["incidentsOmitted"]!);
        Assert.False(report["incidents"]![0]!.AsObject().ContainsKey("summary"));
        Assert.Contains("هەواڵ", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_have_a_title_and_a_header_per_section()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = 250;

        TableReportWriter.Write(Report, console);

        var text = output.ToString();
        foreach (var title in new[] { "Disputed territories (1)", "Coordination lines (1)", "Coordination mechanisms (1)", "Recent incidents (1 of 5)", "Support (1)", "Sources (1)" })
        {
            Assert.Contains(title, text, System.StringComparison.Ordinal);
        }

        Assert.Contains("│ Joint Coalition Coordination Center (JCCC) │ joint coalition coordination centre │ operational since 2015 │", text, System.StringComparison.Ordinal);
    }

    private static readonly SituationReport Unreported = Report with
    {
        Incidents =
        [
            new IncidentEntry("offensive", "2014", "nonStateActorOvertakesTerritory", "Mosul", null, [], [], null, null, null, ["src"]) { Inferred = true },
            new IncidentEntry("clash", "2021-05-01", "armedClash", "Prde", null, [],
                [new CasualtyEntry("peshmerga", "Peshmerga", new CasualtyCount(3, 3, 3), null)], new CasualtyCount(3, 3, 3) { IsPartial = true }, null, null, ["src"]),
        ],
    };

    [Fact]
    public void Every_format_says_not_reported_for_an_unknown_toll_and_marks_inferred_facts()
    {
        using var text = new StringWriter();
        PlainTextReportWriter.Write(Unreported, text);
        Assert.Contains("  2014: non state actor overtakes territory, Mosul (inferred)", text.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("    total         not reported", text.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("    casualties    Peshmerga: 3 killed, injured not reported", text.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("    total         at least 3 killed, injured not reported", text.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("0 killed", text.ToString(), System.StringComparison.Ordinal);

        using var markdown = new StringWriter();
        MarkdownReportWriter.Write(Unreported, markdown);
        Assert.Contains("| 2014 (inferred) |", markdown.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("total: not reported", markdown.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("0 killed", markdown.ToString(), System.StringComparison.Ordinal);

        using var json = new StringWriter();
        JsonReportWriter.Write(Unreported, json);
        var incidents = JsonNode.Parse(json.ToString())!["incidents"]!.AsArray();
        Assert.False(incidents[0]!.AsObject().ContainsKey("totalKilled"));
        Assert.True((bool)incidents[0]!["inferred"]!);
        Assert.False(incidents[1]!.AsObject().ContainsKey("inferred"));
        Assert.False(incidents[1]!["casualties"]![0]!.AsObject().ContainsKey("injured"));
        Assert.True((bool)incidents[1]!["totalKilled"]!["isPartial"]!);
        Assert.False(incidents[1]!["casualties"]![0]!["killed"]!.AsObject().ContainsKey("isPartial"));
    }
}
