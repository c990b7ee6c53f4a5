using System.Collections.Immutable;
using System.Linq;
using Parquet.Schema;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>One exported table: its name (the folder of its files) and its columns, in file order.</summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
internal sealed class ExportTable<TRow>
{
    public ExportTable(string name, string meaning, ImmutableArray<ParquetColumn<TRow>> columns)
    {
        Name = name;
        Meaning = meaning;
        Columns = columns;
        Unpartitioned = new ParquetSchema(columns.Select(c => (Field)c.Field));
        Partitioned = new ParquetSchema(columns.Where(c => !c.IsPartitionKey).Select(c => (Field)c.Field));
    }

    /// <summary>Gets the table's name: the folder its files go in.</summary>
    public string Name { get; }

    /// <summary>Gets what one row is, for the documentation.</summary>
    public string Meaning { get; }

    /// <summary>Gets every column, in file order.</summary>
    public ImmutableArray<ParquetColumn<TRow>> Columns { get; }

    /// <summary>Gets the schema of a file that holds every year (the partition key is a column).</summary>
    public ParquetSchema Unpartitioned { get; }

    /// <summary>Gets the schema of a file of one year's partition (the folder holds the partition key).</summary>
    public ParquetSchema Partitioned { get; }

    /// <summary>The columns a file holds.</summary>
    /// <param name="partitioned">Whether the file is in a year's partition.</param>
    /// <returns>The columns, in file order.</returns>
    public ImmutableArray<ParquetColumn<TRow>> ColumnsOf(bool partitioned) =>
        partitioned ? [.. Columns.Where(c => !c.IsPartitionKey)] : Columns;
}
