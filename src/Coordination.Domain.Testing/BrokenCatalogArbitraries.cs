using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Testing;

/// <summary>
/// FsCheck arbitraries of catalogs with one corruption each (see <see cref="CatalogCorruptions"/>), for
/// <c>[Property(Arbitrary = new[] { typeof(BrokenCatalogArbitraries) })]</c>.
/// </summary>
public static class BrokenCatalogArbitraries
{
    /// <summary>Valid catalogs with one corruption and the code it must yield (see <see cref="CatalogCorruptions.BrokenCatalog()"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BrokenCatalog> BrokenCatalog() => CatalogCorruptions.BrokenCatalog().ToArbitrary();
}
