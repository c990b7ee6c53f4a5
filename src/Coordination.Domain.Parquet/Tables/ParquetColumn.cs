using System;
using Parquet.Schema;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>
/// One column of an exported table: its name, Parquet field, meaning and how a row's value is found. The one statement
/// of the schema: the writer builds the files from it and a test holds docs/parquet.md to it.
/// </summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
internal abstract class ParquetColumn<TRow>
{
    protected ParquetColumn(string name, string type, bool isNullable, string meaning)
    {
        Name = name;
        Type = type;
        IsNullable = isNullable;
        Meaning = meaning;
    }

    /// <summary>Gets the column's name (snake_case).</summary>
    public string Name { get; }

    /// <summary>Gets the Parquet type as docs/parquet.md names it (physical type and logical annotation).</summary>
    public string Type { get; }

    /// <summary>Gets a value indicating whether the column is optional (may hold nulls).</summary>
    public bool IsNullable { get; }

    /// <summary>Gets what the column holds, for the documentation.</summary>
    public string Meaning { get; }

    /// <summary>Gets a value indicating whether the column is the partition key, left out of the files when they are partitioned (the folder holds it).</summary>
    public bool IsPartitionKey { get; init; }

    /// <summary>Gets the Parquet field.</summary>
    public abstract DataField Field { get; }

    /// <summary>Creates an empty buffer of this column's values.</summary>
    /// <param name="capacity">The number of rows it starts with room for.</param>
    /// <returns>The buffer.</returns>
    public abstract ColumnBuffer<TRow> CreateBuffer(int capacity);

    internal static string TypeOf(Type type) => type switch
    {
        _ when type == typeof(string) => "BYTE_ARRAY (STRING)",
        _ when type == typeof(int) => "INT32",
        _ when type == typeof(long) => "INT64",
        _ when type == typeof(bool) => "BOOLEAN",
        _ when type == typeof(double) => "DOUBLE",
        _ when type == typeof(DateOnly) => "INT32 (DATE)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No Parquet type is defined for this column type."),
    };
}
