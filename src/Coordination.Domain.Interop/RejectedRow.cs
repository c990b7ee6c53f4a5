namespace Coordination.Domain.Interop;

/// <summary>
/// A row the importer could not read as an incident, and why: the column and value at fault and the reason, so that
/// nothing is dropped in silence. The row's text is kept as the file held it, for a rejects file.
/// </summary>
public sealed record RejectedRow : RowResult
{
    /// <summary>Gets the row's fields, or <see langword="null"/> when the row could not be split into fields (an unbalanced quote, a bad byte).</summary>
    public SourceRow? Row { get; init; }

    /// <summary>Gets the column at fault, or <see langword="null"/> when the fault is the row's (too few fields, a duplicate derived id).</summary>
    public string? Column { get; init; }

    /// <summary>Gets the value at fault as the file held it, or <see langword="null"/> when no single value is.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the reason, one sentence naming what was expected.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the row's text as the file held it (without the line break that ends it), for writing a rejects file unchanged.</summary>
    public required string Text { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        Column is null ? $"line {Line}: {Reason}" : $"line {Line}, column {Column} ('{Value}'): {Reason}";
}
