using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Parquet.Tests;

/// <summary>The answers the library gives over the incidents themselves, that the files read back by DuckDB must give too.</summary>
internal static class LibraryAnswers
{
    public static long KilledBest(IEnumerable<Incident> incidents) => incidents.Sum(i => (long)(i.TotalKilled?.Best ?? 0));

    public static long InjuredHigh(IEnumerable<Incident> incidents) => incidents.Sum(i => (long)(i.TotalInjured?.High ?? 0));

    public static long PartyKilledBest(IEnumerable<Incident> incidents) => incidents.SelectMany(i => i.Casualties).Sum(c => (long)(c.Killed?.Best ?? 0));

    public static long PartyInjuredLow(IEnumerable<Incident> incidents) => incidents.SelectMany(i => i.Casualties).Sum(c => (long)(c.Injured?.Low ?? 0));

    /// <summary>Incidents per year (of the first day of the reported date) and perpetrator, "" for an unidentified one, in order.</summary>
    public static List<string> IncidentsPerYearAndPerpetrator(IEnumerable<Incident> incidents) =>
        [.. incidents
            .SelectMany(i => i.Perpetrators.Select(p => (Year: i.Date.Earliest.Year, Actor: p.Actor?.ToString() ?? string.Empty)))
            .GroupBy(k => k)
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Actor, System.StringComparer.Ordinal)
            .Select(g => $"{g.Key.Year} {g.Key.Actor} {g.Count()}")];

    /// <summary>Killed (best) per year and kind of incident, in order.</summary>
    public static List<string> KilledPerYearAndKind(IEnumerable<Incident> incidents) =>
        [.. incidents
            .GroupBy(i => (Year: i.Date.Earliest.Year, Kind: Tables.EnumNames<IncidentKind>.Of(i.Kind)))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Kind, System.StringComparer.Ordinal)
            .Select(g => $"{g.Key.Year} {g.Key.Kind} {g.Count()} {g.Sum(i => (long)(i.TotalKilled?.Best ?? 0))}")];
}
