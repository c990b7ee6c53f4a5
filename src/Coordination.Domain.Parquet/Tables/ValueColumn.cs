using System;
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

    public override ColumnBuffer<TRow> CreateBuffer(int capacity) =>
        new ArrayColumnBuffer<TRow, T>(value, capacity, (rowGroup, values, cancellationToken) => rowGroup.WriteAsync(Field, new ReadOnlyMemory<T>(values.Array, values.Offset, values.Count), null, null, cancellationToken));
}
