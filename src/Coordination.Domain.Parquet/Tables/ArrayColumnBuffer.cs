using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Parquet;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>
/// The values of one column held in an array that grows as rows are added; the column says how a row's value is
/// found and how the values are written as a row group's column.
/// </summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
/// <typeparam name="TValue">The column's value.</typeparam>
internal sealed class ArrayColumnBuffer<TRow, TValue>(
    Func<TRow, TValue> value,
    int capacity,
    Func<ParquetRowGroupWriter, ArraySegment<TValue>, CancellationToken, Task> write) : ColumnBuffer<TRow>
{
    private TValue[] values = new TValue[Math.Max(capacity, 1)];
    private int count;

    public override void Add(in TRow row)
    {
        if (count == values.Length)
        {
            Array.Resize(ref values, checked(values.Length * 2));
        }

        values[count++] = value(row);
    }

    public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await write(rowGroup, new ArraySegment<TValue>(values, 0, count), cancellationToken).ConfigureAwait(false);
        if (RuntimeHelpers.IsReferenceOrContainsReferences<TValue>())
        {
            // The strings of a row group written are not kept alive by the buffer until the next one fills it.
            Array.Clear(values, 0, count);
        }

        count = 0;
    }
}
