using System;
using System.IO;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.StandIns;

/// <summary>
/// TEMPORARY: the catalog format until <c>Coordination.Domain.Serialization.CoordinationJson</c> is merged.
/// Replace with a <see cref="ICatalogFormat"/> over <c>CoordinationJson.Deserialize</c>, <c>CoordinationJson.Serialize</c>
/// and <c>CoordinationJson.GetSchema()</c>, then delete the StandIns folder's JSON files.
/// </summary>
internal sealed class StandInCatalogFormat : ICatalogFormat
{
    /// <inheritdoc />
    public CoordinationCatalog Read(ReadOnlyMemory<byte> utf8) => StandInCatalogReader.Read(utf8);

    /// <inheritdoc />
    public void Write(Stream output, CoordinationCatalog catalog) => StandInCatalogWriter.Write(output, catalog);

    /// <inheritdoc />
    public string GetSchema() => StandInSchema.Text;
}
