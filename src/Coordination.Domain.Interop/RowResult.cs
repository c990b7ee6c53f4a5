namespace Coordination.Domain.Interop;

/// <summary>
/// What became of one data row of a file: an <see cref="ImportedRow"/> or a <see cref="RejectedRow"/>. The importer
/// yields exactly one result per data row, so that imported plus rejected always adds up to the rows in the file.
/// </summary>
public abstract record RowResult
{
    private protected RowResult()
    {
    }

    /// <summary>Gets the 1-based line of the file the row starts on.</summary>
    public required long Line { get; init; }
}
