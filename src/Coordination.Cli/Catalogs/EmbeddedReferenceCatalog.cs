using Coordination.Domain.Catalog;
using Coordination.Domain.Reference;

namespace Coordination.Cli.Catalogs;

/// <summary>The reference catalog embedded in the Coordination.Domain package (<see cref="ReferenceCatalog"/>).</summary>
internal sealed class EmbeddedReferenceCatalog : ICatalogSource
{
    /// <inheritdoc />
    public string Name => "reference catalog";

    /// <inheritdoc />
    public CoordinationCatalog Load() => ReferenceCatalog.Load();
}
