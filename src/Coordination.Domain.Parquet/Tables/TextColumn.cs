using System;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>A column of UTF-8 text, required or optional.</summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
internal sealed class TextColumn<TRow> : ParquetColumn<TRow>
{
    private readonly Func<TRow, string?> value;

    public TextColumn(string name, bool isNullable, string meaning, Func<TRow, string?> value)
        : base(name, TypeOf(typeof(string)), isNullable, meaning)
    {
        this.value = value;
        Field = new DataField<string>(name, nullable: isNullable);
    }

    public override DataField Field { get; }

    public override ColumnBuffer<TRow> CreateBuffer(int capacity) => new Buffer(this, capacity);

    private sealed class Buffer(TextColumn<TRow> column, int capacity) : ColumnBuffer<TRow>
    {
        private string?[] values = new string?[Math.Max(capacity, 1)];
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
            cancellationToken.ThrowIfCancellationRequested();
            await rowGroup.WriteAsync(column.Field, new ArraySegment<string>(values!, 0, count), null).ConfigureAwait(false);
            Array.Clear(values, 0, count);
            count = 0;
        }
    }
}
