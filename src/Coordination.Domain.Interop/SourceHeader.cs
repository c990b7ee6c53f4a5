using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Coordination.Domain.Interop;

/// <summary>The header of a data file: its columns as spelled there, the layout they were recognised as, and the HXL row if the file had one.</summary>
public sealed class SourceHeader
{
    private readonly Dictionary<string, int> index;

    /// <summary>Initializes a new header.</summary>
    /// <param name="columns">The column names as the file spells them, in its order.</param>
    /// <param name="layout">The layout the columns were recognised as (or that the caller named).</param>
    /// <param name="hxlTags">The HXL hashtags of the row under the header, one per column; empty when the file has no HXL row.</param>
    /// <exception cref="ArgumentException"><paramref name="columns"/> is default or empty, or <paramref name="hxlTags"/> is neither empty nor as long as <paramref name="columns"/>.</exception>
    public SourceHeader(ImmutableArray<string> columns, DataLayout layout, ImmutableArray<string> hxlTags = default)
    {
        if (columns.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A header has at least one column.", nameof(columns));
        }

        hxlTags = hxlTags.IsDefault ? [] : hxlTags;
        if (!hxlTags.IsEmpty && hxlTags.Length != columns.Length)
        {
            throw new ArgumentException($"The HXL row has {hxlTags.Length} tags for {columns.Length} columns.", nameof(hxlTags));
        }

        DataLayouts.DataSetOf(layout);
        Columns = columns;
        Layout = layout;
        HxlTags = hxlTags;
        index = new Dictionary<string, int>(columns.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            index.TryAdd((columns[i] ?? string.Empty).Trim(), i);
        }
    }

    /// <summary>Gets the column names as the file spells them, in its order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Gets the layout the columns were recognised as.</summary>
    public DataLayout Layout { get; }

    /// <summary>Gets the data set of <see cref="Layout"/>.</summary>
    public ConflictDataSet DataSet => DataLayouts.DataSetOf(Layout);

    /// <summary>Gets the HXL hashtags of the row under the header, one per column; empty when the file had none.</summary>
    public ImmutableArray<string> HxlTags { get; }

    /// <summary>Gets the index of the first column named <paramref name="column"/>, compared ignoring case and surrounding white space.</summary>
    /// <param name="column">The column's name, for example <c>event_date</c>.</param>
    /// <returns>The zero-based index, or -1 when the file has no such column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is <see langword="null"/>.</exception>
    public int IndexOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return index.TryGetValue(column.Trim(), out var i) ? i : -1;
    }
}
