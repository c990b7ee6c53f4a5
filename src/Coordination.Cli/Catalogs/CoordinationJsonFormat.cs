using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;

namespace Coordination.Cli.Catalogs;

/// <summary>The catalog document of the library's JSON contract (<see cref="CoordinationJson"/>): one JSON object holding every record.</summary>
internal sealed class CoordinationJsonFormat : ICatalogFormat
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <inheritdoc />
    public string Name => "json";

    /// <summary>Tells whether the content's first character other than white space is <c>{</c>.</summary>
    /// <param name="content">The content.</param>
    /// <returns><see langword="true"/> when the content begins as a JSON object.</returns>
    public bool Recognizes(ReadOnlySpan<byte> content) => content.TrimStart(" \t\r\n"u8) is [(byte)'{', ..];

    /// <summary>Reads the document: one reading with every record, since the document is one JSON value.</summary>
    /// <param name="content">The document.</param>
    /// <returns>The one reading.</returns>
    /// <exception cref="JsonException">The document is not a well-formed catalog document; the exception names the JSON path and, when known, the line and byte position.</exception>
    public IEnumerable<CatalogReading> Read(ReadOnlyMemory<byte> content) => [CatalogReading.Of(CoordinationJson.Deserialize(content.Span))];

    /// <inheritdoc />
    public ImmutableArray<TextPosition?> Locate(ReadOnlyMemory<byte> content, IReadOnlyList<string> paths) =>
        [.. JsonPositionIndex.Locate(content.Span, paths)];

    /// <inheritdoc />
    public void Write(Stream output, CoordinationCatalog catalog) => CoordinationJson.Serialize(output, catalog, indented: true);

    /// <inheritdoc />
    public string GetSchema() => CoordinationJson.GetSchema().ToJsonString(Indented);
}
