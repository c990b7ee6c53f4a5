using System;
using Parquet.Schema;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>An optional column of a value type: null where the row has no value.</summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
/// <typeparam name="T">The column's CLR type.</typeparam>
internal sealed class OptionalValueColumn<TRow, T> : ParquetColumn<TRow>
    where T : struct
{
    private readonly Func<TRow, T?> value;

    /// <param name="name">The column's name.</param>
    /// <param name="meaning">What it holds.</param>
    /// <param name="value">A row's value.</param>
    /// <param name="field">The Parquet field when the CLR type alone does not say it (a time of day as milliseconds).</param>
    /// <param name="type">The documented type of <paramref name="field"/>.</param>
    public OptionalValueColumn(string name, string meaning, Func<TRow, T?> value, DataField? field = null, string? type = null)
        : base(name, type ?? TypeOf(typeof(T)), isNullable: true, meaning)
    {
        this.value = value;
        Field = field ?? new DataField<T?>(name, nullable: true);
    }

    public override DataField Field { get; }

    public override ColumnBuffer<TRow> CreateBuffer(int capacity) =>
        new ArrayColumnBuffer<TRow, T?>(value, capacity, (rowGroup, values, cancellationToken) => rowGroup.WriteAsync(Field, new ReadOnlyMemory<T?>(values.Array, values.Offset, values.Count), null, null, cancellationToken));
}
