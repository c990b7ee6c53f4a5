using System;
using System.Collections.Immutable;
using Coordination.Domain.Catalog;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>Which stretches of each coordination line an operational mechanism covers on a date.</summary>
public static class CoverageAnalysis
{
    /// <summary>Works out the coverage of every line that can be traced, on a date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it (for the reference catalog, <see cref="CatalogGeometry.Reference"/>).</param>
    /// <param name="date">The date.</param>
    /// <returns>One coverage per traced line, in catalog order of the lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="geometry"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<LineCoverage> CoverageOn(this CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date) =>
        throw new NotImplementedException();
}
