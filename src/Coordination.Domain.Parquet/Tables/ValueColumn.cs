using System;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>A required column of a value type.</summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
/// <typeparam name="T">The column's CLR type.</typeparam>
internal sealed class ValueColumn<TRow, T> : ParquetColumn<TRow>
    where T : struct
{
    private readonly Func<TRow, T> value;

    public ValueColumn(string name, string meaning, Func<TRow, T> value)
        : base(name, TypeOf(typeof(T)), isNullable: false, meaning)
    {
        this.value = value;
        Field = new DataField<T>(name, nullable: false);
    }

    public override DataField Field { get; }

    public override ColumnBuffer<TRow> CreateBuffer(int capacity) => new Buffer(this, capacity);

    private sealed class Buffer(ValueColumn<TRow, T> column, int capacity) : ColumnBuffer<TRow>
    {
        private T[] values = new T[Math.Max(capacity, 1)];
        private int count;

        public override void Add(in TRow row)
        {
            if (count == values.Length)
            {
                Array.Resize(ref values, checked(values.Length * 2));
            }

            values[count++] = column.value(row);
        }

        public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
        {
            await rowGroup.WriteAsync(column.Field, new ReadOnlyMemory<T>(values, 0, count), null, null, cancellationToken).ConfigureAwait(false);
            count = 0;
        }
    }
}
