using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Coordination.Domain.Catalog;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// Every incident of a catalog placed once on the stretches of its geometry's lines, the placements on each stretch
/// sorted by their day (then catalog order), so that <see cref="StretchIncidents.IncidentsOnStretch"/> answers with two
/// binary searches and a sort of what it finds instead of placing every incident again.
/// </summary>
/// <remarks>
/// A placement does not depend on the date asked about (its stretch, distance and coverage are those of the incident's
/// own first day), so one set serves every date. Built on the first question for a catalog, a geometry and options,
/// and kept beside the catalog and the geometry (both immutable) in tables that do not keep them alive.
/// </remarks>
internal sealed class StretchPlacements
{
    private static readonly ConditionalWeakTable<CoordinationCatalog, ConditionalWeakTable<CatalogGeometry, ConcurrentDictionary<GapOptions, Lazy<StretchPlacements>>>> Built = [];

    private readonly Dictionary<string, (LocalDate[] Days, int[] Positions, IncidentPlacement[] Placements)> byStretch = new(StringComparer.Ordinal);

    private StretchPlacements(CoordinationCatalog catalog, CatalogGeometry geometry, GapOptions options)
    {
        var placer = new IncidentPlacer(CoveragePlan.For(catalog, geometry, options.PointRadiusKm), options);
        var placed = new Dictionary<string, List<(LocalDate Day, int Position, IncidentPlacement Placement)>>(StringComparer.Ordinal);
        var incidents = catalog.Incidents;
        for (var i = 0; i < incidents.Length; i++)
        {
            var incident = incidents[i];
            var placement = incident is null || incident.Id.IsDefault ? null : placer.Place(incident);
            var stretch = placement?.Kind == PlacementKind.OnStretch ? placement.Stretch : null;
            if (placement is null || stretch is null)
            {
                continue;
            }

            if (!placed.TryGetValue(stretch, out var list))
            {
                placed[stretch] = list = [];
            }

            list.Add((placement.Date, i, placement));
        }

        foreach (var (stretch, list) in placed)
        {
            list.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Position.CompareTo(b.Position));
            byStretch[stretch] = ([.. list.ConvertAll(p => p.Day)], [.. list.ConvertAll(p => p.Position)], [.. list.ConvertAll(p => p.Placement)]);
        }
    }

    /// <summary>Returns the placements of a catalog on a geometry with options (already checked), building them on first use, once.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry.</param>
    /// <param name="options">The options.</param>
    /// <returns>The placements.</returns>
    internal static StretchPlacements Of(CoordinationCatalog catalog, CatalogGeometry geometry, GapOptions options) =>
        Built.GetValue(catalog, _ => [])
            .GetValue(geometry, _ => new ConcurrentDictionary<GapOptions, Lazy<StretchPlacements>>())
            .GetOrAdd(options, o => new Lazy<StretchPlacements>(() => new StretchPlacements(catalog, geometry, o)))
            .Value;

    /// <summary>Places every incident afresh (for the benchmark of the build).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry.</param>
    /// <param name="options">The options.</param>
    /// <returns>The placements.</returns>
    internal static StretchPlacements Build(CoordinationCatalog catalog, CatalogGeometry geometry, GapOptions options) => new(catalog, geometry, options);

    /// <summary>Returns the placements on a stretch whose day lies in a range, in catalog order.</summary>
    /// <param name="stretch">The stretch's key.</param>
    /// <param name="dates">The range.</param>
    /// <returns>The placements.</returns>
    internal ImmutableArray<IncidentPlacement> On(string stretch, DateRange dates)
    {
        if (!byStretch.TryGetValue(stretch, out var run))
        {
            return [];
        }

        var first = FirstOnOrAfter(run.Days, dates.Start);
        var end = FirstOnOrAfter(run.Days, dates.End.PlusDays(1));
        var found = new (int Position, IncidentPlacement Placement)[end - first];
        for (var k = first; k < end; k++)
        {
            found[k - first] = (run.Positions[k], run.Placements[k]);
        }

        Array.Sort(found, (a, b) => a.Position.CompareTo(b.Position));
        return [.. Array.ConvertAll(found, f => f.Placement)];
    }

    private static int FirstOnOrAfter(LocalDate[] days, LocalDate day)
    {
        int low = 0, high = days.Length;
        while (low < high)
        {
            // Stryker disable once Bitwise : >> differs from >>> only when low + high overflows, past 2^30 placements, which no test can hold
            var mid = (low + high) >>> 1;
            if (days[mid] < day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
