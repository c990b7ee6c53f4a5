using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>
/// A way of keeping a catalog in a file: the JSON catalog document today, a CSV of incidents tomorrow.
/// A format is selected by <see cref="Name"/> or by the file's content (<see cref="Recognizes"/>), reads
/// the file as a sequence of readings — records as they are parsed, or the problem that ends the
/// reading — and places a problem's JSON path back in the file.
/// </summary>
/// <remarks>
/// The file's content is read whole, within <c>--max-bytes</c>, before a format sees it; a format still
/// reads records incrementally from it, so a format of many small records (a row per incident) never
/// holds more than one record's worth of parsing state.
/// </remarks>
internal interface ICatalogFormat
{
    /// <summary>Gets the name users select the format by (<c>json</c>).</summary>
    string Name { get; }

    /// <summary>Tells whether a file's content looks like this format (a JSON document begins with <c>{</c>).</summary>
    /// <param name="content">The file's content, or its beginning, UTF-8 without a byte-order mark.</param>
    /// <returns><see langword="true"/> when this format should read the file.</returns>
    bool Recognizes(ReadOnlySpan<byte> content);

    /// <summary>Reads the records of a file, one reading at a time.</summary>
    /// <param name="content">The file's content, UTF-8 without a byte-order mark.</param>
    /// <returns>
    /// The readings, in file order: records (a catalog holding those read since the last reading), and at
    /// most one problem, which ends the reading.
    /// </returns>
    /// <exception cref="JsonException">The format reports a malformed document the System.Text.Json way, with its path and position, instead of yielding a problem.</exception>
    IEnumerable<CatalogReading> Read(ReadOnlyMemory<byte> content);

    /// <summary>Places JSON paths of the catalog document (<c>$.incidents[3].date</c>) in the file.</summary>
    /// <param name="content">The file's content, as given to <see cref="Read"/>.</param>
    /// <param name="paths">The paths.</param>
    /// <returns>The position of each path's value, or <see langword="null"/> where it cannot be found; one per path.</returns>
    ImmutableArray<TextPosition?> Locate(ReadOnlyMemory<byte> content, IReadOnlyList<string> paths);

    /// <summary>Writes <paramref name="catalog"/> in this format.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="catalog">The catalog.</param>
    void Write(Stream output, CoordinationCatalog catalog);

    /// <summary>Gets the JSON Schema of the catalog document this format reads and writes.</summary>
    /// <returns>The schema, as JSON text.</returns>
    string GetSchema();
}
