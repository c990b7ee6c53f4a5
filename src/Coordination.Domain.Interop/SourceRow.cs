using System;
using System.Collections.Immutable;

namespace Coordination.Domain.Interop;

/// <summary>One data row of a file, its fields as the file held them (decoded and unquoted, never trimmed), and where it stands.</summary>
public sealed class SourceRow
{
    /// <summary>Initializes a new row.</summary>
    /// <param name="header">The file's header.</param>
    /// <param name="line">The 1-based line of the file the row starts on.</param>
    /// <param name="fields">The row's fields, in the file's order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public SourceRow(SourceHeader header, long line, ImmutableArray<string> fields)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        Header = header;
        Line = line;
        Fields = fields.IsDefault ? [] : fields;
    }

    /// <summary>Gets the file's header.</summary>
    public SourceHeader Header { get; }

    /// <summary>Gets the 1-based line of the file the row starts on.</summary>
    public long Line { get; }

    /// <summary>Gets the row's fields, in the file's order.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>Gets the value of the column named <paramref name="column"/>.</summary>
    /// <param name="column">The column's name, compared as <see cref="SourceHeader.IndexOf"/> does.</param>
    /// <returns>The field's value as the file held it, or <see langword="null"/> when the file has no such column (an empty cell, or a cell missing from a short row, is <see cref="string.Empty"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is <see langword="null"/>.</exception>
    public string? this[string column]
    {
        get
        {
            var i = Header.IndexOf(column);
            return i < 0 ? null : i < Fields.Length ? Fields[i] : string.Empty;
        }
    }
}
