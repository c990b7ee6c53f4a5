using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Benchmarks.Generation;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop;
using Coordination.Domain.Interop.LivingData;
using Coordination.Domain.Parquet;
using Coordination.Domain.Reference;
using Coordination.Domain.Serialization;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Benchmarks.Scale;

/// <summary>
/// The stages the scale harness measures, each through the library's public calls only, on a catalog imported from
/// a generated ACLED file: <c>import</c> (the file through <see cref="IncidentImporter"/> and a
/// <see cref="LivingDataSet"/> into the reference catalog, as <c>coordination import</c> does), <c>validate</c>
/// (<see cref="CoordinationCatalog.Validate"/>), <c>query</c> (<see cref="CoordinationCatalog.IncidentsIn"/> for
/// <see cref="QueryTerritories"/> over <see cref="QueryRanges"/>), <c>situation</c>
/// (<see cref="Analysis.SituationAnalysis.SituationOn"/> on <see cref="SituationDates"/>), <c>gaps</c>
/// (<see cref="GapAnalysis.GapsOn"/> with the reference geometry, as of the last day), <c>export</c> (the incidents
/// as JSON Lines, <see cref="CoordinationJson.WriteIncidentsAsync"/>), <c>parquet</c> (the catalog's incidents as
/// Parquet files, <see cref="ParquetExport.WriteAsync"/>, to a temporary folder: the only stage that writes to disk) and <c>write</c> (the whole catalog as JSON,
/// <see cref="CoordinationJson.Serialize(Stream, CoordinationCatalog)"/>); writers write to a stream that only
/// counts, so that the disk is not measured. Each stage is run once on a catalog of <see cref="WarmUpRows"/> rows before it is measured.
/// </summary>
internal static class ScaleStages
{
    /// <summary>The stages, in the order they are run and shown.</summary>
    public static ImmutableArray<string> All { get; } = ["import", "validate", "query", "situation", "gaps", "export", "parquet", "write"];

    /// <summary>The territories asked about: the country, the region, the governorates and districts of the disputed territories, and one governorate the import adds.</summary>
    public static ImmutableArray<string> QueryTerritories { get; } =
        ["iraq", "kurdistan-region", "kirkuk", "ninewa", "diyala", "salah-al-din", "erbil", "kirkuk-district", "sinjar", "tuz-khurmatu", "khanaqin-district", "anbar"];

    /// <summary>The date ranges asked about: each year from 2014 to 2024, one month (July 2017) and the whole period.</summary>
    public static ImmutableArray<DateRange> QueryRanges { get; } =
        [.. Enumerable.Range(2014, 11).Select(DateRange.OfYear), DateRange.OfMonth(new YearMonth(2017, 7)), new DateRange(new LocalDate(2014, 1, 1), new LocalDate(2024, 12, 31))];

    /// <summary>The dates the situation is taken on: 1 July of each year from 2014 to 2024.</summary>
    public static ImmutableArray<LocalDate> SituationDates { get; } = [.. Enumerable.Range(2014, 11).Select(y => new LocalDate(y, 7, 1))];

    /// <summary>The rows of the small file each stage is run on once before it is measured, so that the measurement is of the work and not of the JIT compiler.</summary>
    public const int WarmUpRows = 1_000;

    /// <summary>Imports a generated ACLED file into the reference catalog, as <c>coordination import</c> does.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="rejected">The rows rejected.</param>
    /// <returns>The catalog.</returns>
    public static CoordinationCatalog Import(Stream stream, out long rejected)
    {
        var start = ReferenceCatalog.Load();
        var living = new LivingDataSet(start);
        var importer = new IncidentImporter(GeneratedFileCheck.ImportOptionsFor(start));
        rejected = 0;
        foreach (var result in importer.Read(stream))
        {
            if (result is ImportedRow row)
            {
                living.Upsert(row);
            }
            else
            {
                rejected++;
            }
        }

        living.Add(importer.Records);
        return living.ToCatalog();
    }

    /// <summary>Runs one stage at one size, in this process, and measures it.</summary>
    /// <param name="stage">The stage (one of <see cref="All"/>).</param>
    /// <param name="rows">The rows of the file.</param>
    /// <param name="file">The generated ACLED file of that many rows.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is not a stage.</exception>
    public static async Task<ScaleResult> MeasureAsync(string stage, int rows, string file)
    {
        if (!All.Contains(stage))
        {
            throw new ArgumentException($"'{stage}' is not a stage; the stages are {string.Join(", ", All)}.", nameof(stage));
        }

        // Once on a small catalog first, so that the code is compiled (tiered up as far as a short run goes).
        var warmUp = new SyntheticConflictFile(GeneratedLayout.Acled, WarmUpRows).ToBytes();
        // Twice, with pauses for the tiered compiler's background work (its call-counting delay is 100 ms).
        for (var i = 0; i < 2; i++)
        {
            await RunAsync(stage, () => new MemoryStream(warmUp), stage == "import" ? null : Import(new MemoryStream(warmUp), out _)).ConfigureAwait(false);
            Thread.Sleep(500);
        }

        // Everything but the import works on the imported catalog, made before the measurement starts.
        CoordinationCatalog? catalog = null;
        if (stage != "import")
        {
            using var stream = Open(file);
            catalog = Import(stream, out _);
        }

        Settle();
        var start = ProcessMemory.Resident();
        ProcessMemory.ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen2 = GC.CollectionCount(2);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var note = await RunAsync(stage, () => Open(file), catalog).ConfigureAwait(false);
        clock.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = ProcessMemory.Peak();
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        GC.KeepAlive(catalog);
        return new ScaleResult(stage, rows, clock.Elapsed.TotalSeconds, cpuSeconds, peak, start, allocatedBytes, GC.CollectionCount(2) - gen2, note);
    }

