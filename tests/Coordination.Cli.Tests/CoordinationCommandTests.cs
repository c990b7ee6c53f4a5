using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests;

/// <summary>The tool run as a process, as a user runs it: exit codes and what it prints.</summary>
public class CoordinationCommandTests
{
    private static readonly string[] CatalogMembers = ["schemaVersion", "actors", "territories", "mechanisms", "incidents", "sources"];

    [Theory]
    [InlineData]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("export")]
    [InlineData("import")]
    public async Task Help_is_shown_for_every_command(params string[] command)
    {
        var result = await CoordinationProcess.RunAsync([.. command, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage:", result.Out, System.StringComparison.Ordinal);
        Assert.Contains($"coordination {string.Join(' ', command)}".TrimEnd(), result.Out, System.StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("export")]
    [InlineData("import")]
    public async Task The_version_is_shown_for_every_command(params string[] command)
    {
        var result = await CoordinationProcess.RunAsync([.. command, "--version"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public async Task The_report_on_the_reference_catalog_is_plain_text_when_redirected()
    {
        var result = await CoordinationProcess.RunAsync("report");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Situation as of ", result.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain('╭', result.Out);
        foreach (var section in new[] { "Disputed territories (", "Coordination lines (", "Coordination mechanisms (", "Recent incidents (", "Support (", "Sources (" })
        {
            Assert.Contains(section, result.Out, System.StringComparison.Ordinal);
        }

        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task The_json_report_names_the_date_and_carries_every_section()
    {
        var result = await CoordinationProcess.RunAsync("report", "--as-of", "2021-05-03", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal("2021-05-03", (string?)report["asOf"]);
        foreach (var section in new[] { "disputedTerritories", "lines", "mechanisms", "incidents", "support", "sources" })
        {
            Assert.IsType<JsonArray>(report[section]);
        }
    }

    [Fact]
    public async Task The_markdown_report_is_a_heading_and_pipe_tables()
    {
        var result = await CoordinationProcess.RunAsync("report", "--as-of", "2021-05-03", "-f", "markdown");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# Situation as of 2021-05-03", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("## Coordination mechanisms", result.Out, System.StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\| Mechanism \| Kind \| Status \|", RegexOptions.Multiline), result.Out);
    }

    [Fact]
    public async Task Tables_can_be_asked_for_when_redirected()
    {
        var result = await CoordinationProcess.RunAsync("report", "--as-of", "2021-05-03", "--format", "table");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("│ Mechanism", result.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public async Task The_schema_is_a_json_schema_of_the_catalog_document()
    {
        var result = await CoordinationProcess.RunAsync("schema");

        Assert.True(result.ExitCode == 0, result.ToString());
        var properties = JsonNode.Parse(result.Out)!["properties"]!.AsObject();
        Assert.All(CatalogMembers, member => Assert.True(properties.ContainsKey(member), member));
    }

    [Fact]
    public async Task The_exported_reference_catalog_validates_clean()
    {
        using var temp = new TempDirectory();
        var file = temp.File("reference.json");

        var export = await CoordinationProcess.RunAsync("export", "--output", file);
        var validate = await CoordinationProcess.RunAsync("validate", file);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(Coordination.Domain.Serialization.CoordinationCatalogDocument.CurrentSchemaVersion, (string?)JsonNode.Parse(File.ReadAllText(file))!["schemaVersion"]);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Matches($@"^{Regex.Escape(file)}: valid \(\d+ records\)$", validate.OutLines.Single());
    }

    [Fact]
    public async Task Export_to_standard_output_writes_the_same_document_as_to_a_file()
    {
        using var temp = new TempDirectory();
        var file = temp.File("reference.json");
        await CoordinationProcess.RunAsync("export", "-o", file);

        var result = await CoordinationProcess.RunAsync("export");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(file)), JsonNode.Parse(result.Out)));
    }

    [Fact]
    public async Task A_catalog_with_validation_errors_exits_1_naming_code_path_and_position()
    {
        using var temp = new TempDirectory();
        var file = await CatalogWithUnorderedCasualtiesAsync(temp);

        var result = await CoordinationProcess.RunAsync("validate", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutLines, line => Regex.IsMatch(line, $@"^{Regex.Escape(file)}:\d+:\d+: error COORD-[A-Z]+-\d+: \$\.incidents\[\d+\]\.casualties\[0\]"));
        Assert.Matches($@"^{Regex.Escape(file)}: invalid, \d+ errors?, \d+ warnings? \(\d+ records\)$", result.OutLines[^1]);
    }

    [Fact]
    public async Task Validation_as_json_gives_each_problem_with_code_path_line_and_column()
    {
        using var temp = new TempDirectory();
        var file = await CatalogWithUnorderedCasualtiesAsync(temp);

        var result = await CoordinationProcess.RunAsync("validate", "--format", "json", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        var outcome = JsonNode.Parse(result.Out)!;
        Assert.Equal(1, (int)outcome["exitCode"]!);
        var problem = outcome["files"]![0]!["problems"]!.AsArray().First(p => ((string)p!["path"]!).StartsWith("$.incidents[", System.StringComparison.Ordinal))!;
        Assert.Matches(@"^COORD-[A-Z]+-\d+$", (string)problem["code"]!);
        Assert.Equal("error", (string)problem["severity"]!);
        Assert.True((int)problem["line"]! > 1 && (int)problem["column"]! > 1);
    }

    [Fact]
    public async Task The_worst_file_decides_the_exit_code()
    {
        using var temp = new TempDirectory();
        var valid = temp.File("valid.json");
        await CoordinationProcess.RunAsync("export", "-o", valid);
        var invalid = await CatalogWithUnorderedCasualtiesAsync(temp);
        var broken = temp.Write("broken.json", "{");

        Assert.Equal(1, (await CoordinationProcess.RunAsync("validate", valid, invalid)).ExitCode);
        var all = await CoordinationProcess.RunAsync("validate", valid, invalid, broken);
        Assert.Equal(2, all.ExitCode);
        Assert.Equal(2, all.OutLines.Count(l => l.StartsWith(valid, System.StringComparison.Ordinal) || l.StartsWith(invalid + ": ", System.StringComparison.Ordinal)));
        Assert.StartsWith($"coordination: error: {broken}:", Assert.Single(all.ErrorLines), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_on_a_catalog_file_warns_of_its_validation_errors_and_still_reports()
    {
        using var temp = new TempDirectory();
        var file = await CatalogWithUnorderedCasualtiesAsync(temp);

        var result = await CoordinationProcess.RunAsync("report", "--catalog", file, "--as-of", "2030-01-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"coordination: warning: {file} has", Assert.Single(result.ErrorLines), System.StringComparison.Ordinal);
        Assert.Contains($"Situation as of 2030-01-01 ({file})", result.Out, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("report", "--as-of", "2021-02-30")]
    [InlineData("report", "--as-of", "yesterday")]
    [InlineData("report", "--format", "pdf")]
    [InlineData("report", "--max-incidents", "-1")]
    [InlineData("report", "--max-bytes", "0")]
    [InlineData("report", "--bogus")]
    [InlineData("validate")]
    [InlineData("validate", "--format", "xml", "x.json")]
    [InlineData("schema", "extra")]
    public async Task Wrong_arguments_exit_2_with_the_error_and_a_pointer_to_help(params string[] args)
    {
        var result = await CoordinationProcess.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Out);
        Assert.All(result.ErrorLines[..^1], line => Assert.StartsWith("coordination: error: ", line, System.StringComparison.Ordinal));
        Assert.Matches(@"^Run 'coordination( \w+)? --help' for usage\.$", result.ErrorLines[^1]);
    }

    [Fact]
    public async Task A_missing_catalog_file_exits_2_with_one_line()
    {
        var result = await CoordinationProcess.RunAsync("report", "--catalog", "no/such/catalog.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("coordination: error: no/such/catalog.json: no such file (the directory does not exist)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_exits_2_with_one_line()
    {
        using var temp = new TempDirectory();

        var result = await CoordinationProcess.RunAsync("export", "--output", temp.File("missing-dir/out.json"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("coordination: error: ", Assert.Single(result.ErrorLines), System.StringComparison.Ordinal);
    }

    /// <summary>Exports the reference catalog and makes one incident's killed estimate unordered (low above best), which only validation catches.</summary>
    internal static async Task<string> CatalogWithUnorderedCasualtiesAsync(TempDirectory temp)
    {
        var reference = temp.File("reference-for-mutation.json");
        var export = await CoordinationProcess.RunAsync("export", "-o", reference);
        Assert.True(export.ExitCode == 0, export.ToString());
        var catalog = JsonNode.Parse(File.ReadAllText(reference))!;
        var casualties = catalog["incidents"]!.AsArray().Select(i => i!["casualties"]!.AsArray()).First(c => c.Count > 0);
        var killed = casualties[0]!["killed"]!;
        killed["low"] = (int)killed["best"]! + 5;
        killed["high"] = (int)killed["best"]! + 10;
        return temp.Write("unordered-casualties.json", catalog.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
