using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Catalog;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The incidents on one stretch of a line over a range of dates ("what happened on the Makhmour–Gwer stretch in 2021?"):
/// <c>catalog.IncidentsOnStretch(geometry, stretch, dates)</c>, placed by the rules of <see cref="GapAnalysis"/>.
/// </summary>
/// <remarks>
/// Every incident is placed once per catalog, geometry and options, on the first question, and kept with them (they are
/// immutable); each question after that costs two binary searches and a sort of what it finds. The answer is the same as
/// placing every incident afresh would give.
/// </remarks>
public static class StretchIncidents
{
    /// <summary>
    /// Returns the placements of the incidents assigned to a stretch (<see cref="PlacementKind.OnStretch"/>) whose day
    /// (the first day of the reported date, as <see cref="GapAnalysis"/> dates them) lies in <paramref name="dates"/>, in catalog order.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it.</param>
    /// <param name="stretch">The key of the stretch (<see cref="TraceStretch.Key"/>); a key no stretch has finds nothing.</param>
    /// <param name="dates">The dates.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="GapOptions.Default"/>.</param>
    /// <returns>The placements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="geometry"/> or <paramref name="stretch"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="GapOptions"/>).</exception>
    public static ImmutableArray<IncidentPlacement> IncidentsOnStretch(this CoordinationCatalog catalog, CatalogGeometry geometry, string stretch, DateRange dates, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(stretch);
        options ??= GapOptions.Default;
        options.Check();
        return StretchPlacements.Of(catalog, geometry, options).On(stretch, dates);
    }

    /// <summary>Answers <see cref="IncidentsOnStretch"/> by placing every incident afresh: the definition the index is held to, and the benchmark's baseline.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it.</param>
    /// <param name="stretch">The key of the stretch.</param>
    /// <param name="dates">The dates.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="GapOptions.Default"/>.</param>
    /// <returns>The placements.</returns>
    internal static ImmutableArray<IncidentPlacement> ScanIncidentsOnStretch(CoordinationCatalog catalog, CatalogGeometry geometry, string stretch, DateRange dates, GapOptions? options = null)
    {
        options ??= GapOptions.Default;
        options.Check();
        var placer = new IncidentPlacer(CoveragePlan.For(catalog, geometry, options.PointRadiusKm), options);
        var found = new List<IncidentPlacement>();
        foreach (var incident in catalog.Incidents)
        {
            if (incident is { Id.IsDefault: false } && placer.Place(incident) is { Kind: PlacementKind.OnStretch } placement
                && placement.Stretch == stretch && dates.Contains(placement.Date))
            {
                found.Add(placement);
            }
        }

        return [.. found];
    }
}
