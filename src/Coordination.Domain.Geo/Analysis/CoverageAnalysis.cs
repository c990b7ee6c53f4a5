using System;
using System.Collections.Immutable;
using Coordination.Domain.Catalog;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// Which stretches of each coordination line an operational mechanism covers on a date. A mechanism's area of
/// responsibility takes in the whole line for a <see cref="Lines.LineStretch"/> without <c>Within</c>, and the line's
/// part within the region of a territory otherwise (a stretch <c>Within</c> it, or a territory of the area): the
/// territory's shape; else the union of the regions of its children and members; else a disk of
/// <see cref="GapOptions.PointRadiusKm"/> around its point; else nothing (<see cref="LineCoverage.UnmappedTerritories"/>).
/// A stretch is covered on a date when one of those mechanisms is <see cref="Mechanisms.MechanismStatus.Operational"/>
/// on it. See <c>docs/analysis.md</c>.
/// </summary>
public static class CoverageAnalysis
{
    /// <summary>Works out the coverage of every line that can be traced, on a date, with the default point radius.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it (for the reference catalog, <see cref="CatalogGeometry.Reference"/>).</param>
    /// <param name="date">The date.</param>
    /// <returns>One coverage per traced line, in catalog order of the lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="geometry"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<LineCoverage> CoverageOn(this CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date) =>
        CoverageOn(catalog, geometry, date, GapOptions.Default);

    /// <summary>Works out the coverage of every line that can be traced, on a date, with the point radius of <paramref name="options"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it.</param>
    /// <param name="date">The date.</param>
    /// <param name="options">The options; only <see cref="GapOptions.PointRadiusKm"/> matters here.</param>
    /// <returns>One coverage per traced line, in catalog order of the lines.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="GapOptions"/>).</exception>
    public static ImmutableArray<LineCoverage> CoverageOn(this CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, GapOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        return CoveragePlan.For(catalog, geometry, options.PointRadiusKm).CoverageOn(date);
    }
}
