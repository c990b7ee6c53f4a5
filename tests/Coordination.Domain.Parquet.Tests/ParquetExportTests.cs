using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.Parquet.Tests;

public sealed class ParquetExportTests
{
    private static readonly CoordinationCatalog Reference = ReferenceCatalog.Load();
    private static readonly string[] TableNames = ["casualties", "incidents", "perpetrators", "targets"];

    [Theory]
    [InlineData(ParquetPartitioning.None)]
    [InlineData(ParquetPartitioning.ByYear)]
    public async Task The_reference_catalog_read_back_by_DuckDB_gives_the_library_s_counts_sums_and_groups(ParquetPartitioning partitioning)
    {
        using var scratch = new ScratchDirectory();
        var summary = await ParquetExport.WriteAsync(Reference, scratch.Path, new ParquetExportOptions { Partitioning = partitioning }, TestContext.Current.CancellationToken);

        using var duck = new DuckDb();
        var files = new FileAnswers(duck, scratch.Path);
        var incidents = Reference.Incidents;
        Assert.NotEmpty(incidents);
        Assert.Equal(incidents.Length, files.Rows(files.Incidents));
        Assert.Equal(incidents.Sum(i => i.Casualties.Length), files.Rows(files.Casualties));
        Assert.Equal(incidents.Sum(i => i.Perpetrators.Length), files.Rows(files.Perpetrators));
        Assert.Equal(incidents.Sum(i => i.Targets.Length), files.Rows(files.Targets));
        Assert.Equal((summary.IncidentRows, summary.CasualtyRows, summary.PerpetratorRows, summary.TargetRows),
            (files.Rows(files.Incidents), files.Rows(files.Casualties), files.Rows(files.Perpetrators), files.Rows(files.Targets)));
        Assert.True(LibraryAnswers.KilledBest(incidents) > 0);
        Assert.Equal(LibraryAnswers.KilledBest(incidents), files.Sum(files.Incidents, "total_killed_best"));
        Assert.Equal(LibraryAnswers.InjuredHigh(incidents), files.Sum(files.Incidents, "total_injured_high"));
        Assert.Equal(LibraryAnswers.PartyKilledBest(incidents), files.Sum(files.Casualties, "killed_best"));
        Assert.Equal(LibraryAnswers.IncidentsPerYearAndPerpetrator(incidents), files.IncidentsPerYearAndPerpetrator());
        Assert.Equal(LibraryAnswers.KilledPerYearAndKind(incidents), files.KilledPerYearAndKind());
    }

    [Fact]
    public async Task Partitioned_files_lie_in_one_hive_folder_per_year_of_the_first_day_and_leave_the_year_out_of_the_file()
    {
        using var scratch = new ScratchDirectory();
        var summary = await ParquetExport.WriteAsync(Reference, scratch.Path, new ParquetExportOptions { Partitioning = ParquetPartitioning.ByYear }, TestContext.Current.CancellationToken);

        var years = Reference.Incidents.Select(i => i.Date.Earliest.Year).Distinct().Order().ToArray();
        Assert.True(summary.IsPartitioned);
        Assert.Equal(years, summary.Years);
        var expected = TableNames.SelectMany(t => years.Select(y => $"{t}/year={y}/part-00000.parquet")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, summary.Files);
        Assert.All(summary.Files, f => Assert.True(File.Exists(Path.Combine(scratch.Path, f)), f));

        using var duck = new DuckDb();
        var file = Path.Combine(scratch.Path, summary.Files.First(f => f.StartsWith("incidents/", StringComparison.Ordinal)));
        var columns = duck.Rows($"SELECT name FROM parquet_schema('{file}') WHERE name <> 'schema'").Select(r => (string)r[0]!).ToList();
        Assert.DoesNotContain("year", columns);
        Assert.Contains("date_start", columns);
    }

