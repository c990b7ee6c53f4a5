using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;

namespace Coordination.Domain.Interop;

/// <summary>
/// Reads ACLED and UCDP GED files as a stream of <see cref="RowResult"/>s, one per data row: an incident, or a rejected
/// row with its line, column, value and reason. Remembers the actors, territories and sources it had to create
/// (<see cref="Records"/>) across the files it reads, so that one importer can read several files into one catalog.
/// </summary>
/// <remarks>
/// <para>A file is decoded as UTF-8, with or without a byte-order mark (or in <see cref="ImportOptions.Encoding"/>);
/// a byte sequence that does not decode rejects the row it falls in, and is never replaced. The first non-blank row
/// is the header; the layout is detected from it (<see cref="DataLayouts.Detect"/>) unless
/// <see cref="ImportOptions.Layout"/> names one. A row right under the header that is an HXL hashtag row is kept in
/// <see cref="SourceHeader.HxlTags"/> and is not a data row. Blank lines (no character at all) are not rows and are
/// skipped; a row of empty fields is a row. Every other row yields exactly one result, so that imported plus rejected
/// always adds up to the data rows of the file (docs/interop.md, "What is rejected").</para>
/// <para>Rows are read one at a time with Sep; memory stays flat whatever the file's length (besides the records the
/// import creates and 16 bytes per derived id). Not thread-safe: read one file at a time.</para>
/// </remarks>
public sealed class IncidentImporter
{
    private readonly ImportContext context;
    private readonly Dictionary<(ConflictDataSet DataSet, ulong Digest), long> derivedIds = [];
    private readonly Func<ConflictDataSet, IRowMapper>? mappers;

    /// <summary>Initializes a new importer.</summary>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ImportOptions.MaxFieldLength"/> is less than 1, or <see cref="ImportOptions.Layout"/> is not a defined layout.</exception>
    public IncidentImporter(ImportOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>Initializes a new importer whose rows are mapped by other mappers than the data sets' (for tests of the file side).</summary>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <param name="mappers">The mapper of each data set; <see langword="null"/> for the data sets' own.</param>
    internal IncidentImporter(ImportOptions? options, Func<ConflictDataSet, IRowMapper>? mappers)
    {
        this.mappers = mappers;
        Options = options ?? new ImportOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxFieldLength, 1, nameof(options));
        if (Options.Layout is { } layout)
        {
            DataLayouts.DataSetOf(layout);
        }

        context = new ImportContext(Options);
    }

    /// <summary>Gets the options the importer reads with.</summary>
    public ImportOptions Options { get; }

    /// <summary>Gets the records created so far by every file read.</summary>
    public ImportedRecords Records => context.Records;

    /// <summary>Gets the context the mappers use (for tests of the mappers).</summary>
    internal ImportContext Context => context;

    /// <summary>Reads a file's rows as they come; memory stays flat whatever the file's length.</summary>
    /// <param name="stream">The file's bytes, read from its current position to its end; not closed.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>One result per data row, in the file's order. The file is read as the results are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InteropFormatException">On enumeration: the file has no header, or its header is neither data set's (and no layout was named), or is not text.</exception>
    /// <exception cref="OperationCanceledException">On enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<RowResult> Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadRows(stream, cancellationToken);
    }

    /// <summary>Reads a file's rows as they come, asynchronously.</summary>
    /// <param name="stream">The file's bytes, read from its current position to its end; not closed.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>One result per data row, in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InteropFormatException">On enumeration: the file has no header, or its header is neither data set's (and no layout was named), or is not text.</exception>
    /// <exception cref="OperationCanceledException">On enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<RowResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadRowsAsync(stream, cancellationToken);
    }

    private static StreamReader Decode(Stream stream, ImportOptions options) =>
        new(stream, StrictDecoding.Marking(options.Encoding), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);

    private IEnumerable<RowResult> ReadRows(Stream stream, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = new ImportFile(context, derivedIds, mappers);
        using var text = Decode(stream, Options);
        using var reader = ImportFile.SepOptions.From(text);
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Take(row) is { } result)
            {
                yield return result;
            }
        }

        file.Finish();
    }

    private async IAsyncEnumerable<RowResult> ReadRowsAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = new ImportFile(context, derivedIds, mappers);
        using var text = Decode(stream, Options);
        using var reader = await ImportFile.SepOptions.FromAsync(text, cancellationToken).ConfigureAwait(false);
        while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Take(file, reader) is { } result)
            {
                yield return result;
            }
        }

        file.Finish();
    }

    // The current row of the reader, taken outside the async method (a row is a ref struct).
    private static RowResult? Take(ImportFile file, SepReader reader) => file.Take(reader.Current);
}
