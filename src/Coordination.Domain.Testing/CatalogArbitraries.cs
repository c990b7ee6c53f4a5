using System.Collections.Immutable;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Testing;

/// <summary>
/// FsCheck arbitraries of valid catalogs, incidents and status histories, for
/// <c>[Property(Arbitrary = new[] { typeof(CatalogArbitraries) })]</c>.
/// </summary>
public static class CatalogArbitraries
{
    /// <summary>Valid catalogs (see <see cref="CatalogGenerators.ValidCatalog"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoordinationCatalog> Catalog() => CatalogGenerators.ValidCatalog().ToArbitrary();

    /// <summary>Valid incidents (see <see cref="CatalogGenerators.Incident()"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Incident> Incident() => CatalogGenerators.Incident().ToArbitrary();

    /// <summary>Legal status histories (see <see cref="CatalogGenerators.LegalStatusHistory"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ImmutableArray<StatusChange>> StatusHistory() => CatalogGenerators.LegalStatusHistory().ToArbitrary();
}
