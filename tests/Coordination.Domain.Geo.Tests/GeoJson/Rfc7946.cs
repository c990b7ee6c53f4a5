using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Coordination.Domain.Geo.Tests.GeoJson;

/// <summary>
/// Checks a document against the rules of RFC 7946, written from the RFC and not from the writer: the structure of
/// feature collections, features and geometries, positions of two numbers in range (§3.1.1), line strings of two
/// or more positions (§3.1.4), closed linear rings of four or more positions with exterior rings counter-clockwise
/// and holes clockwise (§3.1.6), no <c>crs</c> member (§4), and a <c>bbox</c> that bounds every position (§5).
/// </summary>
internal static class Rfc7946
{
    private static readonly HashSet<string> GeometryTypes = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    /// <summary>Checks a feature collection and returns every position in it, longitude first.</summary>
    /// <param name="root">The document's root.</param>
    /// <returns>The positions.</returns>
    public static List<(double Longitude, double Latitude)> CheckFeatureCollection(JsonElement root)
    {
        var positions = new List<(double, double)>();
        NoCrsAnywhere(root, "$");
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var index = 0;
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            var path = $"$.features[{index++}]";
            Assert.True(feature.ValueKind == JsonValueKind.Object, path);
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.True(feature.TryGetProperty("geometry", out var geometry), $"{path} has no geometry member");
            Assert.True(feature.TryGetProperty("properties", out var properties), $"{path} has no properties member");
            Assert.True(properties.ValueKind is JsonValueKind.Object or JsonValueKind.Null, path);
            if (feature.TryGetProperty("id", out var id))
            {
                Assert.True(id.ValueKind is JsonValueKind.String or JsonValueKind.Number, $"{path}.id");
            }

            if (geometry.ValueKind != JsonValueKind.Null)
            {
                CheckGeometry(geometry, path + ".geometry", positions);
            }
        }

        if (root.TryGetProperty("bbox", out var bbox))
        {
            var box = bbox.EnumerateArray().Select(n => n.GetDouble()).ToArray();
            Assert.Equal(4, box.Length);
            Assert.Equal(positions.Min(p => p.Item1), box[0]);
            Assert.Equal(positions.Min(p => p.Item2), box[1]);
            Assert.Equal(positions.Max(p => p.Item1), box[2]);
            Assert.Equal(positions.Max(p => p.Item2), box[3]);
        }

        return positions;
    }

    /// <summary>The signed area of a ring by the shoelace formula: positive when it runs counter-clockwise (x east, y north).</summary>
    /// <param name="ring">The ring's positions.</param>
    /// <returns>Twice the signed area, in square degrees.</returns>
    public static double SignedArea(IReadOnlyList<(double X, double Y)> ring)
    {
        var sum = 0.0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            sum += (ring[i].X * ring[i + 1].Y) - (ring[i + 1].X * ring[i].Y);
        }

        return sum;
    }

    private static void CheckGeometry(JsonElement geometry, string path, List<(double, double)> positions)
    {
        var type = geometry.GetProperty("type").GetString()!;
        Assert.True(GeometryTypes.Contains(type), $"{path}.type is '{type}'");
        if (type == "GeometryCollection")
        {
            foreach (var member in geometry.GetProperty("geometries").EnumerateArray())
            {
                CheckGeometry(member, path + ".geometries[]", positions);
            }

            return;
        }

        var coordinates = geometry.GetProperty("coordinates");
        switch (type)
        {
            case "Point":
                positions.Add(Position(coordinates, path));
                break;
            case "MultiPoint":
                positions.AddRange(coordinates.EnumerateArray().Select(p => Position(p, path)));
                break;
            case "LineString":
                positions.AddRange(LineString(coordinates, path));
                break;
            case "MultiLineString":
                foreach (var line in coordinates.EnumerateArray())
                {
                    positions.AddRange(LineString(line, path));
                }

                break;
            case "Polygon":
                positions.AddRange(Polygon(coordinates, path));
                break;
            default:
                foreach (var polygon in coordinates.EnumerateArray())
                {
                    positions.AddRange(Polygon(polygon, path));
                }

                break;
        }
    }

    private static List<(double, double)> LineString(JsonElement line, string path)
    {
        var positions = line.EnumerateArray().Select(p => Position(p, path)).ToList();
        Assert.True(positions.Count >= 2, $"{path}: a line string of {positions.Count} positions");
        return positions;
    }

    private static List<(double, double)> Polygon(JsonElement polygon, string path)
    {
        var all = new List<(double, double)>();
        var ring = 0;
        foreach (var positions in polygon.EnumerateArray().Select(r => r.EnumerateArray().Select(p => Position(p, path)).ToList()))
        {
            Assert.True(positions.Count >= 4, $"{path}: a ring of {positions.Count} positions");
            Assert.Equal(positions[0], positions[^1]);
            var area = SignedArea(positions);
            Assert.True(ring == 0 ? area > 0 : area < 0, $"{path}: ring {ring} runs {(area > 0 ? "counter-clockwise" : "clockwise")}");
            all.AddRange(positions);
            ring++;
        }

        Assert.True(ring >= 1, $"{path}: a polygon without rings");
        return all;
    }

    private static (double, double) Position(JsonElement position, string path)
    {
        var numbers = position.EnumerateArray().ToArray();
        Assert.True(numbers.Length is 2 or 3, $"{path}: a position of {numbers.Length} numbers");
        Assert.All(numbers, n => Assert.Equal(JsonValueKind.Number, n.ValueKind));
        var longitude = numbers[0].GetDouble();
        var latitude = numbers[1].GetDouble();
        Assert.InRange(longitude, -180, 180);
        Assert.InRange(latitude, -90, 90);
        return (longitude, latitude);
    }

    private static void NoCrsAnywhere(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                // A property of a feature may be called anything; a crs member anywhere else is the old GeoJSON's.
                Assert.False(member.NameEquals("crs") && !path.EndsWith(".properties", StringComparison.Ordinal), $"{path} has a crs member");
                NoCrsAnywhere(member.Value, $"{path}.{member.Name}");
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                NoCrsAnywhere(item, path + "[]");
            }
        }
    }
}
