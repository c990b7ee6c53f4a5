using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Reference;
using Parquet;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Export;

/// <summary><c>coordination export --format parquet --output DIR</c>, with <c>--partition</c> and <c>--overwrite</c>.</summary>
public sealed class ExportParquetTests
{
    [Fact]
    public async Task Parquet_writes_one_file_per_table_and_prints_the_rows_per_table()
    {
        using var temp = new TempDirectory();
        var output = temp.File("parquet");

        var result = await InProcess.RunAsync("export", "--format", "parquet", "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var incidents = ReferenceCatalog.Load().Incidents;
        Assert.Equal(incidents.Length, await RowsOf(Path.Combine(output, "incidents", "part-00000.parquet")));
        Assert.Equal(incidents.Sum(i => i.Perpetrators.Length), await RowsOf(Path.Combine(output, "perpetrators", "part-00000.parquet")));
        Assert.Equal(incidents.Sum(i => i.Casualties.Length), await RowsOf(Path.Combine(output, "casualties", "part-00000.parquet")));
        Assert.Equal(incidents.Sum(i => i.Targets.Length), await RowsOf(Path.Combine(output, "targets", "part-00000.parquet")));
        Assert.StartsWith($"{incidents.Length} incidents, {incidents.Sum(i => i.Casualties.Length)} casualty rows,", result.Out, StringComparison.Ordinal);
        Assert.Contains("4 Parquet files", result.Out, StringComparison.Ordinal);
        Assert.Contains("(one file per table)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partition_year_writes_hive_folders_of_a_catalog_file()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("reference.json");
        Assert.Equal(0, (await InProcess.RunAsync("export", "-o", catalog)).ExitCode);
        var output = temp.File("parquet");

        var result = await InProcess.RunAsync("export", "--catalog", catalog, "-f", "parquet", "--partition", "year", "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var years = ReferenceCatalog.Load().Incidents.Select(i => i.Date.Earliest.Year).Distinct().Order().ToArray();
        Assert.Equal(years.Select(y => $"year={y}"), Directory.GetDirectories(Path.Combine(output, "incidents")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"partitioned by year, {years[0]}–{years[^1]}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_that_is_not_empty_exits_2_unless_overwrite_is_given()
    {
        using var temp = new TempDirectory();
        var output = temp.File("parquet");
        Directory.CreateDirectory(output);
        var notes = Path.Combine(output, "notes.txt");
        await File.WriteAllTextAsync(notes, "mine", TestContext.Current.CancellationToken);

        var refused = await InProcess.RunAsync("export", "--format", "parquet", "--output", output);
        var overwritten = await InProcess.RunAsync("export", "--format", "parquet", "--output", output, "--overwrite");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"coordination: error: {output}: cannot be written:", refused.Error, StringComparison.Ordinal);
        Assert.Contains("is not empty", refused.Error, StringComparison.Ordinal);
        Assert.Empty(refused.Out);
        Assert.True(overwritten.ExitCode == 0, overwritten.ToString());
        Assert.Equal("mine", await File.ReadAllTextAsync(notes, TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(output, "incidents", "part-00000.parquet")));
    }

    [Fact]
    public async Task An_output_under_a_file_exits_2_naming_it()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("file.txt", "x");

        var result = await InProcess.RunAsync("export", "--format", "parquet", "--output", Path.Combine(file, "parquet"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"coordination: error: {Path.Combine(file, "parquet")}: cannot be written:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_needs_an_output_directory_and_its_options_go_with_it_only()
    {
        var noOutput = await InProcess.RunAsync("export", "--format", "parquet");
        var partitionWithJson = await InProcess.RunAsync("export", "--partition", "year");
        var overwriteWithAcled = await InProcess.RunAsync("export", "--format", "acled", "--overwrite");
        var unknownLayout = await InProcess.RunAsync("export", "--format", "parquet", "--partition", "month", "-o", "x");

        Assert.Equal(2, noOutput.ExitCode);
        Assert.Contains("coordination: error: --format parquet writes a directory of files; give it with --output DIR.", noOutput.ErrorLines);
        Assert.Equal(2, partitionWithJson.ExitCode);
        Assert.Contains("coordination: error: --partition and --overwrite go with --format parquet.", partitionWithJson.ErrorLines);
        Assert.Equal(2, overwriteWithAcled.ExitCode);
        Assert.Equal(2, unknownLayout.ExitCode);
        Assert.Contains("'auto'", unknownLayout.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_stays_the_default_format()
    {
        var result = await InProcess.RunAsync("export");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.Out, StringComparison.Ordinal);
    }

    private static async Task<long> RowsOf(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        long rows = 0;
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }

        return rows;
    }
}
