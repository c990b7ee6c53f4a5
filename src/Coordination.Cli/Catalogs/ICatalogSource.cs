using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>Where the command gets the reference catalog that <c>report</c> (without <c>--catalog</c>) and <c>export</c> use.</summary>
internal interface ICatalogSource
{
    /// <summary>Gets how reports name the catalog (<c>reference catalog</c>).</summary>
    string Name { get; }

    /// <summary>Loads the catalog.</summary>
    /// <returns>The catalog.</returns>
    CoordinationCatalog Load();
}
