using System;
using nietras.SeparatedValues;

namespace Coordination.Domain.Interop;

/// <summary>
/// Makes Sep's fields strings, handing back the string made for the same column of the row before when the field holds
/// the same text: files repeat a column's value row after row (the country, the region, the codes, the year, the source
/// scale), and the row's fields and its origin then share one string. One comparison per field, no hashing; the memory
/// held is one string per column. Not thread-safe, like the reader it serves.
/// </summary>
internal sealed class RepeatedFieldStrings : SepToString
{
    // Columns past this many are made strings without being remembered (a row that long is refused anyway).
    private const int RememberedColumns = 256;

    private string?[] previous;

    /// <summary>Initializes the strings of a reader.</summary>
    /// <param name="columns">The number of columns of the reader's first row (more are remembered as they come, up to 256).</param>
    internal RepeatedFieldStrings(int columns) => previous = new string?[Math.Clamp(columns, 1, RememberedColumns)];

    /// <summary>Gets the method factory Sep's reader options take.</summary>
    internal static SepCreateToString Factory { get; } = static (_, columns) => new RepeatedFieldStrings(columns);

    /// <summary>Gets the string of a field.</summary>
    /// <param name="colSpan">The field's characters.</param>
    /// <param name="colIndex">The field's column.</param>
    /// <returns>A string of the field's characters.</returns>
    public override string ToString(ReadOnlySpan<char> colSpan, int colIndex)
    {
        if (colSpan.IsEmpty)
        {
            return string.Empty;
        }

        if ((uint)colIndex >= (uint)previous.Length)
        {
            if ((uint)colIndex >= RememberedColumns)
            {
                return colSpan.ToString();
            }

            Array.Resize(ref previous, RememberedColumns);
        }

        var last = previous[colIndex];
        if (last is not null && colSpan.SequenceEqual(last))
        {
            return last;
        }

        var made = colSpan.ToString();
        previous[colIndex] = made;
        return made;
    }
}
