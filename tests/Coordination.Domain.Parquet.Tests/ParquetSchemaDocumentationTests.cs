using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Parquet.Tables;
using Xunit;

namespace Coordination.Domain.Parquet.Tests;

/// <summary>docs/parquet.md documents every column of every table as the writer makes it: name, type, nullability, meaning.</summary>
public sealed class ParquetSchemaDocumentationTests
{
    [Fact]
    public void Docs_parquet_md_lists_every_column_with_its_type_nullability_and_meaning_in_file_order()
    {
        var docs = File.ReadAllText(PathOf("docs", "parquet.md")).ReplaceLineEndings("\n");
        var expected = new StringBuilder();
        var missing = new List<string>();
        foreach (var (table, rows) in Tables())
        {
            var section = $"### `{table}`\n";
            var start = docs.IndexOf(section, StringComparison.Ordinal);
            var block = Rows(rows);
            expected.Append(section).Append('\n').Append(block).Append('\n');
            if (start < 0 || !docs.AsSpan(start).Contains(block, StringComparison.Ordinal))
            {
                missing.Add(table);
            }
        }

        Assert.True(missing.Count == 0, $"docs/parquet.md is out of step for {string.Join(", ", missing)}; the tables should read:\n\n{expected}");
    }

    private static IEnumerable<(string Table, IEnumerable<(string Name, string Type, bool IsNullable, string Meaning)> Columns)> Tables()
    {
        yield return (ExportTables.Incidents.Name, ExportTables.Incidents.Columns.Select(c => (c.Name, c.Type, c.IsNullable, c.Meaning)));
        yield return (ExportTables.Casualties.Name, ExportTables.Casualties.Columns.Select(c => (c.Name, c.Type, c.IsNullable, c.Meaning)));
        yield return (ExportTables.Perpetrators.Name, ExportTables.Perpetrators.Columns.Select(c => (c.Name, c.Type, c.IsNullable, c.Meaning)));
        yield return (ExportTables.Targets.Name, ExportTables.Targets.Columns.Select(c => (c.Name, c.Type, c.IsNullable, c.Meaning)));
    }

    private static string Rows(IEnumerable<(string Name, string Type, bool IsNullable, string Meaning)> columns)
    {
        var text = new StringBuilder("| column | Parquet type | nulls | meaning |\n| --- | --- | --- | --- |\n");
        foreach (var (name, type, isNullable, meaning) in columns)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{name}` | {type} | {(isNullable ? "optional" : "required")} | {meaning} |\n");
        }

        return text.ToString();
    }

    private static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Coordination.Domain.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("The repository root (Coordination.Domain.sln) was not found.");
    }
}
