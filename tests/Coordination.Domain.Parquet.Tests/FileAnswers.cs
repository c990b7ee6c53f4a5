using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Coordination.Domain.Parquet.Tests;

/// <summary>The same answers as <see cref="LibraryAnswers"/>, asked of the exported files in SQL through DuckDB.</summary>
internal sealed class FileAnswers(DuckDb duck, string directory)
{
    public string Incidents => DuckDb.Table(directory, "incidents");

    public string Casualties => DuckDb.Table(directory, "casualties");

    public string Perpetrators => DuckDb.Table(directory, "perpetrators");

    public string Targets => DuckDb.Table(directory, "targets");

    public long Rows(string table) => duck.Count($"SELECT count(*) FROM {table}");

    public long Sum(string table, string column) => duck.Count($"SELECT CAST(coalesce(sum({column}), 0) AS BIGINT) FROM {table}");

    public List<string> IncidentsPerYearAndPerpetrator() => Sorted(duck.Rows(
        $"SELECT year, coalesce(actor_id, '') AS actor, count(*) FROM {Perpetrators} GROUP BY ALL"));

    public List<string> KilledPerYearAndKind() => Sorted(duck.Rows(
        $"SELECT year, kind, count(*), CAST(coalesce(sum(total_killed_best), 0) AS BIGINT) FROM {Incidents} GROUP BY ALL"));

    // Rows as "year key count [sum]", in the order of LibraryAnswers: by year, then key (ordinal).
    private static List<string> Sorted(List<object?[]> rows) =>
        [.. rows
            .OrderBy(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture)).ThenBy(r => (string)r[1]!, StringComparer.Ordinal)
            .Select(r => string.Join(' ', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))];
}
