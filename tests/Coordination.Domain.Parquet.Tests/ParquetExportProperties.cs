using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coordination.Domain.Parquet.Tests;

/// <summary>Over generated catalogs and incident streams: the files, read back by DuckDB, answer as the library does.</summary>
[Properties(Arbitrary = [typeof(CatalogArbitraries), typeof(ParquetExportProperties)], MaxTest = 40)]
public sealed class ParquetExportProperties
{
    /// <summary>Generates the layouts.</summary>
    public static Arbitrary<ParquetPartitioning> Partitionings() => Gen.Elements(ParquetPartitioning.None, ParquetPartitioning.ByYear, ParquetPartitioning.Auto).ToArbitrary();

    /// <summary>Generates 0–300 incidents (ids may repeat: the files do not key on them).</summary>
    public static Arbitrary<ImmutableArray<Incident>> Incidents() =>
        Gen.Choose(0, 300).SelectMany(n => CatalogGenerators.Incident().ArrayOf(n)).Select(a => a.ToImmutableArray()).ToArbitrary();

    [Property]
    public async Task<bool> A_generated_catalog_read_back_gives_the_library_s_counts_sums_and_groups(CoordinationCatalog catalog, ParquetPartitioning partitioning)
    {
        using var scratch = new ScratchDirectory();
        var summary = await ParquetExport.WriteAsync(catalog, scratch.Path, new ParquetExportOptions { Partitioning = partitioning, PartitionThreshold = 2 });
        return Agrees(catalog.Incidents, scratch.Path, summary);
    }

    [Property(MaxTest = 15)]
    public async Task<bool> A_stream_of_generated_incidents_read_back_gives_the_library_s_answers_whatever_the_row_groups(ImmutableArray<Incident> incidents, PositiveInt rowGroupSize, NonNegativeInt threshold)
    {
        using var scratch = new ScratchDirectory();
        var options = new ParquetExportOptions { RowGroupSize = rowGroupSize.Get % 64 + 1, PartitionThreshold = threshold.Get % 200 };
        var summary = await ParquetExport.WriteIncidentsAsync(incidents.ToAsyncEnumerable(), scratch.Path, options);
        return summary.IsPartitioned == (incidents.Length > options.PartitionThreshold) && Agrees(incidents, scratch.Path, summary);
    }

    private static bool Agrees(ImmutableArray<Incident> incidents, string directory, ParquetExportSummary summary)
    {
        using var duck = new DuckDb();
        var files = new FileAnswers(duck, directory);
        return files.Rows(files.Incidents) == incidents.Length
            && summary.IncidentRows == incidents.Length
            && files.Rows(files.Casualties) == incidents.Sum(i => i.Casualties.Length)
            && files.Rows(files.Perpetrators) == incidents.Sum(i => i.Perpetrators.Length)
            && files.Rows(files.Targets) == incidents.Sum(i => i.Targets.Length)
            && files.Sum(files.Incidents, "total_killed_best") == LibraryAnswers.KilledBest(incidents)
            && files.Sum(files.Incidents, "total_injured_high") == LibraryAnswers.InjuredHigh(incidents)
            && files.Sum(files.Casualties, "killed_best") == LibraryAnswers.PartyKilledBest(incidents)
            && files.Sum(files.Casualties, "injured_low") == LibraryAnswers.PartyInjuredLow(incidents)
            && files.IncidentsPerYearAndPerpetrator().SequenceEqual(LibraryAnswers.IncidentsPerYearAndPerpetrator(incidents))
            && files.KilledPerYearAndKind().SequenceEqual(LibraryAnswers.KilledPerYearAndKind(incidents));
    }
}
