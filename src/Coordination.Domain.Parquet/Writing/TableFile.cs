using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Parquet.Tables;
using Parquet;

namespace Coordination.Domain.Parquet.Writing;

/// <summary>One Parquet file of a table being written: the rows of the row group being filled, and the file.</summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
internal sealed class TableFile<TRow> : IAsyncDisposable
{
    private readonly FileStream stream;
    private readonly ParquetWriter writer;
    private readonly ColumnBuffer<TRow>[] buffers;
    private int pending;

    private TableFile(FileStream stream, ParquetWriter writer, ColumnBuffer<TRow>[] buffers)
    {
        this.stream = stream;
        this.writer = writer;
        this.buffers = buffers;
    }

    /// <summary>Gets the number of rows written to the file or waiting for the next row group.</summary>
    public long Rows { get; private set; }

    /// <summary>Creates the file (it must not exist) and writes its header.</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The file's full path.</param>
    /// <param name="partitioned">Whether the file is in a year's partition (the year is then not a column).</param>
    /// <param name="capacity">The number of rows a row group is expected to hold.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The file, open.</returns>
    public static async Task<TableFile<TRow>> CreateAsync(ExportTable<TRow> table, string path, bool partitioned, int capacity, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16);
        try
        {
            var writer = await ParquetWriter.CreateAsync(partitioned ? table.Partitioned : table.Unpartitioned, stream, options: null, append: false, cancellationToken).ConfigureAwait(false);
            return new TableFile<TRow>(stream, writer, [.. table.ColumnsOf(partitioned).Select(c => c.CreateBuffer(capacity))]);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds a row to the row group being filled.</summary>
    /// <param name="row">The row.</param>
    public void Add(in TRow row)
    {
        foreach (var buffer in buffers)
        {
            buffer.Add(row);
        }

        pending++;
        Rows++;
    }

    /// <summary>Writes the rows held as one row group; nothing when none are held.</summary>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The writing.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending == 0)
        {
            return;
        }

        using (var rowGroup = writer.CreateRowGroup())
        {
            foreach (var buffer in buffers)
            {
                await buffer.FlushAsync(rowGroup, cancellationToken).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
        }

        pending = 0;
    }

    /// <summary>Closes the file: writes its footer (the schema and the row groups' metadata) and releases it. Rows still held are not written: call <see cref="FlushAsync"/> first.</summary>
    /// <returns>The closing.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
