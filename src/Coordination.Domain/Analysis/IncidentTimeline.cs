using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using NodaTime;

namespace Coordination.Domain.Analysis;

/// <summary>
/// The incidents of a catalog as a situation lists them, once for every date: the incidents (and, once asked for, their
/// <see cref="IncidentToDate"/> entries) latest first (by reported date, then identifier, then catalog order, as the situation's sort leaves them), and for each
/// source the places it is cited at. The incidents up to a date are then a tail of that order, found by one binary search,
/// and the sources they cite, in order of first citation, come from one binary search per source.
/// </summary>
/// <remarks>
/// <para>Built once per catalog, on the first <see cref="SituationAnalysis.SituationOn"/>, and kept beside it (the catalog is
/// immutable) in a table that does not keep the catalog alive. The build sorts the incidents' positions and lists each
/// source's citations: an <c>int</c> and a date per incident and two <c>int</c>s per citation. An incident's entry is
/// made the first time a situation lists it, and kept: the first situation on a date pays for the entries of its tail
/// (what the scan pays on every call, less the sort), later ones only for the copy of the tail.</para>
/// <para>Sorting the latest first puts the incidents whose reported date begins on or before a date at the end: the first
/// days (<see cref="Temporal.ReportedDate.Earliest"/>, the first key of the order) never increase along the order.</para>
/// </remarks>
internal sealed class IncidentTimeline
{
    private static readonly ConditionalWeakTable<CoordinationCatalog, Lazy<IncidentTimeline>> Timelines = [];

    private readonly ImmutableArray<Incident> incidents;
    private readonly int[] positions;
    private readonly LocalDate[] earliest;

    // Each incident's entry, made when a situation first asks for it: entries[k..] are all made for k ≥ made.
    private readonly IncidentToDate[] entries;
    private int made;

    // The citations of each distinct source, as (position in the order, position in that entry's sources), the positions
    // increasing: source s is cited at citations[starts[s]] to citations[starts[s + 1] - 1].
    private readonly SourceId[] sources;
    private readonly int[] starts;
    private readonly (int Entry, int Place)[] citations;

    private IncidentTimeline(ImmutableArray<Incident> incidents)
    {
        this.incidents = incidents;
        var order = new List<int>(incidents.Length);
        for (var i = 0; i < incidents.Length; i++)
        {
            if (incidents[i] is not null)
            {
                order.Add(i);
            }
        }

        positions = order.ToArray();
        Array.Sort(positions, (a, b) =>
        {
            var byDate = incidents[b].Date.CompareTo(incidents[a].Date);
            if (byDate != 0)
            {
                return byDate;
            }

            var byId = incidents[a].Id.CompareTo(incidents[b].Id);
            return byId != 0 ? byId : a.CompareTo(b);
        });

        entries = new IncidentToDate[positions.Length];
        made = positions.Length;
        earliest = new LocalDate[positions.Length];
        var sourceIndex = new Dictionary<SourceId, int>();
        var counts = new List<int>();
        for (var k = 0; k < positions.Length; k++)
        {
            var incident = incidents[positions[k]];
            earliest[k] = incident.Date.Earliest;
            foreach (var source in incident.Sources.IsDefault ? [] : incident.Sources)
            {
                if (source.IsDefault)
                {
                    continue;
                }

                if (!sourceIndex.TryGetValue(source, out var s))
                {
                    sourceIndex[source] = s = counts.Count;
                    counts.Add(0);
                }

                // Counted at every occurrence; a repeat within an incident gets no citation below, and the
                // slot it leaves at the end of the source's run is trimmed there.
                counts[s]++;
            }
        }

        sources = new SourceId[counts.Count];
        starts = new int[counts.Count + 1];
        for (var s = 0; s < counts.Count; s++)
        {
            starts[s + 1] = starts[s] + counts[s];
        }

        foreach (var (source, s) in sourceIndex)
        {
            sources[s] = source;
        }

        var all = new (int Entry, int Place)[starts[^1]];
        var next = starts[..^1];
        for (var k = 0; k < positions.Length; k++)
        {
            // The incident's distinct sources in order of first occurrence, as its entry cites them (CitedSources.Of).
            var cited = incidents[positions[k]].Sources;
            var place = 0;
            for (var j = 0; j < (cited.IsDefault ? 0 : cited.Length); j++)
            {
                if (cited[j].IsDefault || IndexOf(cited, cited[j]) < j)
                {
                    continue;
                }

                all[next[sourceIndex[cited[j]]]++] = (k, place++);
            }
        }

        // Close the gaps left by repeats: each source's run holds next[s] - starts[s] citations.
        citations = new (int, int)[all.Length];
        var write = 0;
        for (var s = 0; s < sources.Length; s++)
        {
            var begin = write;
            for (var c = starts[s]; c < next[s]; c++)
            {
                citations[write++] = all[c];
            }

            starts[s] = begin;
        }

        starts[^1] = write;
        citations = citations[..write];
    }

