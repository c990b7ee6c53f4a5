using System;
using System.IO;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;

namespace Coordination.Cli.Catalogs;

/// <summary>The catalog document format of the library's JSON contract (<see cref="CoordinationJson"/>).</summary>
internal sealed class CoordinationJsonFormat : ICatalogFormat
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <inheritdoc />
    public CoordinationCatalog Read(ReadOnlyMemory<byte> utf8) => CoordinationJson.Deserialize(utf8.Span);

    /// <inheritdoc />
    public void Write(Stream output, CoordinationCatalog catalog) => CoordinationJson.Serialize(output, catalog, indented: true);

    /// <inheritdoc />
    public string GetSchema() => CoordinationJson.GetSchema().ToJsonString(Indented);
}
