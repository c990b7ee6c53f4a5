using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Parquet;
using Coordination.Domain.Serialization;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Writing 100 000 synthetic incidents (ten years, every date precision) to disk as Parquet — one file per table,
/// and one partition per year — beside the baseline: the same incidents as JSON Lines, the streaming text form,
/// written to one file by the existing writer. Each run replaces the previous run's files.
/// </summary>
[MemoryDiagnoser]
public class ParquetExportBenchmarks
{
    private CoordinationCatalog catalog = CoordinationCatalog.Empty;
    private string root = string.Empty;

    [Params(100_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = SyntheticCatalog.Create(Incidents);
        root = Path.Combine(Path.GetTempPath(), "coordination-parquet-benchmarks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (name, path) in new[] { ("json-lines", Path.Combine(root, "incidents.jsonl")), ("parquet", Path.Combine(root, "whole")), ("parquet by year", Path.Combine(root, "by-year")) })
        {
            var bytes = File.Exists(path) ? new FileInfo(path).Length
                : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
            Console.WriteLine($"// {name}: {bytes} bytes on disk for {Incidents} incidents");
        }

        Directory.Delete(root, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task Json_lines_file()
    {
        var stream = new FileStream(Path.Combine(root, "incidents.jsonl"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await CoordinationJson.WriteIncidentsAsync(stream, catalog.Incidents.ToAsyncEnumerable()).ConfigureAwait(false);
        }
    }

    [Benchmark]
    public Task<ParquetExportSummary> Parquet_one_file_per_table() =>
        ParquetExport.WriteAsync(catalog, Path.Combine(root, "whole"), new ParquetExportOptions { Partitioning = ParquetPartitioning.None, Overwrite = true });

    [Benchmark]
    public Task<ParquetExportSummary> Parquet_by_year() =>
        ParquetExport.WriteAsync(catalog, Path.Combine(root, "by-year"), new ParquetExportOptions { Partitioning = ParquetPartitioning.ByYear, Overwrite = true });
}
