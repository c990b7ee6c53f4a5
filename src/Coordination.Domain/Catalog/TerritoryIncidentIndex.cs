using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Catalog;

/// <summary>
/// The incidents of a catalog grouped by the territory of their location, each group an interval tree over the
/// days their reported dates may cover, so that <see cref="CoordinationCatalog.IncidentsIn"/> answers in
/// O(log n + k) per territory instead of a scan of every incident.
/// </summary>
/// <remarks>
/// <para>One array per column, over every located incident, sorted by territory group and then by the first day
/// the incident may have happened on: <c>lo</c> (<see cref="int.MinValue"/> for a date "on or before"), <c>hi</c>
/// (<see cref="int.MaxValue"/> for a date "not before"), the incident's position in the catalog, and <c>maxHi</c>.
/// Within a group the sorted run is an implicit balanced tree: the node of a run <c>[a, b)</c> is its middle
/// <c>m</c>, its subtrees the runs on either side, and <c>maxHi[m]</c> the latest <c>hi</c> of the whole run. A
/// query skips a run whose <c>maxHi</c> is before the range's start, and the right run of a node whose <c>lo</c> is
/// after the range's end.</para>
/// <para>The overlap is exactly <see cref="ReportedDate.MayFallIn"/>'s: <c>lo ≤ end</c> and <c>start ≤ hi</c>. The
/// matches are put back in catalog order, as the scan returns them. Built once, never changed: safe to share.</para>
/// </remarks>
internal sealed class TerritoryIncidentIndex
{
    private readonly ImmutableArray<Incident> incidents;
    private readonly FrozenDictionary<TerritoryId, (int Start, int End)> groups;
    private readonly int[] lo;
    private readonly int[] hi;
    private readonly int[] maxHi;
    private readonly int[] position;

    internal TerritoryIncidentIndex(ImmutableArray<Incident> incidents)
    {
        this.incidents = incidents;
        var groupOf = new Dictionary<TerritoryId, int>();
        var keys = new List<long>(incidents.Length);
        var located = new List<int>(incidents.Length);
        for (var i = 0; i < incidents.Length; i++)
        {
            var where = incidents[i]?.Location?.Territory;
            if (where is null)
            {
                continue;
            }

            var territory = where.Value;

            if (!groupOf.TryGetValue(territory, out var group))
            {
                groupOf[territory] = group = groupOf.Count;
            }

            var (first, _) = Days(incidents[i].Date);

            // The group in the high half, the first day (its sign bit flipped, so that it orders as unsigned) in the low.
            keys.Add(((long)group << 32) | unchecked((uint)(first ^ int.MinValue)));
            located.Add(i);
        }

        var sortedKeys = keys.ToArray();
        position = located.ToArray();
        Array.Sort(sortedKeys, position);
        lo = new int[position.Length];
        hi = new int[position.Length];
        maxHi = new int[position.Length];
        for (var k = 0; k < position.Length; k++)
        {
            (lo[k], hi[k]) = Days(incidents[position[k]].Date);
        }

        var territories = new TerritoryId[groupOf.Count];
        foreach (var (territory, group) in groupOf)
        {
            territories[group] = territory;
        }

        var runs = new Dictionary<TerritoryId, (int Start, int End)>(groupOf.Count);
        for (var start = 0; start < sortedKeys.Length;)
        {
            var group = (int)(sortedKeys[start] >> 32);
            var end = start + 1;
            while (end < sortedKeys.Length && (int)(sortedKeys[end] >> 32) == group)
            {
                end++;
            }

            runs[territories[group]] = (start, end);
            BuildMaxima(start, end);
            start = end;
        }

        groups = runs.ToFrozenDictionary();
    }

    /// <summary>Gets the number of incidents indexed (those located in a territory).</summary>
    internal int Count => position.Length;

    /// <summary>Returns the incidents located in one of <paramref name="territories"/> whose reported date may fall in <paramref name="dates"/>, in catalog order.</summary>
    /// <param name="territories">The territories, each once.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The incidents.</returns>
    internal ImmutableArray<Incident> Find(ImmutableArray<TerritoryId> territories, DateRange dates)
    {
        var start = DayNumber(dates.Start);
        var end = DayNumber(dates.End);
        var found = new List<int>();
        foreach (var territory in territories)
        {
            if (groups.TryGetValue(territory, out var run))
            {
                Collect(run.Start, run.End, start, end, found);
            }
        }

        found.Sort();
        var result = new Incident[found.Count];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = incidents[found[k]];
        }

        return [.. result];
    }

    /// <summary>Returns the days a reported date may cover, following its bound: a one-sided date reaches without end on its open side.</summary>
    /// <param name="date">The reported date.</param>
    /// <returns>The first and the last day, as day numbers.</returns>
    internal static (int First, int Last) Days(ReportedDate date) => (
        date.Bound == DateBound.OnOrBefore ? int.MinValue : DayNumber(date.Earliest),
        date.Bound == DateBound.NotBefore ? int.MaxValue : DayNumber(date.Latest));

    /// <summary>
    /// Returns an integer that orders as the dates do (31 numbers a month, 12 months a year; gaps where months are
    /// shorter), so that the index compares integers only. Not a count of days: never subtracted.
    /// </summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>The number.</returns>
    internal static int DayNumber(LocalDate date) => (((date.Year * 12) + date.Month - 1) * 31) + date.Day - 1;

    private int BuildMaxima(int a, int b)
    {
        if (a >= b)
        {
            return int.MinValue;
        }

        var m = (a + b) >>> 1;
        var max = Math.Max(hi[m], Math.Max(BuildMaxima(a, m), BuildMaxima(m + 1, b)));
        maxHi[m] = max;
        return max;
    }

    private void Collect(int a, int b, int start, int end, List<int> found)
    {
        // Recursion depth is the tree's height, about log2 of the group's size.
        while (a < b)
        {
            var m = (a + b) >>> 1;
            if (maxHi[m] < start)
            {
                return;
            }

            Collect(a, m, start, end, found);
            if (lo[m] > end)
            {
                return;
            }

            if (hi[m] >= start)
            {
                found.Add(position[m]);
            }

            a = m + 1;
        }
    }
}
