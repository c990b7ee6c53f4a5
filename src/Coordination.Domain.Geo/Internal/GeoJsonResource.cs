using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Internal;

/// <summary>
/// Reads the package's embedded GeoJSON files (feature collections of polygons and lines written by
/// <c>eng/geo/make-boundaries.cs</c>) with <see cref="JsonDocument"/>: no reflection, so the package stays AOT-safe.
/// </summary>
internal static class GeoJsonResource
{
    internal static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    internal static List<(JsonElement Properties, Geometry Geometry)> ReadFeatures(string resource)
    {
        using var stream = typeof(GeoJsonResource).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the package.");
        using var document = JsonDocument.Parse(stream);
        var features = new List<(JsonElement, Geometry)>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            features.Add((feature.GetProperty("properties").Clone(), ReadGeometry(feature.GetProperty("geometry"))));
        }

        return features;
    }

    private static Geometry ReadGeometry(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        return geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => ReadPolygon(coordinates),
            "MultiPolygon" => Factory.CreateMultiPolygon([.. Map(coordinates, ReadPolygon)]),
            "LineString" => Factory.CreateLineString(ReadPositions(coordinates)),
            "MultiLineString" => Factory.CreateMultiLineString([.. Map(coordinates, c => Factory.CreateLineString(ReadPositions(c)))]),
            var other => throw new InvalidDataException($"Unexpected geometry type {other} in an embedded boundary file."),
        };
    }

    private static Polygon ReadPolygon(JsonElement rings)
    {
        var all = Map(rings, r => Factory.CreateLinearRing(ReadPositions(r)));
        return Factory.CreatePolygon(all[0], [.. all.GetRange(1, all.Count - 1)]);
    }

    private static Coordinate[] ReadPositions(JsonElement positions) =>
        [.. Map(positions, p => new Coordinate(p[0].GetDouble(), p[1].GetDouble()))];

    private static List<T> Map<T>(JsonElement array, Func<JsonElement, T> map)
    {
        var result = new List<T>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            result.Add(map(element));
        }

        return result;
    }
}
