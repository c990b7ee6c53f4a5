namespace Coordination.Domain.Parquet;

/// <summary>How <see cref="ParquetExport"/> lays the files of each table out in folders.</summary>
public enum ParquetPartitioning
{
    /// <summary>
    /// One file per table when there are at most <see cref="ParquetExportOptions.PartitionThreshold"/> incidents,
    /// one partition per year (as <see cref="ByYear"/>) above it. The default.
    /// </summary>
    Auto = 0,

    /// <summary>One file per table, <c>&lt;table&gt;/part-00000.parquet</c>, whatever the number of incidents; the year is a column.</summary>
    None = 1,

    /// <summary>
    /// One file per table and year, <c>&lt;table&gt;/year=YYYY/part-00000.parquet</c> (hive style): the year is the folder's,
    /// not a column of the file, and readers that understand hive partitioning (DuckDB with <c>hive_partitioning=true</c>,
    /// Spark) give it back as a column <c>year</c>.
    /// </summary>
    ByYear = 2,
}
