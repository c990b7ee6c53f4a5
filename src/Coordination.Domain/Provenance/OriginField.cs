using Coordination.Domain.Internal;

namespace Coordination.Domain.Provenance;

/// <summary>
/// One column of the row an imported record came from: the column's name as the file's header spells it and
/// the value exactly as the file held it (after decoding and CSV unquoting, never trimmed or normalised).
/// </summary>
/// <remarks>
/// A <see cref="RecordOrigin"/> keeps every column of its row, in the file's order, including the columns the
/// model has no concept for, so that exporting what was imported can reproduce the original file.
/// </remarks>
public readonly record struct OriginField
{
    /// <summary>Initializes a new field.</summary>
    /// <param name="column">The column's name as the header spells it.</param>
    /// <param name="value">The value as the file held it; empty for an empty cell.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="column"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public OriginField(string column, string value)
    {
        Column = Preconditions.CheckNotNull(column, nameof(column));
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets the column's name as the header spells it; empty only for a default field.</summary>
    public string Column { get => field ?? string.Empty; }

    /// <summary>Gets the value as the file held it; empty for an empty cell or a default field.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <inheritdoc/>
    public override string ToString() => Column + "=" + Value;
}
