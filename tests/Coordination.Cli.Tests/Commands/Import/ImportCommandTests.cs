using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Reference;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Import;

/// <summary><c>coordination import</c> end to end, on small ACLED and UCDP GED files in the data sets' shapes (Fixtures/).</summary>
public sealed class ImportCommandTests
{
    private static readonly int ReferenceIncidents = ReferenceCatalog.Load().Incidents.Length;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static CoordinationCatalog Read(string file)
    {
        using var stream = File.OpenRead(file);
        return CoordinationJson.Deserialize(stream);
    }

    private static long Figure(CommandResult result, string label, bool onError = false)
    {
        var lines = onError ? result.ErrorLines : result.OutLines.Select(l => l.Trim()).ToArray();
        var line = lines.Single(l => l.StartsWith(label + "  ", StringComparison.Ordinal));
        return long.Parse(line[label.Length..].Trim().Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task An_ACLED_file_becomes_the_reference_catalog_plus_its_incidents_and_a_rejected_row_exits_1()
    {
        using var temp = new TempDirectory();
        var output = temp.File("iraq.json");

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq.csv"), "--output", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal($"Imported 1 file into {output}", result.OutLines[0]);
        Assert.Equal(4, Figure(result, "rows read"));
        Assert.Equal(3, Figure(result, "imported"));
        Assert.Equal(3, Figure(result, "new"));
        Assert.Equal(1, Figure(result, "rejected"));
        Assert.Equal(0, Figure(result, "deleted"));
        var rejected = Assert.Single(result.ErrorLines, l => l.StartsWith("coordination: rejected: ", StringComparison.Ordinal));
        Assert.StartsWith($"coordination: rejected: {Fixture("acled-iraq.csv")}:4:", rejected, StringComparison.Ordinal);
        Assert.Contains("0025-01-05", rejected, StringComparison.Ordinal);

        var catalog = Read(output);
        Assert.Equal(ReferenceIncidents + 3, catalog.Incidents.Length);
        Assert.Equal(["IRQ90001", "IRQ90002", "IRQ90004"], catalog.Incidents.Where(i => i.Origin is not null).Select(i => i.Origin!.EventId));
        Assert.NotNull(catalog.FindSource(catalog.Incidents.Last().Sources[0]));
    }

    [Fact]
    public async Task A_row_named_only_by_its_country_is_placed_by_its_coordinates_in_the_governorate_they_lie_in()
    {
        using var temp = new TempDirectory();
        var input = temp.File("coordinates.csv");
        var output = temp.File("iraq.json");
        var lines = File.ReadAllLines(Fixture("acled-iraq-clean.csv"));
        File.WriteAllLines(input, [lines[0], "IRQ90077,2021-06-10,2021,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,Unidentified Armed Group (Iraq),,3,Civilians (Iraq),,7,37,Civilian targeting,368,Middle East,Iraq,,,,,32.5000,45.8333,2,Shafaq News,National,An IED near Kut.,1,,1623456789"]);

        var result = await InProcess.RunAsync("import", input, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var catalog = Read(output);
        var incident = catalog.Incidents.Single(i => i.Origin?.EventId == "IRQ90077");
        Assert.Equal(TerritoryId.Parse("wassit"), incident.Location.Territory); // Kut lies in Wasit, added from the gazetteer's table
        Assert.NotNull(catalog.FindTerritory(TerritoryId.Parse("wassit")));
        Assert.True((await InProcess.RunAsync("validate", output)).ExitCode == 0);
    }

    [Fact]
    public async Task The_catalog_written_validates_and_reports()
    {
        using var temp = new TempDirectory();
        var output = temp.File("iraq.json");
        Assert.Equal(0, (await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "-o", output)).ExitCode);

        var validate = await InProcess.RunAsync("validate", output);
        var report = await InProcess.RunAsync("report", "--catalog", output, "--as-of", "2022-02-01");

        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("2022-01-15", report.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", report.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_every_row_is_imported_exits_0_and_the_summary_goes_to_standard_error_when_the_catalog_goes_to_standard_output()
    {
        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var catalog = CoordinationJson.Deserialize(result.Out);
        Assert.Equal(ReferenceIncidents + 3, catalog.Incidents.Length);
        Assert.Contains("Imported 1 file into standard output", result.ErrorLines);
        Assert.Equal(3, Figure(result, "new", onError: true));
    }

    [Fact]
    public async Task The_rejects_file_holds_the_rejected_rows_unchanged_under_the_files_header()
    {
        using var temp = new TempDirectory();
        var rejects = temp.File("rejects.csv");
        var lines = File.ReadAllLines(Fixture("acled-iraq.csv"));

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq.csv"), "-o", temp.File("out.json"), "--rejects", rejects);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal([lines[0], lines[3]], File.ReadAllLines(rejects));
    }

    [Fact]
    public async Task Importing_an_update_into_an_earlier_output_modifies_adds_and_keeps_the_rest()
    {
        using var temp = new TempDirectory();
        var output = temp.File("iraq.json");
        Assert.Equal(0, (await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "-o", output)).ExitCode);

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-update.csv"), "--catalog", output, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, Figure(result, "new"));
        Assert.Equal(1, Figure(result, "modified"));
        var catalog = Read(output);
        Assert.Equal(ReferenceIncidents + 4, catalog.Incidents.Length);
        var updated = catalog.Incidents.Single(i => i.Origin?.EventId == "IRQ90001");
        Assert.Equal(4, updated.TotalKilled!.Value.Best);
        Assert.True((await InProcess.RunAsync("validate", output)).ExitCode == 0);
    }

    [Fact]
    public async Task Reading_the_same_file_twice_changes_nothing_the_second_time()
    {
        using var temp = new TempDirectory();
        var first = temp.File("first.json");
        var second = temp.File("second.json");
        Assert.Equal(0, (await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "-o", first)).ExitCode);

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "--catalog", first, "-o", second);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, Figure(result, "unchanged"));
        Assert.Equal(0, Figure(result, "new"));
        Assert.Equal(0, Figure(result, "actors created"));
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public async Task A_deletion_list_removes_the_events_it_names()
    {
        using var temp = new TempDirectory();
        var output = temp.File("iraq.json");

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "--deletions", Fixture("acled-deleted.csv"), "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, Figure(result, "deleted"));
        Assert.Equal(2, Figure(result, "deletions read"));
        Assert.DoesNotContain(Read(output).Incidents, i => i.Origin?.EventId == "IRQ90002");
        Assert.Equal(ReferenceIncidents + 2, Read(output).Incidents.Length);
    }

    [Theory]
    [InlineData("GEDEvent_v25_1.csv", "GEDEvent_v25_0_3.csv")]
    [InlineData("GEDEvent_v25_0_3.csv", "GEDEvent_v25_1.csv")]
    public async Task UCDP_releases_merge_by_id_the_latest_release_winning_whatever_the_order(string first, string second)
    {
        using var temp = new TempDirectory();
        var output = temp.File("ged.json");

        var result = await InProcess.RunAsync("import", Fixture(first), Fixture(second), "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, Figure(result, "rows read"));
        Assert.Equal(2, Figure(result, "new"));
        var catalog = Read(output);
        var merged = catalog.Incidents.Where(i => i.Origin?.EventId == "500001").ToList();
        var incident = Assert.Single(merged);
        Assert.Equal("25.0.3", incident.Origin!.Release);
        Assert.Equal(4, incident.TotalKilled!.Value.Best);
        Assert.True((await InProcess.RunAsync("validate", output)).ExitCode == 0);
    }

    [Fact]
    public async Task A_jsonl_output_holds_the_catalogs_incidents_one_a_line()
    {
        using var temp = new TempDirectory();
        var output = temp.File("incidents.jsonl");

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(output);
        Assert.Equal(ReferenceIncidents + 3, lines.Length);
        Assert.All(lines, line => Assert.IsType<JsonObject>(JsonNode.Parse(line)));
        var incidents = await CoordinationJson.ReadIncidentsAsync(File.OpenRead(output), cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(incidents, i => i.Origin?.EventId == "IRQ90004");
    }

    [Fact]
    public async Task A_file_that_is_neither_data_sets_exits_2_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var other = temp.Write("other.csv", "name,count\nx,1\n");
        var output = temp.File("out.json");

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), other, "-o", output);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines, l => l.StartsWith($"coordination: error: {other}:1: ", StringComparison.Ordinal));
        Assert.Contains("'name,count'", error, StringComparison.Ordinal);
        Assert.Contains("--from acled or --from ucdp", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ImportOptions", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_file_in_another_encoding_reads_with_encoding_and_is_rejected_row_by_row_without_it()
    {
        using var temp = new TempDirectory();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var arabic = System.Text.Encoding.GetEncoding(1256);
        var lines = File.ReadAllLines(Fixture("acled-iraq-clean.csv"));
        lines[1] = lines[1].Replace("IS attacked Peshmerga positions near Makhmour; 3 killed.", "هجوم على مواقع البيشمركة قرب مخمور", StringComparison.Ordinal);
        var file = temp.File("acled-windows-1256.csv");
        await File.WriteAllBytesAsync(file, arabic.GetBytes(string.Join('\n', lines) + "\n"), TestContext.Current.CancellationToken);
        var output = temp.File("out.jsonl");

        var read = await InProcess.RunAsync("import", file, "--encoding", "windows-1256", "-o", output);
        var unread = await InProcess.RunAsync("import", file, "-o", temp.File("other.json"));

        Assert.True(read.ExitCode == 0, read.ToString());
        var incidents = await CoordinationJson.ReadIncidentsAsync(File.OpenRead(output), cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(incidents, i => i.Summary == "هجوم على مواقع البيشمركة قرب مخمور");
        Assert.Equal(1, unread.ExitCode);
        Assert.Equal(1, Figure(unread, "rejected"));
        Assert.Contains(unread.ErrorLines, l => l.Contains($"{file}:2", StringComparison.Ordinal) && l.Contains("--encoding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_encoding_is_a_usage_error_naming_it()
    {
        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "--encoding", "klingon-8");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("'klingon-8' is not an encoding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_binary_file_is_named_once_with_its_line_and_exits_2()
    {
        using var temp = new TempDirectory();
        var binary = temp.File("binary.csv");
        await File.WriteAllBytesAsync(binary, [0x65, 0x76, 0xFF, 0xFE, 0x00, 0x01, 0x0A, 0x02], TestContext.Current.CancellationToken);

        var result = await InProcess.RunAsync("import", binary, "-o", temp.File("out.json"));

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines, l => l.StartsWith($"coordination: error: {binary}:1: ", StringComparison.Ordinal));
        Assert.DoesNotContain("Line 1:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_reads_a_file_as_the_data_set_it_names()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out.json");

        var result = await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "--from", "acled", "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, Figure(result, "new"));
    }

    [Fact]
    public async Task The_installed_tool_imports_without_drawing_progress_when_redirected()
    {
        using var temp = new TempDirectory();
        var output = temp.File("iraq.json");

        var result = await CoordinationProcess.RunAsync("import", Fixture("acled-iraq.csv"), "-o", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain('\r', result.Error);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.True(File.Exists(output));
    }
}
