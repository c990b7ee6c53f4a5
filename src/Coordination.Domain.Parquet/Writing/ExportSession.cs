using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Incidents;
using Coordination.Domain.Parquet.Tables;

namespace Coordination.Domain.Parquet.Writing;

/// <summary>One export into one directory: the open partitions, the files written, and the clean-up when it fails.</summary>
internal sealed class ExportSession : IAsyncDisposable
{
    private readonly string root;
    private readonly int rowGroupSize;
    private readonly int expected;
    private readonly List<string> files = [];
    private readonly SortedDictionary<int, PartitionFiles> years = [];
    private PartitionFiles? whole;

    /// <summary>Initializes a new instance of the <see cref="ExportSession"/> class.</summary>
    /// <param name="root">The export's directory (full path).</param>
    /// <param name="rowGroupSize">The number of incidents per row group.</param>
    /// <param name="expected">The number of incidents expected, when known (a catalog's), so that the buffers of an unpartitioned export start the size they end; null for a stream.</param>
    public ExportSession(string root, int rowGroupSize, int? expected)
    {
        this.root = root;
        this.rowGroupSize = rowGroupSize;
        this.expected = expected ?? YearCapacity;
    }

    // What the buffers of a year's partition start with room for; they double as they fill.
    private const int YearCapacity = 4096;

    /// <summary>Adds an incident to its year's partition, creating the partition's files on its first incident.</summary>
    /// <param name="incident">The incident, checked.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The adding.</returns>
    public async ValueTask AddToYearAsync(Incident incident, CancellationToken cancellationToken)
    {
        var year = ExportTables.YearOf(incident);
        if (!years.TryGetValue(year, out var partition))
        {
            var folder = string.Create(CultureInfo.InvariantCulture, $"{ExportTables.YearColumn}={year}");
            partition = await PartitionFiles.CreateAsync(root, folder, rowGroupSize, YearCapacity, files, cancellationToken).ConfigureAwait(false);
            years.Add(year, partition);
        }

        await partition.AddAsync(incident, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds an incident to the one file of each table (no partitions).</summary>
    /// <param name="incident">The incident, checked.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The adding.</returns>
    public async ValueTask AddToWholeAsync(Incident incident, CancellationToken cancellationToken)
    {
        whole ??= await PartitionFiles.CreateAsync(root, null, rowGroupSize, expected, files, cancellationToken).ConfigureAwait(false);
        await whole.AddAsync(incident, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes what is held and closes every file. With no incident at all, writes one empty file per table, so readers find the schema.</summary>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>What was written.</returns>
    public async Task<ParquetExportSummary> CompleteAsync(CancellationToken cancellationToken)
    {
        if (whole is null && years.Count == 0)
        {
            whole = await PartitionFiles.CreateAsync(root, null, rowGroupSize, 1, files, cancellationToken).ConfigureAwait(false);
        }

        long incidents = 0, casualties = 0, perpetrators = 0, targets = 0;
        foreach (var partition in Partitions())
        {
            await partition.FlushAsync(cancellationToken).ConfigureAwait(false);
            var rows = partition.Rows;
            incidents += rows.Incidents;
            casualties += rows.Casualties;
            perpetrators += rows.Perpetrators;
            targets += rows.Targets;
        }

        ImmutableArray<int> partitioned = [.. years.Keys];
        await CloseAllAsync().ConfigureAwait(false);
        files.Sort(StringComparer.Ordinal);
        return new ParquetExportSummary(root, !partitioned.IsEmpty, [.. files], partitioned, incidents, casualties, perpetrators, targets);
    }

    /// <summary>Closes every file still open and deletes the tables' folders: what an export that failed leaves behind.</summary>
    /// <returns>The clean-up.</returns>
    public async Task AbandonAsync()
    {
        try
        {
            await CloseAllAsync().ConfigureAwait(false);
        }
        finally
        {
            foreach (var table in ExportTables.Names)
            {
                var folder = Path.Combine(root, table);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    /// <summary>Closes every file still open.</summary>
    /// <returns>The closing.</returns>
    public ValueTask DisposeAsync() => new(CloseAllAsync());

    private IEnumerable<PartitionFiles> Partitions() => whole is null ? years.Values : years.Values.Prepend(whole);

    private async Task CloseAllAsync()
    {
        var open = Partitions().ToList();
        whole = null;
        years.Clear();
        List<Exception>? problems = null;
        foreach (var partition in open)
        {
            try
            {
                await partition.DisposeAsync().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Every file is closed before the first problem is reported.
            catch (Exception problem)
#pragma warning restore CA1031
            {
                (problems ??= []).Add(problem);
            }
        }

        if (problems is not null)
        {
            throw problems.Count == 1 ? problems[0] : new AggregateException(problems);
        }
    }
}