    [Fact]
    public async Task Unpartitioned_files_are_one_per_table_with_the_year_a_column()
    {
        using var scratch = new ScratchDirectory();
        var summary = await ParquetExport.WriteAsync(Reference, scratch.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(summary.IsPartitioned);
        Assert.Empty(summary.Years);
        Assert.Equal(["casualties/part-00000.parquet", "incidents/part-00000.parquet", "perpetrators/part-00000.parquet", "targets/part-00000.parquet"], summary.Files);
        using var duck = new DuckDb();
        var years = duck.Rows($"SELECT incident_id, year FROM read_parquet('{Path.Combine(scratch.Path, "incidents", "part-00000.parquet")}')");
        Assert.All(years, r => Assert.Equal(Reference.FindIncident(Identifiers.IncidentId.Parse((string)r[0]!))!.Date.Earliest.Year, Convert.ToInt32(r[1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Columns_have_the_documented_DuckDB_types_and_each_incident_s_dates_and_place_come_back()
    {
        using var scratch = new ScratchDirectory();
        await ParquetExport.WriteAsync(Reference, scratch.Path, cancellationToken: TestContext.Current.CancellationToken);
        using var duck = new DuckDb();
        var files = new FileAnswers(duck, scratch.Path);

        var types = duck.Rows($"DESCRIBE SELECT * FROM {files.Incidents}").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("VARCHAR", types["incident_id"]);
        Assert.Equal("DATE", types["date_start"]);
        Assert.Equal("DATE", types["date_end"]);
        Assert.Equal("TIME", types["time_of_day"]);
        Assert.Equal("INTEGER", types["total_killed_best"]);
        Assert.Equal("DOUBLE", types["latitude"]);
        Assert.Equal("BOOLEAN", types["is_total_killed_partial"]);

        var rows = duck.Rows($"SELECT incident_id, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), date_precision, date_bound, CAST(time_of_day AS VARCHAR), place_name, territory_id, kind FROM {files.Incidents}");
        Assert.Equal(Reference.Incidents.Length, rows.Count);
        foreach (var row in rows)
        {
            var incident = Reference.FindIncident(Identifiers.IncidentId.Parse((string)row[0]!))!;
            Assert.Equal(incident.Date.Earliest.ToString("uuuu-MM-dd", null), row[1]);
            Assert.Equal(incident.Date.Latest.ToString("uuuu-MM-dd", null), row[2]);
            Assert.Equal(incident.Date.Precision.ToString().ToLowerInvariant(), row[3]);
            Assert.Equal(Tables.EnumNames<Temporal.DateBound>.Of(incident.Date.Bound), row[4]);
            Assert.Equal(incident.Date.TimeOfDay?.ToString("HH:mm:ss", null), row[5]);
            Assert.Equal(incident.Location.PlaceName, row[6]);
            Assert.Equal(incident.Location.Territory?.ToString(), row[7]);
            Assert.Equal(Tables.EnumNames<IncidentKind>.Of(incident.Kind), row[8]);
        }
    }

    [Fact]
    public async Task Auto_partitions_by_year_only_above_the_threshold()
    {
        using var scratch = new ScratchDirectory();
        var count = Reference.Incidents.Length;
        var at = await ParquetExport.WriteAsync(Reference, scratch.Sub("at"), new ParquetExportOptions { PartitionThreshold = count }, TestContext.Current.CancellationToken);
        var above = await ParquetExport.WriteAsync(Reference, scratch.Sub("above"), new ParquetExportOptions { PartitionThreshold = count - 1 }, TestContext.Current.CancellationToken);
        var streamedAt = await ParquetExport.WriteIncidentsAsync(Reference.Incidents.ToAsyncEnumerable(), scratch.Sub("streamed-at"), new ParquetExportOptions { PartitionThreshold = count }, TestContext.Current.CancellationToken);
        var streamedAbove = await ParquetExport.WriteIncidentsAsync(Reference.Incidents.ToAsyncEnumerable(), scratch.Sub("streamed-above"), new ParquetExportOptions { PartitionThreshold = count - 1 }, TestContext.Current.CancellationToken);

        Assert.False(at.IsPartitioned);
        Assert.True(above.IsPartitioned);
        Assert.False(streamedAt.IsPartitioned);
        Assert.True(streamedAbove.IsPartitioned);
        Assert.Equal(above.Files, streamedAbove.Files);
        Assert.Equal(count, streamedAbove.IncidentRows);
        Assert.Equal(ParquetExportOptions.DefaultPartitionThreshold, new ParquetExportOptions().PartitionThreshold);
    }

    [Fact]
    public async Task Small_row_groups_split_each_file_and_lose_no_row()
    {
        using var scratch = new ScratchDirectory();
        await ParquetExport.WriteAsync(Reference, scratch.Path, new ParquetExportOptions { RowGroupSize = 1, Partitioning = ParquetPartitioning.None }, TestContext.Current.CancellationToken);
        using var duck = new DuckDb();
        var file = Path.Combine(scratch.Path, "incidents", "part-00000.parquet");
        Assert.Equal(Reference.Incidents.Length, duck.Count($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{file}')"));
        Assert.Equal(LibraryAnswers.KilledBest(Reference.Incidents), new FileAnswers(duck, scratch.Path).Sum(DuckDb.Table(scratch.Path, "incidents"), "total_killed_best"));
    }

    [Theory]
    [InlineData(ParquetPartitioning.None)]
    [InlineData(ParquetPartitioning.ByYear)]
    public async Task An_empty_catalog_gives_empty_tables_that_still_read(ParquetPartitioning partitioning)
    {
        using var scratch = new ScratchDirectory();
        var summary = await ParquetExport.WriteAsync(CoordinationCatalog.Empty, scratch.Path, new ParquetExportOptions { Partitioning = partitioning }, TestContext.Current.CancellationToken);
        Assert.Equal(4, summary.Files.Length);
        using var duck = new DuckDb();
        var files = new FileAnswers(duck, scratch.Path);
        Assert.Equal(0, files.Rows(files.Incidents));
        Assert.Equal(0, files.Rows(files.Targets));
        Assert.Contains("date_start", duck.Rows($"DESCRIBE SELECT * FROM {files.Incidents}").Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task Null_arguments_are_refused_by_name()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal("catalog", (await Assert.ThrowsAsync<ArgumentNullException>(() => ParquetExport.WriteAsync(null!, "x", null, ct))).ParamName);
        Assert.Equal("directory", (await Assert.ThrowsAsync<ArgumentNullException>(() => ParquetExport.WriteAsync(Reference, null!, null, ct))).ParamName);
        Assert.Equal("incidents", (await Assert.ThrowsAsync<ArgumentNullException>(() => ParquetExport.WriteIncidentsAsync(null!, "x", null, ct))).ParamName);
        var blank = await Assert.ThrowsAsync<ArgumentException>(() => ParquetExport.WriteAsync(Reference, "  ", null, ct));
        Assert.Equal("directory", blank.ParamName);
        Assert.StartsWith("The directory may not be empty or blank.", blank.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 100, ParquetPartitioning.Auto, "RowGroupSize")]
    [InlineData(10, -1, ParquetPartitioning.Auto, "PartitionThreshold")]
    [InlineData(10, 100, (ParquetPartitioning)7, "Partitioning")]
    public async Task Out_of_range_options_are_refused_by_name(int rowGroupSize, int threshold, ParquetPartitioning partitioning, string member)
    {
        using var scratch = new ScratchDirectory();
        var options = new ParquetExportOptions { RowGroupSize = rowGroupSize, PartitionThreshold = threshold, Partitioning = partitioning };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ParquetExport.WriteAsync(Reference, scratch.Path, options, TestContext.Current.CancellationToken));
        Assert.Equal("options", error.ParamName);
        Assert.Contains(member, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }

    [Fact]
    public async Task A_directory_that_is_not_empty_is_refused_and_left_alone_unless_overwrite_is_set()
    {
        using var scratch = new ScratchDirectory();
        var mine = Path.Combine(scratch.Path, "notes.txt");
        await File.WriteAllTextAsync(mine, "keep me", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<IOException>(() => ParquetExport.WriteAsync(Reference, scratch.Path, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains(scratch.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("Overwrite", error.Message, StringComparison.Ordinal);
        Assert.Equal([mine], Directory.EnumerateFileSystemEntries(scratch.Path));

        // Overwrite: a partitioned export is replaced by an unpartitioned one; the other file stays.
        await ParquetExport.WriteAsync(Reference, scratch.Path, new ParquetExportOptions { Overwrite = true, Partitioning = ParquetPartitioning.ByYear }, TestContext.Current.CancellationToken);
        var summary = await ParquetExport.WriteAsync(Reference, scratch.Path, new ParquetExportOptions { Overwrite = true }, TestContext.Current.CancellationToken);
        Assert.Equal("keep me", await File.ReadAllTextAsync(mine, TestContext.Current.CancellationToken));
        Assert.Equal(summary.Files.Length, Directory.EnumerateFiles(scratch.Path, "*.parquet", SearchOption.AllDirectories).Count());
        using var duck = new DuckDb();
        Assert.Equal(Reference.Incidents.Length, new FileAnswers(duck, scratch.Path).Rows(DuckDb.Table(scratch.Path, "incidents")));
    }

    [Fact]
    public async Task A_path_under_a_file_or_a_file_is_refused_with_an_IOException()
    {
        using var scratch = new ScratchDirectory();
        var file = scratch.Sub("file.txt");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        Assert.Contains("is a file", (await Assert.ThrowsAsync<IOException>(() => ParquetExport.WriteAsync(Reference, file, cancellationToken: TestContext.Current.CancellationToken))).Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<IOException>(() => ParquetExport.WriteAsync(Reference, Path.Combine(file, "under"), cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_cancelled_token_writes_nothing_and_a_cancellation_midway_leaves_no_table_behind()
    {
        using var scratch = new ScratchDirectory();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ParquetExport.WriteAsync(Reference, scratch.Sub("before"), cancellationToken: new CancellationToken(canceled: true)));
        Assert.False(Directory.Exists(scratch.Sub("before")));

        using var midway = new CancellationTokenSource();
        var target = scratch.Sub("midway");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ParquetExport.WriteIncidentsAsync(CancelAfterFirst(Reference.Incidents, midway), target, new ParquetExportOptions { Partitioning = ParquetPartitioning.ByYear }, midway.Token));
        Assert.Empty(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public async Task A_null_or_malformed_incident_is_refused_by_position_and_id_and_nothing_is_left()
    {
        using var scratch = new ScratchDirectory();
        var first = Reference.Incidents[0];
        var withNull = await Assert.ThrowsAsync<ArgumentException>(() => ParquetExport.WriteIncidentsAsync(new[] { first, null! }.ToAsyncEnumerable(), scratch.Sub("null"), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("incidents", withNull.ParamName);
        Assert.Contains("Incident 1 is null", withNull.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Sub("null")));

        var noLocation = first with { Location = null! };
        var malformed = await Assert.ThrowsAsync<ArgumentException>(() => ParquetExport.WriteIncidentsAsync(new[] { first, first, noLocation }.ToAsyncEnumerable(), scratch.Sub("malformed"), new ParquetExportOptions { Partitioning = ParquetPartitioning.ByYear }, TestContext.Current.CancellationToken));
        Assert.Contains($"Incident 2 ('{first.Id}') has no location", malformed.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Sub("malformed")));
    }

    [Theory]
    [InlineData("id", "has no id")]
    [InlineData("kind", "has kind 99, not a defined IncidentKind")]
    [InlineData("precision", "has location precision 99, not a defined LocationPrecision")]
    [InlineData("perpetrator", "has a null perpetrator")]
    [InlineData("casualties", "has a null casualties element")]
    public async Task Each_kind_of_malformed_incident_is_refused_with_what_it_lacks(string flaw, string expected)
    {
        using var scratch = new ScratchDirectory();
        var first = Reference.Incidents[0];
        var bad = flaw switch
        {
            "id" => first with { Id = default },
            "kind" => first with { Kind = (Coordination.Domain.Incidents.IncidentKind)99 },
            "precision" => first with { Location = first.Location with { Precision = (Coordination.Domain.Geography.LocationPrecision)99 } },
            "perpetrator" => first with { Perpetrators = [null!] },
            _ => first with { Casualties = [null!] },
        };
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => ParquetExport.WriteIncidentsAsync(new[] { first, bad }.ToAsyncEnumerable(), scratch.Sub(flaw), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("incidents", refused.ParamName);
        var id = flaw == "id" ? string.Empty : $" ('{first.Id}')";
        Assert.StartsWith($"Incident 1{id} {expected}.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Sub(flaw)));
    }

    private static async System.Collections.Generic.IAsyncEnumerable<Incident> CancelAfterFirst(System.Collections.Immutable.ImmutableArray<Incident> incidents, CancellationTokenSource source)
    {
        foreach (var incident in incidents)
        {
            yield return incident;
            await source.CancelAsync();
        }
    }
}
