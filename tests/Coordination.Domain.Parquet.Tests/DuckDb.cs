using System;
using System.Collections.Generic;
using System.Globalization;
using DuckDB.NET.Data;

namespace Coordination.Domain.Parquet.Tests;

/// <summary>An embedded, in-memory DuckDB (no server) that reads the exported files back.</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection connection = new("Data Source=:memory:");

    public DuckDb() => connection.Open();

    /// <summary>The SQL that reads one exported table, partitioned or not.</summary>
    public static string Table(string directory, string table) =>
        $"read_parquet('{System.IO.Path.Combine(directory, table).Replace("'", "''", StringComparison.Ordinal)}/**/*.parquet', hive_partitioning = true)";

    public long Count(string sql) => Convert.ToInt64(Scalar(sql), CultureInfo.InvariantCulture);

    public object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public List<object?[]> Rows(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => connection.Dispose();
}
