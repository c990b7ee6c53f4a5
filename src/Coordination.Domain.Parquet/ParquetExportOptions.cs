namespace Coordination.Domain.Parquet;

/// <summary>How <see cref="ParquetExport"/> writes; every member has a default, so <c>new ParquetExportOptions()</c> is the usual choice.</summary>
/// <remarks>The values are checked when the export starts, not here: an out-of-range value makes the export throw an <see cref="System.ArgumentException"/> naming it.</remarks>
public sealed record ParquetExportOptions
{
    /// <summary>The default of <see cref="PartitionThreshold"/>: 100 000 incidents.</summary>
    public const int DefaultPartitionThreshold = 100_000;

    /// <summary>The default of <see cref="RowGroupSize"/>: 100 000 incidents per row group.</summary>
    public const int DefaultRowGroupSize = 100_000;

    /// <summary>Gets how the files are laid out in folders; <see cref="ParquetPartitioning.Auto"/> by default.</summary>
    public ParquetPartitioning Partitioning { get; init; } = ParquetPartitioning.Auto;

    /// <summary>
    /// Gets the number of incidents above which <see cref="ParquetPartitioning.Auto"/> partitions by year; zero or more,
    /// <see cref="DefaultPartitionThreshold"/> by default. Ignored by the other layouts.
    /// </summary>
    public int PartitionThreshold { get; init; } = DefaultPartitionThreshold;

    /// <summary>
    /// Gets the number of incidents in each row group of a file; one or more, <see cref="DefaultRowGroupSize"/> by default.
    /// The rows of an incident's casualties, perpetrators and targets go in the row group of the same number in their
    /// own files. It bounds what the writer holds in memory: at most this many incidents (and their elements) per
    /// file being written.
    /// </summary>
    public int RowGroupSize { get; init; } = DefaultRowGroupSize;

    /// <summary>
    /// Gets a value indicating whether an export into a directory that is not empty goes ahead. When set, the tables'
    /// folders (<c>incidents</c>, <c>casualties</c>, <c>perpetrators</c>, <c>targets</c>) are deleted first and anything
    /// else in the directory is left as it is; when not (the default), a directory that holds anything is refused.
    /// </summary>
    public bool Overwrite { get; init; }
}
