using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Incidents;
using Coordination.Domain.Parquet.Tables;

namespace Coordination.Domain.Parquet.Writing;

/// <summary>The four files (one per table) of one partition, or of the whole export when it is not partitioned; rows are written a row group at a time.</summary>
internal sealed class PartitionFiles : IAsyncDisposable
{
    /// <summary>The name of each table's file in its folder.</summary>
    public const string FileName = "part-00000.parquet";

    private readonly int rowGroupSize;
    private readonly TableFile<Incident> incidents;
    private readonly TableFile<ElementRow<Casualties>> casualties;
    private readonly TableFile<ElementRow<Perpetrator>> perpetrators;
    private readonly TableFile<ElementRow<AffectedParty>> targets;
    private int pending;

    private PartitionFiles(int rowGroupSize, TableFile<Incident> incidents, TableFile<ElementRow<Casualties>> casualties, TableFile<ElementRow<Perpetrator>> perpetrators, TableFile<ElementRow<AffectedParty>> targets)
    {
        this.rowGroupSize = rowGroupSize;
        this.incidents = incidents;
        this.casualties = casualties;
        this.perpetrators = perpetrators;
        this.targets = targets;
    }

    /// <summary>Gets the number of rows of each table so far: incidents, casualties, perpetrators, targets.</summary>
    public (long Incidents, long Casualties, long Perpetrators, long Targets) Rows => (incidents.Rows, casualties.Rows, perpetrators.Rows, targets.Rows);

    /// <summary>Creates the four files, <c>&lt;root&gt;/&lt;table&gt;[/&lt;partition&gt;]/part-00000.parquet</c>.</summary>
    /// <param name="root">The export's directory (full path).</param>
    /// <param name="partition">The partition's folder (<c>year=2014</c>), or <see langword="null"/> when not partitioned.</param>
    /// <param name="rowGroupSize">The number of incidents per row group.</param>
    /// <param name="capacity">The number of rows the buffers of a row group start with room for (they grow past it).</param>
    /// <param name="files">Where the path of each file created, relative to <paramref name="root"/>, is added.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The files, open.</returns>
    public static async Task<PartitionFiles> CreateAsync(string root, string? partition, int rowGroupSize, int capacity, List<string> files, CancellationToken cancellationToken)
    {
        capacity = Math.Clamp(capacity, 1, rowGroupSize);
        var opened = new List<IAsyncDisposable>(4);
        try
        {
            var incidents = await Open(ExportTables.Incidents, capacity).ConfigureAwait(false);
            var casualties = await Open(ExportTables.Casualties, capacity).ConfigureAwait(false);
            var perpetrators = await Open(ExportTables.Perpetrators, capacity).ConfigureAwait(false);
            var targets = await Open(ExportTables.Targets, capacity).ConfigureAwait(false);
            return new PartitionFiles(rowGroupSize, incidents, casualties, perpetrators, targets);
        }
        catch
        {
            foreach (var file in opened)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        async Task<TableFile<TRow>> Open<TRow>(ExportTable<TRow> table, int rows)
        {
            var relative = partition is null ? $"{table.Name}/{FileName}" : $"{table.Name}/{partition}/{FileName}";
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var file = await TableFile<TRow>.CreateAsync(table, path, partition is not null, rows, cancellationToken).ConfigureAwait(false);
            opened.Add(file);
            files.Add(relative);
            return file;
        }
    }

    /// <summary>Adds an incident and its elements; writes a row group of each table when <c>rowGroupSize</c> incidents are held.</summary>
    /// <param name="incident">The incident, checked.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The adding.</returns>
    public async ValueTask AddAsync(Incident incident, CancellationToken cancellationToken)
    {
        incidents.Add(incident);
        var list = incident.Casualties;
        for (var i = 0; i < list.Length; i++)
        {
            casualties.Add(new ElementRow<Casualties>(incident, i, list[i]));
        }

        var doers = incident.Perpetrators;
        for (var i = 0; i < doers.Length; i++)
        {
            perpetrators.Add(new ElementRow<Perpetrator>(incident, i, doers[i]));
        }

        var hit = incident.Targets;
        for (var i = 0; i < hit.Length; i++)
        {
            targets.Add(new ElementRow<AffectedParty>(incident, i, hit[i]));
        }

        if (++pending >= rowGroupSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the rows held as a row group of each table that holds any.</summary>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The writing.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await incidents.FlushAsync(cancellationToken).ConfigureAwait(false);
        await casualties.FlushAsync(cancellationToken).ConfigureAwait(false);
        await perpetrators.FlushAsync(cancellationToken).ConfigureAwait(false);
        await targets.FlushAsync(cancellationToken).ConfigureAwait(false);
        pending = 0;
    }

    /// <summary>Closes the four files; rows still held are lost (call <see cref="FlushAsync"/> first).</summary>
    /// <returns>The closing.</returns>
    public async ValueTask DisposeAsync()
    {
        await incidents.DisposeAsync().ConfigureAwait(false);
        await casualties.DisposeAsync().ConfigureAwait(false);
        await perpetrators.DisposeAsync().ConfigureAwait(false);
        await targets.DisposeAsync().ConfigureAwait(false);
    }
}
