using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Coordination.Cli.Commands.Import;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Interop;
using Coordination.Domain.Interop.LivingData;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Import;

/// <summary>The parts of <c>coordination import</c> around the importer: arguments, files that cannot be read, the rejects file, the summary.</summary>
public sealed class ImportPlumbingTests
{
    private const string AcledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    [Fact]
    public async Task A_missing_file_exits_2_names_it_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out.json");

        var result = await InProcess.RunAsync("import", temp.File("missing.csv"), "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"coordination: error: {temp.File("missing.csv")}: no such file", result.ErrorLines);
        Assert.Contains("coordination: the catalog was not written: a file cannot be read.", result.ErrorLines);
        Assert.False(File.Exists(output));
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Every_file_that_cannot_be_read_is_named_the_deletion_list_too()
    {
        using var temp = new TempDirectory();

        var result = await InProcess.RunAsync("import", temp.File("a.csv"), temp.Path, "--deletions", temp.File("deleted.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(3, result.ErrorLines.Count(l => l.StartsWith("coordination: error: ", StringComparison.Ordinal)));
        Assert.Contains($"coordination: error: {temp.Path}: is a directory, not a data file", result.ErrorLines);
    }

    [Fact]
    public async Task A_file_whose_header_is_the_other_data_sets_is_refused_with_from()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("acled.csv", AcledHeader + "\n");

        var result = await InProcess.RunAsync("import", file, "--from", "ucdp");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"coordination: error: {file}:1: the header is ACLED's, not UCDP GED's (--from ucdp)", result.ErrorLines);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "a.csv", "--from", "gdelt")]
    [InlineData("import", "a.csv", "--max-bytes", "0")]
    public async Task Wrong_arguments_exit_2_with_usage(params string[] args)
    {
        var result = await InProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'coordination import --help' for usage.", result.ErrorLines);
    }

    [Fact]
    public async Task An_unknown_from_lists_the_values()
    {
        var result = await InProcess.RunAsync("import", "a.csv", "--from", "gdelt");

        Assert.Contains("'acled' 'ucdp'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GEDEvent_v25_1.csv", "25.1")]
    [InlineData("data/GEDEvent_v25_0_3.csv", "25.0.3")]
    [InlineData("GEDEvent_v25_01_25_03.csv", "25.01.25.03")]
    [InlineData("ged251-v25.1.csv", "25.1")]
    [InlineData("acled-iraq.csv", null)]
    [InlineData("levels.csv", null)]
    [InlineData("v2025.csv", null)]
    public void A_UCDP_release_is_read_from_the_file_name_as_UCDP_names_downloads(string file, string? release) =>
        Assert.Equal(release, ImportCommand.ReleaseOf(file));

    [Fact]
    public void The_head_of_a_file_is_its_header_and_an_HXL_row_by_libhxls_rule()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id,date_start,\"note, quoted\"\r\n#id,#date+start,\r\n1,2020-01-01,x\r\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        var head = DataFileHead.Read(stream);

        Assert.Equal("id,date_start,\"note, quoted\"", head.Header);
        Assert.Equal("#id,#date+start,", head.HxlRow);
        Assert.Equal(["id", "date_start", "note, quoted"], head.Columns);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("a,b,c\n1,#2,3\n")]
    [InlineData("a,b,c\n")]
    [InlineData("a,b,c")]
    public void A_second_line_that_is_mostly_data_is_no_HXL_row(string text)
    {
        var head = DataFileHead.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Equal("a,b,c", head.Header);
        Assert.Null(head.HxlRow);
    }

    [Fact]
    public void The_head_of_an_empty_file_is_empty_and_recognises_no_layout()
    {
        var head = DataFileHead.Read(new MemoryStream());

        Assert.Equal(string.Empty, head.Header);
        Assert.Empty(head.Columns);
        Assert.Null(head.Layout);
    }

    [Fact]
    public void The_head_recognises_the_layout_of_its_header()
    {
        var head = DataFileHead.Read(new MemoryStream(Encoding.UTF8.GetBytes(AcledHeader + "\n")));

        Assert.Equal(DataLayout.AcledSince2023, head.Layout);
    }

    [Fact]
    public void The_rejects_file_holds_rows_unchanged_under_their_files_header_written_again_only_when_it_changes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("rejects.csv");
        var first = new DataFileHead("a,b", null, ["a", "b"]);
        var same = new DataFileHead("a,b", null, ["a", "b"]);
        var hdx = new DataFileHead("id,date_start", "#id,#date+start", ["id", "date_start"]);

        using (var rejects = new RejectsFile(path))
        {
            rejects.Write(first, new RejectedRow { Line = 2, Reason = "r", Text = "1,\"x\"\"y\"" });
            rejects.Write(same, new RejectedRow { Line = 3, Reason = "r", Text = "2,z" });
            rejects.Write(hdx, ["7", "a, \"b\""]);
        }

        Assert.Equal("a,b\n1,\"x\"\"y\"\n2,z\nid,date_start\n#id,#date+start\n7,\"a, \"\"b\"\"\"\n", File.ReadAllText(path));
        Assert.False(File.ReadAllBytes(path).AsSpan().StartsWith(Encoding.UTF8.GetPreamble()));
    }

    [Fact]
    public void The_summary_names_every_figure()
    {
        var summary = new ImportSummary(2, 10, 3, new LivingDataCounts { New = 4, Modified = 2, Unchanged = 1, Deleted = 1, ActorsAdded = 5 }, DeletionsRead: 2, DeletionsRejected: 0, PlacesUnresolved: 1);
        using var writer = new StringWriter();

        summary.WriteTo(writer, "out.json");

        var lines = writer.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Imported 2 files into out.json", lines[0]);
        Assert.Equal(
            ["rows read 10", "imported 7", "new 4", "modified 2", "unchanged 1", "outdated 0", "deleted 1", "rejected 3", "actors created 5", "territories added 0", "places unresolved 1", "deletions read 2", "deletions rejected 0"],
            lines.Skip(1).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void Progress_is_drawn_on_a_terminal_for_a_long_file_and_erased_when_done()
    {
        using var error = new StringWriter();
        using var stream = new MemoryStream(new byte[ImportProgress.MinBytes * 2]) { Position = ImportProgress.MinBytes };
        var progress = new ImportProgress(new CliConsole(TextWriter.Null, error, IsOutputRedirected: true, IsErrorRedirected: false), stream, "big.csv");

        progress.Report(1234);
        progress.Done();

        var text = error.ToString();
        Assert.StartsWith("\r[###############...............]  50% 1,234 rows  big.csv", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, ImportProgress.MinBytes)]
    [InlineData(false, ImportProgress.MinBytes - 1)]
    public void No_progress_is_drawn_when_standard_error_is_redirected_or_the_file_is_short(bool redirected, long length)
    {
        using var error = new StringWriter();
        using var stream = new MemoryStream(new byte[length]);
        var progress = new ImportProgress(new CliConsole(TextWriter.Null, error, IsOutputRedirected: true, IsErrorRedirected: redirected), stream, "f.csv");

        progress.Report(1);
        progress.Done();

        Assert.Empty(error.ToString());
    }
}
