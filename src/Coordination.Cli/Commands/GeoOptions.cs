using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.GeoJson;
using Coordination.Domain.Identifiers;

namespace Coordination.Cli.Commands;

/// <summary>The options of the commands that draw on geometry (<c>gaps</c>, <c>map</c>, <c>export --format geojson</c>).</summary>
internal static class GeoOptions
{
    /// <summary>The line a trace file's features trace when they name none and the catalog has not exactly one line.</summary>
    public static readonly CoordinationLineId DefaultTraceLine = CoordinationLineId.Parse("kcl");

    /// <summary>Creates <c>--trace</c>: a GeoJSON file holding the user's own trace of a line, replacing the inferred one.</summary>
    /// <returns>The option; its value is <see langword="null"/> when not given.</returns>
    public static Option<string> Trace() => new("--trace")
    {
        Description = "A GeoJSON file tracing a line (a LineString or MultiLineString, bare, in a Feature or in a FeatureCollection); it replaces the inferred trace of the KCL. A feature names its line in a 'line' property; one that names none traces the catalog's only line, or 'kcl'.",
        HelpName = "FILE.geojson",
    };

    /// <summary>Gets the geometry for a catalog: the embedded boundaries and inferred trace, with the user's traces in place of theirs.</summary>
    /// <param name="catalog">The catalog the traces must belong to.</param>
    /// <param name="traceFile">The <c>--trace</c> file, or <see langword="null"/>.</param>
    /// <returns>The geometry.</returns>
    /// <exception cref="CatalogFileException">The file cannot be read, is not a usable trace, or traces a line the catalog does not have.</exception>
    public static CatalogGeometry GeometryFor(CoordinationCatalog catalog, string? traceFile)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var geometry = CatalogGeometry.Reference;
        if (traceFile is null)
        {
            return geometry;
        }

        var defaultLine = catalog.Lines.Length == 1 ? catalog.Lines[0].Id : DefaultTraceLine;
        foreach (var trace in ReadTraces(traceFile, defaultLine))
        {
            if (!catalog.Lines.Any(l => l.Id == trace.Line))
            {
                throw new CatalogFileException(traceFile, $"traces line '{trace.Line}', which the catalog does not have (its lines: {string.Join(", ", catalog.Lines.Select(l => l.Id.Value))}).");
            }

            geometry = geometry.WithTrace(trace);
        }

        return geometry;
    }

    private static System.Collections.Immutable.ImmutableArray<LineTrace> ReadTraces(string file, CoordinationLineId defaultLine)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            return GeoJsonReader.ReadTraces(stream, defaultLine);
        }
        catch (JsonException e)
        {
            var position = e.LineNumber is { } line ? new TextPosition((int)line + 1, (int)(e.BytePositionInLine ?? 0) + 1) : (TextPosition?)null;
            throw new CatalogFileException(file, $"is not a usable trace: {OneLineText.Of(e.Message)}", position, innerException: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CatalogFileException(file, $"cannot be read: {OneLineText.Of(e.Message)}", innerException: e);
        }
    }
}
