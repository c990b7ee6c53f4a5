using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Gaps;

public sealed class GapsCommandTests
{
    [Fact]
    public async Task Text_shows_the_coverage_the_stretches_and_the_incidents_near_the_line()
    {
        var result = await InProcess.RunAsync("gaps", "--as-of", "2021-12-31");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Security vacuum as of 2021-12-31 (reference catalog; buffer 20 km)", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => l.StartsWith("  Kurdish Coordination Line  inferred", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("  prde-attack-2021-05-01", StringComparison.Ordinal) && l.Contains("kcl/kirkuk/", StringComparison.Ordinal) && l.Contains("open", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("  Joint Coordination Center in Kirkuk", StringComparison.Ordinal) && l.Contains("2021-05-23", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_holds_the_same_view_and_a_wider_buffer_never_finds_fewer_incidents()
    {
        var narrow = JsonNode.Parse((await InProcess.RunAsync("gaps", "--as-of", "2021-12-31", "--format", "json", "--buffer-km", "1")).Out)!;
        var wide = JsonNode.Parse((await InProcess.RunAsync("gaps", "--as-of", "2021-12-31", "--format", "json", "--buffer-km", "50")).Out)!;

        static int Near(JsonNode view) => view["placements"]!["inOpenStretches"]!.GetValue<int>() + view["placements"]!["inCoveredStretches"]!.GetValue<int>() + view["placements"]!["nearLineUnplaced"]!.GetValue<int>();
        Assert.Equal("2021-12-31", narrow["to"]!.GetValue<string>());
        Assert.Null(narrow["from"]);
        Assert.Equal(1.0, narrow["bufferKm"]!.GetValue<double>());
        Assert.True(Near(wide) >= Near(narrow));
        Assert.Equal("kcl", wide["lines"]![0]!["id"]!.GetValue<string>());
        var line = wide["lines"]![0]!;
        Assert.InRange(line["coveredKm"]!.GetValue<double>() + line["openKm"]!.GetValue<double>() - line["lengthKm"]!.GetValue<double>(), -0.11, 0.11); // each rounded to 0.1 km
    }

    [Fact]
    public async Task A_period_counts_the_incidents_within_it_and_markdown_has_a_table_per_section()
    {
        var result = await InProcess.RunAsync("gaps", "--from", "2021-01-01", "--to", "2021-12-31", "--format", "markdown");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("# Security vacuum from 2021-01-01 to 2021-12-31 (reference catalog; buffer 20 km)", result.OutLines[0]);
        Assert.Equal(4, result.OutLines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.OutLines, l => l.Contains("altun-kupri-clash-2017-10-20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--as-of", "2021-12-31", "--from", "2021-01-01", "--to", "2021-02-01")]
    [InlineData("--from", "2021-01-01")]
    [InlineData("--from", "2021-02-01", "--to", "2021-01-01")]
    [InlineData("--buffer-km", "-1")]
    [InlineData("--buffer-km", "NaN")]
    [InlineData("--as-of", "yesterday")]
    public async Task Bad_options_are_refused(params string[] options)
    {
        var result = await InProcess.RunAsync(["gaps", .. options]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task The_report_has_a_short_vacuum_section()
    {
        var result = await InProcess.RunAsync("report", "--as-of", "2021-06-01");
        var markdown = await InProcess.RunAsync("report", "--as-of", "2021-06-01", "--format", "markdown");
        var json = JsonNode.Parse((await InProcess.RunAsync("report", "--as-of", "2021-06-01", "--format", "json")).Out)!;

        var at = Array.IndexOf(result.OutLines, "Security vacuum (1)");
        Assert.True(at > 0, result.ToString());
        Assert.Equal("  Kurdish Coordination Line (KCL)", result.OutLines[at + 1]);
        Assert.Matches(@"^    length        \d+\.\d km covered, \d+\.\d km open, of \d+\.\d km \(trace inferred\)$", result.OutLines[at + 2]);
        Assert.Matches(@"^    incidents     \d+ in open stretches, \d+ in covered, \d+ near but not placed \(within 20 km\)$", result.OutLines[at + 3]);
        Assert.Contains("## Security vacuum", markdown.OutLines);
        Assert.True(json["vacuum"]![0]!["traceInferred"]!.GetValue<bool>());
    }
}
