using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop;
using Coordination.Domain.Serialization;
using Coordination.Domain.Geo.GeoJson;

namespace Coordination.Domain.Fuzz;

/// <summary>
/// One fuzz target per reader of outside data. Each reads the whole input and catches exactly the
/// exceptions its reader documents for bad input; anything else escapes and is a finding. Nothing here runs
/// instrumented code before SharpFuzz has set up AFL's shared memory (no static state from the libraries).
/// </summary>
internal static class FuzzTargets
{
    /// <summary>Gets the targets by name.</summary>
    public static IReadOnlyDictionary<string, Action<Stream>> All { get; } = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["catalog"] = Catalog,
        ["jsonl"] = JsonLines,
        ["acled"] = stream => Import(stream, DataLayout.AcledSince2023),
        ["ucdp"] = stream => Import(stream, DataLayout.UcdpGed),
        ["geojson"] = GeoJson,
    };

    // CoordinationJson.Deserialize documents JsonException (and IOException for a failing stream, which a
    // MemoryStream never is). Both the span and the stream forms are read: they take different paths.
    private static void Catalog(Stream input)
    {
        var bytes = ReadAll(input);
        try
        {
            _ = CoordinationJson.Deserialize(bytes.AsSpan());
        }
        catch (JsonException)
        {
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            _ = CoordinationJson.Deserialize(stream);
        }
        catch (JsonException)
        {
        }
    }

    // CoordinationJson.ReadIncidentsAsync documents JsonException while enumerating.
    private static void JsonLines(Stream input)
    {
        try
        {
            Drain(CoordinationJson.ReadIncidentsAsync(input)).GetAwaiter().GetResult();
        }
        catch (JsonException)
        {
        }
    }

    // IncidentImporter.Read documents InteropFormatException on enumeration. The input is read twice: once
    // with the layout detected from the header, once with the data set's layout named (so that rows are
    // reached even when the fuzzer breaks the header).
    private static void Import(Stream input, DataLayout layout)
    {
        var bytes = ReadAll(input);
        foreach (var options in new[] { new ImportOptions(), new ImportOptions { Layout = layout } })
        {
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                _ = new IncidentImporter(options).Read(stream).Count();
            }
            catch (InteropFormatException)
            {
            }
        }
    }

    // GeoJsonReader.ReadTraces documents JsonException for a document that is not GeoJSON or holds no usable trace.
    private static void GeoJson(Stream input)
    {
        try
        {
            _ = GeoJsonReader.ReadTraces(input, CoordinationLineId.Parse("kcl"));
        }
        catch (JsonException)
        {
        }
    }

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var item in items.ConfigureAwait(false))
        {
            _ = item;
        }
    }

    private static byte[] ReadAll(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        return copy.ToArray();
    }
}
