using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Coordination.Domain.Interop;

/// <summary>
/// Reads ACLED and UCDP GED files as a stream of <see cref="RowResult"/>s, one per data row: an incident, or a rejected
/// row with its line, column, value and reason. Remembers the actors, territories and sources it had to create
/// (<see cref="Records"/>) across the files it reads, so that one importer can read several files into one catalog.
/// </summary>
/// <remarks>Not thread-safe: read one file at a time.</remarks>
public sealed class IncidentImporter
{
    /// <summary>Initializes a new importer.</summary>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    public IncidentImporter(ImportOptions? options = null) => throw new NotImplementedException();

    /// <summary>Gets the options the importer reads with.</summary>
    public ImportOptions Options { get; }

    /// <summary>Gets the records created so far by every file read.</summary>
    public ImportedRecords Records => throw new NotImplementedException();

    /// <summary>Reads a file's rows as they come; memory stays flat whatever the file's length.</summary>
    /// <param name="stream">The file's bytes, read from its current position to its end; not closed.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>One result per data row, in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InteropFormatException">The file has no header, or its header is neither data set's (and no layout was named).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<RowResult> Read(Stream stream, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Reads a file's rows as they come, asynchronously.</summary>
    /// <param name="stream">The file's bytes, read from its current position to its end; not closed.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>One result per data row, in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InteropFormatException">The file has no header, or its header is neither data set's (and no layout was named).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<RowResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