    private static FileStream Open(string file) => new(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static async Task<string> RunAsync(string stage, Func<Stream> file, CoordinationCatalog? catalog) => stage switch
    {
        "import" => ImportNote(file),
        "validate" => ValidateNote(catalog!),
        "query" => QueryNote(catalog!),
        "situation" => SituationNote(catalog!),
        "gaps" => GapsNote(catalog!),
        "export" => await ExportNoteAsync(catalog!).ConfigureAwait(false),
        "parquet" => await ParquetNoteAsync(catalog!).ConfigureAwait(false),
        _ => WriteNote(catalog!),
    };

    private static void Settle()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static string ImportNote(Func<Stream> file)
    {
        using var stream = file();
        var catalog = Import(stream, out var rejected);
        return string.Create(CultureInfo.InvariantCulture, $"{catalog.Incidents.Length:N0} incidents in the catalog, {rejected:N0} rows rejected");
    }

    private static string ValidateNote(CoordinationCatalog catalog)
    {
        var result = catalog.Validate();
        return string.Create(CultureInfo.InvariantCulture, $"{result.Errors.Count:N0} errors");
    }

    private static string QueryNote(CoordinationCatalog catalog)
    {
        var territories = QueryTerritories.Select(TerritoryId.Parse).Where(t => catalog.Territories.Any(x => x.Id == t)).ToList();
        long found = 0;
        var calls = 0;
        foreach (var territory in territories)
        {
            foreach (var range in QueryRanges)
            {
                found += catalog.IncidentsIn(territory, range).Length;
                calls++;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{calls} calls ({territories.Count} territories × {QueryRanges.Length} ranges), {found:N0} incidents found");
    }

    private static string SituationNote(CoordinationCatalog catalog)
    {
        var last = 0;
        foreach (var date in SituationDates)
        {
            last = Analysis.SituationAnalysis.SituationOn(catalog, date).Incidents.Length;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{SituationDates.Length} dates, {last:N0} incidents to date on the last");
    }

    private static string GapsNote(CoordinationCatalog catalog)
    {
        var report = catalog.GapsOn(CatalogGeometry.Reference, new LocalDate(2024, 12, 31));
        return string.Create(CultureInfo.InvariantCulture, $"{report.Placements.Length:N0} incidents placed, {report.InOpenStretches + report.InCoveredStretches:N0} on stretches");
    }

    private static async Task<string> ExportNoteAsync(CoordinationCatalog catalog)
    {
        var sink = new CountingStream();
        await CoordinationJson.WriteIncidentsAsync(sink, Stream(catalog.Incidents)).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"JSON Lines, {sink.Written / 1024.0 / 1024.0:F0} MiB");
    }

    private static async Task<string> ParquetNoteAsync(CoordinationCatalog catalog)
    {
        // Parquet.Net writes files, not a stream: a folder of the temporary directory, deleted afterwards.
        var directory = Path.Combine(Path.GetTempPath(), "coordination-scale-parquet-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            var summary = await ParquetExport.WriteAsync(catalog, directory, new ParquetExportOptions { Overwrite = true }).ConfigureAwait(false);
            var bytes = summary.Files.Sum(f => new FileInfo(Path.Combine(directory, f)).Length);
            return string.Create(CultureInfo.InvariantCulture, $"Parquet, {summary.Files.Length} files{(summary.IsPartitioned ? " by year" : string.Empty)}, {bytes / 1024.0 / 1024.0:F0} MiB on disk");
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static string WriteNote(CoordinationCatalog catalog)
    {
        var sink = new CountingStream();
        CoordinationJson.Serialize(sink, catalog);
        return string.Create(CultureInfo.InvariantCulture, $"catalog JSON, {sink.Written / 1024.0 / 1024.0:F0} MiB");
    }

#pragma warning disable CS1998 // an async iterator over a list: it never waits
    private static async IAsyncEnumerable<Incident> Stream(ImmutableArray<Incident> incidents)
#pragma warning restore CS1998
    {
        foreach (var incident in incidents)
        {
            yield return incident;
        }
    }
}
