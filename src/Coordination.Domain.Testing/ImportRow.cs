using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Coordination.Domain.Interop;

namespace Coordination.Domain.Testing;

/// <summary>
/// A generated data row of a file in one of the layouts the importer recognises (<see cref="DataLayout"/>): the
/// header's columns and the row's fields, in the same order, and the file text that holds them.
/// </summary>
/// <remarks>Equality compares every member, the arrays element by element.</remarks>
/// <param name="Layout">The layout the header is detected as.</param>
/// <param name="Columns">The header's column names, in the file's order.</param>
/// <param name="Fields">The row's fields, one per column.</param>
/// <param name="HxlTags">The HXL hashtag row written under the header (the Humanitarian Data Exchange's files have one), or empty for none.</param>
public sealed record ImportRow(DataLayout Layout, ImmutableArray<string> Columns, ImmutableArray<string> Fields, ImmutableArray<string> HxlTags)
{
    /// <summary>Gets the field of a column (case ignored).</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The field, or <see langword="null"/> when the header has no such column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is <see langword="null"/>.</exception>
    public string? this[string column]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(column);
            var at = IndexOf(column);
            return at < 0 ? null : Fields[at];
        }
    }

    /// <summary>Returns a copy with one column's field replaced.</summary>
    /// <param name="column">The column's name (case ignored); it must be in <see cref="Columns"/>.</param>
    /// <param name="value">The new field.</param>
    /// <returns>The changed row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The header has no column <paramref name="column"/>.</exception>
    public ImportRow With(string column, string value)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(value);
        var at = IndexOf(column);
        if (at < 0)
        {
            throw new ArgumentException($"The header has no column '{column}'.", nameof(column));
        }

        return this with { Fields = Fields.SetItem(at, value) };
    }

    /// <summary>Writes the row as a whole file: the header, the HXL row if any, and the row, each ended by a line feed,
    /// fields quoted as CSV quotes them (a comma, a quote or a line break in a field).</summary>
    /// <returns>The file's text.</returns>
    public string ToFileText() => FileText([this]);

    /// <summary>Writes rows of one header as a file: the first row's header and HXL row, then every row.</summary>
    /// <param name="rows">The rows; all of the first row's columns and layout.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty, or a row has other columns than the first.</exception>
    public static string FileText(ImmutableArray<ImportRow> rows)
    {
        if (rows.IsDefault)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        if (rows.IsEmpty)
        {
            throw new ArgumentException("A file needs at least one row, for its header.", nameof(rows));
        }

        var first = rows[0];
        var text = new StringBuilder();
        Line(text, first.Columns);
        if (!first.HxlTags.IsDefaultOrEmpty)
        {
            Line(text, first.HxlTags);
        }

        foreach (var row in rows)
        {
            if (!row.Columns.SequenceEqual(first.Columns))
            {
                throw new ArgumentException("Every row of a file has the first row's columns.", nameof(rows));
            }

            Line(text, row.Fields);
        }

        return text.ToString();
    }

    /// <summary>Tells whether another row has the same layout, columns, fields and HXL row (element by element; no HXL row and an empty one are the same).</summary>
    /// <param name="other">The other row.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ImportRow? other) =>
        other is not null && Layout == other.Layout && Same(Columns, other.Columns) && Same(Fields, other.Fields) && Same(HxlTags, other.HxlTags);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Layout, Columns.IsDefault ? 0 : Columns.Length, Fields.IsDefaultOrEmpty ? 0 : Fields[0].GetHashCode(StringComparison.Ordinal));

    /// <summary>Returns the layout and the row's CSV text.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Line(text, Fields);
        return $"{Layout}: {text.ToString().TrimEnd('\n')}";
    }

    private static bool Same(ImmutableArray<string> a, ImmutableArray<string> b) =>
        a.IsDefaultOrEmpty ? b.IsDefaultOrEmpty : !b.IsDefault && a.AsSpan().SequenceEqual(b.AsSpan());

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Line(StringBuilder text, ImmutableArray<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append('\n');
    }
}
