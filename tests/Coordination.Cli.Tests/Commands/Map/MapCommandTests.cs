using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Map;

/// <summary><c>coordination map</c>: the situation on a date as an SVG map.</summary>
public sealed class MapCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_map_of_the_reference_catalog_is_written_to_standard_output_as_SVG()
    {
        var result = await InProcess.RunAsync("map", "--as-of", "2021-06-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        var svg = XDocument.Parse(result.Out).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("2021-06-01", svg.Attribute("data-date")!.Value);
        Assert.Contains(svg.Descendants(), e => (string?)e.Attribute("data-stretch") is not null);
        Assert.Contains(svg.Descendants(), e => (string?)e.Attribute("data-mechanism") == "jcc-kirkuk");
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task A_users_trace_is_drawn_instead_of_the_inferred_one_and_a_bad_one_exits_2_before_any_file()
    {
        using var temp = new TempDirectory();
        var trace = temp.Write("trace.geojson", """{"type":"LineString","coordinates":[[43.2,36.6],[43.9,35.9],[44.4,35.6],[45.0,35.2],[45.6,34.6]]}""");
        var bad = temp.Write("bad.geojson", "[]");
        var output = temp.File("map.svg");

        var inferred = await InProcess.RunAsync("map", "--as-of", "2021-06-01");
        var traced = await InProcess.RunAsync("map", "--as-of", "2021-06-01", "--trace", trace);
        var refused = await InProcess.RunAsync("map", "--trace", bad, "--output", output);

        Assert.True(traced.ExitCode == 0, traced.ToString());
        Assert.Contains("(trace inferred)", inferred.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(trace inferred)", traced.Out, StringComparison.Ordinal);
        Assert.Contains(XDocument.Parse(traced.Out).Descendants(), e => (string?)e.Attribute("data-stretch") is not null);
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith($"coordination: error: {bad}: ", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Without_a_date_the_map_is_of_today_in_Baghdad()
    {
        var result = await InProcess.RunAsync("map");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("2021-05-03", XDocument.Parse(result.Out).Root!.Attribute("data-date")!.Value);
    }

    [Fact]
    public async Task The_output_file_holds_what_standard_output_would()
    {
        using var temp = new TempDirectory();
        var file = temp.File("map.svg");

        var written = await InProcess.RunAsync("map", "--as-of", "2022-12-31", "--output", file);
        var printed = await InProcess.RunAsync("map", "--as-of", "2022-12-31");

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Empty(written.Out);
        Assert.Equal(printed.Out.TrimEnd(), File.ReadAllText(file).TrimEnd());
        Assert.False(File.ReadAllBytes(file).Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Fact]
    public async Task A_catalog_file_is_mapped_like_the_reference_it_copies()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("catalog.json");
        Assert.Equal(0, (await InProcess.RunAsync("export", "-o", catalog)).ExitCode);

        var fromFile = await InProcess.RunAsync("map", "--catalog", catalog, "--as-of", "2021-06-01");
        var reference = await InProcess.RunAsync("map", "--as-of", "2021-06-01");

        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.Equal(reference.Out, fromFile.Out);
    }

    [Fact]
    public async Task The_width_is_that_asked_for_within_its_range()
    {
        var narrow = await InProcess.RunAsync("map", "--as-of", "2021-06-01", "--width", "800");
        var tooNarrow = await InProcess.RunAsync("map", "--width", "100");

        Assert.Equal("800", XDocument.Parse(narrow.Out).Root!.Attribute("width")!.Value);
        Assert.Equal(2, tooNarrow.ExitCode);
        Assert.Contains("coordination: error: --width must be between 600 and 8000.", tooNarrow.ErrorLines);
    }

    [Fact]
    public async Task A_catalog_that_cannot_be_read_or_an_output_that_cannot_be_written_exits_2()
    {
        using var temp = new TempDirectory();

        var missing = await InProcess.RunAsync("map", "--catalog", temp.File("missing.json"));
        var unwritable = await InProcess.RunAsync("map", "--output", Path.Combine(temp.File("no-such-directory"), "map.svg"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains($"coordination: error: {temp.File("missing.json")}: no such file", missing.ErrorLines);
        Assert.Equal(2, unwritable.ExitCode);
        Assert.StartsWith("coordination: error:", unwritable.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_catalog_is_mapped_with_nothing_on_it()
    {
        using var temp = new TempDirectory();
        var catalog = temp.Write("empty.json", "{\"schemaVersion\":\"1.0\"}");

        var result = await InProcess.RunAsync("map", "--catalog", catalog, "--as-of", "2021-06-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        var svg = XDocument.Parse(result.Out).Root!;
        Assert.DoesNotContain(svg.Descendants(), e => e.Attribute("data-incident") is not null || e.Attribute("data-stretch") is not null);
        Assert.Contains("No coordination line could be traced", string.Concat(svg.Descendants(Svg + "text").Select(t => t.Value)), StringComparison.Ordinal);
    }
}