    /// <summary>Returns the timeline of <paramref name="catalog"/>, building it on first use (once, however many threads ask).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The timeline.</returns>
    internal static IncidentTimeline Of(CoordinationCatalog catalog) =>
        Timelines.GetValue(catalog, c => new Lazy<IncidentTimeline>(() => new IncidentTimeline(c.Incidents))).Value;

    /// <summary>Builds the timeline of some incidents afresh (for the benchmark of the build).</summary>
    /// <param name="incidents">The incidents.</param>
    /// <returns>The timeline.</returns>
    internal static IncidentTimeline Build(ImmutableArray<Incident> incidents) => new(incidents);

    /// <summary>Returns where the incidents whose reported date begins on or before <paramref name="date"/> start in the order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The first position of the tail; the count of entries when none is that early.</returns>
    internal int TailFrom(LocalDate date)
    {
        // The first position whose first day is on or before the date; first days never increase.
        int low = 0, high = earliest.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (earliest[mid] <= date)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>Returns the entries from <paramref name="from"/> to the end of the order.</summary>
    /// <param name="from">The first position (from <see cref="TailFrom"/>).</param>
    /// <returns>The entries, latest first.</returns>
    internal ImmutableArray<IncidentToDate> EntriesFrom(int from)
    {
        if (from < Volatile.Read(ref made))
        {
            lock (entries)
            {
                for (var k = made - 1; k >= from; k--)
                {
                    entries[k] = SituationAnalysis.Entry(incidents[positions[k]]);
                }

                if (from < made)
                {
                    Volatile.Write(ref made, from);
                }
            }
        }

        return ImmutableArray.Create(entries, from, entries.Length - from);
    }

    /// <summary>
    /// Adds to <paramref name="cited"/> the sources the entries from <paramref name="from"/> on cite, in order of first
    /// citation: from the citations of each source when there are few sources for the entries, else by walking the entries.
    /// Both ways give the same order.
    /// </summary>
    /// <param name="cited">The sources cited so far.</param>
    /// <param name="from">The first position (from <see cref="TailFrom"/>).</param>
    /// <param name="bySource">Whether to use the citations of each source (<see langword="null"/>: whichever is cheaper).</param>
    internal void AddSources(CitedSources cited, int from, bool? bySource = null)
    {
        var tail = positions.Length - from;
        if (bySource ?? (sources.Length * (Math.Log2(citations.Length + 1) + 1) < tail))
        {
            var first = new List<(int Entry, int Place, int Source)>(sources.Length);
            for (var s = 0; s < sources.Length; s++)
            {
                var at = FirstCitationFrom(starts[s], starts[s + 1], from);
                if (at < starts[s + 1])
                {
                    first.Add((citations[at].Entry, citations[at].Place, s));
                }
            }

            first.Sort();
            foreach (var (_, _, s) in first)
            {
                cited.Add(sources[s]);
            }

            return;
        }

        for (var k = from; k < positions.Length; k++)
        {
            cited.Add(incidents[positions[k]].Sources);
        }
    }

    // The first place of an identifier in an incident's sources.
    private static int IndexOf(ImmutableArray<SourceId> ids, SourceId id)
    {
        for (var j = 0; j < ids.Length; j++)
        {
            if (ids[j] == id)
            {
                return j;
            }
        }

        return -1;
    }

    // The first citation in [low, high) at or after entry `from`, or `high` when there is none.
    private int FirstCitationFrom(int low, int high, int from)
    {
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (citations[mid].Entry >= from)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }
}
