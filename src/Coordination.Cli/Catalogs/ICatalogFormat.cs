using System;
using System.IO;
using System.Text.Json;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>The catalog document format: reading, writing and its JSON Schema.</summary>
internal interface ICatalogFormat
{
    /// <summary>Reads a catalog document.</summary>
    /// <param name="utf8">The document, UTF-8 without a byte-order mark.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="JsonException">The document is not a well-formed catalog document; the exception names the JSON path and, when known, the line and byte position.</exception>
    CoordinationCatalog Read(ReadOnlyMemory<byte> utf8);

    /// <summary>Writes <paramref name="catalog"/> as a catalog document.</summary>
    /// <param name="output">Where to write the UTF-8 document.</param>
    /// <param name="catalog">The catalog.</param>
    void Write(Stream output, CoordinationCatalog catalog);

    /// <summary>Gets the JSON Schema of the catalog document.</summary>
    /// <returns>The schema, as JSON text.</returns>
    string GetSchema();
}
