using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Parquet.Writing;

namespace Coordination.Domain.Parquet;

/// <summary>
/// Writes incidents as Apache Parquet files for DuckDB, Spark and other columnar tools: four tables, <c>incidents</c>,
/// <c>casualties</c>, <c>perpetrators</c> and <c>targets</c>, each in its own folder of the directory, the element
/// tables keyed by <c>incident_id</c> and <c>position</c>. docs/parquet.md documents every column.
/// </summary>
/// <remarks>
/// <para>Layout: <c>&lt;directory&gt;/&lt;table&gt;/part-00000.parquet</c>, or, partitioned, one
/// <c>&lt;directory&gt;/&lt;table&gt;/year=YYYY/part-00000.parquet</c> per year (hive style) — see
/// <see cref="ParquetPartitioning"/>. Read one table with DuckDB as
/// <c>read_parquet('&lt;directory&gt;/incidents/**/*.parquet', hive_partitioning = true)</c> or with Spark as
/// <c>spark.read.parquet("&lt;directory&gt;/incidents")</c>; either way, partitioned or not, the table has a column
/// <c>year</c>.</para>
/// <para>Dates: a reported date becomes <c>date_start</c> and <c>date_end</c> (the first and last day it covers,
/// inclusive), <c>date_precision</c>, <c>date_bound</c> and the time of day if any; an incident and its elements are
/// partitioned by the year of <c>date_start</c>.</para>
/// <para>Incidents are written as they are: validate the catalog first (<see cref="CoordinationCatalog.Validate()"/>)
/// if it may be invalid. When an export fails or is cancelled, the tables' folders it created are deleted.</para>
/// <para>Parquet.Net is not trim- or Native-AOT-safe, and neither is this package.</para>
/// </remarks>
public static class ParquetExport
{
    /// <summary>Writes every incident of a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="directory">The directory to write into; created if need be, and it must be empty unless <see cref="ParquetExportOptions.Overwrite"/> is set.</param>
    /// <param name="options">How to write; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the writing between incidents.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or blank; a member of <paramref name="options"/> is out of range; or an incident of the catalog is <see langword="null"/> or lacks what every row needs (an id, a location, defined kinds) — the message names its position and id.</exception>
    /// <exception cref="IOException"><paramref name="directory"/> is a file, or a directory that is not empty while <see cref="ParquetExportOptions.Overwrite"/> is not set; or the file system refused a folder or file (a path under a file, a full disk).</exception>
    /// <exception cref="UnauthorizedAccessException">The file system denies writing to <paramref name="directory"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ParquetExportSummary> WriteAsync(CoordinationCatalog catalog, string directory, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var incidents = catalog.Incidents;
        return Start(Enumerate(incidents, cancellationToken), incidents.Length, nameof(catalog), directory, options, cancellationToken);
    }

    /// <summary>
    /// Writes incidents as they arrive, holding at most <see cref="ParquetExportOptions.RowGroupSize"/> incidents per
    /// open file; with <see cref="ParquetPartitioning.Auto"/>, up to <see cref="ParquetExportOptions.PartitionThreshold"/>
    /// incidents are held until it is known whether there are more.
    /// </summary>
    /// <param name="incidents">The incidents, in the order their rows are written.</param>
    /// <param name="directory">The directory to write into; created if need be, and it must be empty unless <see cref="ParquetExportOptions.Overwrite"/> is set.</param>
    /// <param name="options">How to write; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the writing between incidents (and is passed to <paramref name="incidents"/>).</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or blank; a member of <paramref name="options"/> is out of range; or an incident is <see langword="null"/> or lacks what every row needs (an id, a location, defined kinds) — the message names its position and id.</exception>
    /// <exception cref="IOException"><paramref name="directory"/> is a file, or a directory that is not empty while <see cref="ParquetExportOptions.Overwrite"/> is not set; or the file system refused a folder or file (a path under a file, a full disk).</exception>
    /// <exception cref="UnauthorizedAccessException">The file system denies writing to <paramref name="directory"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ParquetExportSummary> WriteIncidentsAsync(IAsyncEnumerable<Incident> incidents, string directory, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return Start(incidents, null, nameof(incidents), directory, options, cancellationToken);
    }

    // The argument checks, made before the task starts so that they throw at the call.
    private static Task<ParquetExportSummary> Start(IAsyncEnumerable<Incident> incidents, int? count, string source, string directory, ParquetExportOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("The directory may not be empty or blank.", nameof(directory));
        }

        options ??= new ParquetExportOptions();
        if (!Enum.IsDefined(options.Partitioning))
        {
            throw new ArgumentException($"ParquetExportOptions.Partitioning: {options.Partitioning} is not a defined ParquetPartitioning value.", nameof(options));
        }

        if (options.PartitionThreshold < 0)
        {
            throw new ArgumentException($"ParquetExportOptions.PartitionThreshold: {options.PartitionThreshold} is negative; give zero or more incidents.", nameof(options));
        }

        if (options.RowGroupSize < 1)
        {
            throw new ArgumentException($"ParquetExportOptions.RowGroupSize: {options.RowGroupSize} is less than one incident per row group.", nameof(options));
        }

        return WriteCoreAsync(incidents, count, source, Path.GetFullPath(directory), options, cancellationToken);
    }

    private static async Task<ParquetExportSummary> WriteCoreAsync(IAsyncEnumerable<Incident> incidents, int? count, string source, string root, ParquetExportOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Prepare(root, options.Overwrite);
        bool? byYear = options.Partitioning switch
        {
            ParquetPartitioning.ByYear => true,
            ParquetPartitioning.None => false,
            _ => count is { } known ? known > options.PartitionThreshold : null,
        };
        var session = new ExportSession(root, options.RowGroupSize, count);
        try
        {
            // Auto over a stream of unknown length: hold the first incidents until there are more than the threshold.
            var held = byYear is null ? new List<Incident>() : null;
            var position = 0L;
            await foreach (var incident in incidents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                IncidentCheck.Check(incident, position++, source);
                if (held is not null)
                {
                    held.Add(incident);
                    if (held.Count <= options.PartitionThreshold)
                    {
                        continue;
                    }

                    byYear = true;
                    foreach (var earlier in held)
                    {
                        await session.AddToYearAsync(earlier, cancellationToken).ConfigureAwait(false);
                    }

                    held = null;
                }
                else if (byYear == true)
                {
                    await session.AddToYearAsync(incident, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await session.AddToWholeAsync(incident, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var incident in held ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                await session.AddToWholeAsync(incident, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return await session.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await session.AbandonAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Creates the directory, or checks that it is empty; with overwrite, deletes the tables' folders instead.
    private static void Prepare(string root, bool overwrite)
    {
        if (File.Exists(root))
        {
            throw new IOException($"'{root}' is a file; give a directory to write the Parquet files into.");
        }

        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(root);
            return;
        }

        if (overwrite)
        {
            foreach (var table in Tables.ExportTables.Names)
            {
                var folder = Path.Combine(root, table);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        else if (Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"The directory '{root}' is not empty; give an empty or new directory, or set ParquetExportOptions.Overwrite (the command's --overwrite) to replace the tables' folders in it.");
        }
    }

    private static async IAsyncEnumerable<Incident> Enumerate(ImmutableArray<Incident> incidents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var incident in incidents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return incident;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
