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

    public override ColumnBuffer<TRow> CreateBuffer(int capacity) => new ArrayColumnBuffer<TRow, string?>(value, capacity, WriteAsync);

    // Parquet.Net's string column takes no cancellation token: the token is looked at before the column is written.
    private Task WriteAsync(ParquetRowGroupWriter rowGroup, ArraySegment<string?> values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return rowGroup.WriteAsync(Field, values!, null);
    }
}
