using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Coordination.Domain.Identifiers;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.GeoJson;

/// <summary>
/// Reads a user's own trace of a coordination line from GeoJSON (RFC 7946): a bare <c>LineString</c> or
/// <c>MultiLineString</c> geometry, a <c>Feature</c> holding one, or a <c>FeatureCollection</c>.
/// </summary>
/// <remarks>
/// <para>
/// In a collection, a feature traces the line named by its <c>line</c> property, or the default line when it has
/// none; features of another kind (a <c>kind</c> property other than <c>line</c>, as the stretches, territories and
/// incidents of an export by <c>GeoJsonWriter</c>) and features whose geometry is not lineal are passed over, so
/// an exported map reads back as its traces. Several features for one line make one <c>MultiLineString</c>.
/// </para>
/// <para>
/// Every problem is a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> (and message) names where
/// it lies, such as <c>$.features[2].geometry.coordinates[14][0]</c>: malformed JSON (with its line and byte
/// position), nesting deeper than <see cref="MaxDepth"/>, a document larger than the limit given, a member of the
/// wrong type, text that is not UTF-8, a position that is not two or three finite numbers, a longitude outside [-180, 180] or a latitude
/// outside [-90, 90], a line string of fewer than two positions. A third number (altitude) is read and dropped.
/// Coordinates are WGS 84, longitude first; a <c>crs</c> member is refused (RFC 7946 §4 removed it).
/// </para>
/// </remarks>
public static class GeoJsonReader
{
    /// <summary>The largest document read by default: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The deepest nesting of arrays and objects accepted (a <c>MultiPolygon</c> needs 6 inside a collection).</summary>
    public const int MaxDepth = 32;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>Reads every trace in a GeoJSON document, one per line.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="defaultLine">The line traced by a geometry or feature that names none (for the KCL, <c>kcl</c>).</param>
    /// <param name="maxBytes">The largest document to read, in bytes.</param>
    /// <returns>The traces, in the order their lines first appear; no sources and no inference (they are the user's).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is less than 1.</exception>
    /// <exception cref="JsonException">The document is not GeoJSON, or holds no lineal geometry, or a trace is unusable; the path says where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImmutableArray<LineTrace> ReadTraces(Stream utf8Json, CoordinationLineId defaultLine, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        using var document = Parse(ReadBounded(utf8Json, maxBytes));
        return ReadTraces(document.RootElement, defaultLine);
    }

    /// <summary>Reads every trace in a GeoJSON text, one per line.</summary>
    /// <param name="json">The document.</param>
    /// <param name="defaultLine">The line traced by a geometry or feature that names none.</param>
    /// <returns>The traces, in the order their lines first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document is not GeoJSON, or holds no lineal geometry, or a trace is unusable; the path says where.</exception>
    public static ImmutableArray<LineTrace> ReadTraces(string json, CoordinationLineId defaultLine)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(System.Text.Encoding.UTF8.GetBytes(json));
        return ReadTraces(document.RootElement, defaultLine);
    }

    /// <summary>Reads the trace of one line from a GeoJSON document.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="line">The line; also the line of a geometry or feature that names none.</param>
    /// <param name="maxBytes">The largest document to read, in bytes.</param>
    /// <returns>The trace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is less than 1.</exception>
    /// <exception cref="JsonException">The document is not GeoJSON, traces no line <paramref name="line"/>, or its trace is unusable; the path says where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LineTrace ReadTrace(Stream utf8Json, CoordinationLineId line, long maxBytes = DefaultMaxBytes)
    {
        var traces = ReadTraces(utf8Json, line, maxBytes);
        return traces.FirstOrDefault(t => t.Line == line)
            ?? throw new JsonException($"The GeoJSON traces no LineString or MultiLineString for line '{line}' (it traces {string.Join(", ", traces.Select(t => $"'{t.Line}'"))}).", "$", null, null);
    }

    private static byte[] ReadBounded(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"The GeoJSON is larger than {maxBytes} bytes."), "$", null, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        // The parser checks the structure but decodes strings only when they are read, where invalid UTF-8
        // would surface as an InvalidOperationException: refuse it here, naming its line and byte.
        CheckUtf8(utf8.Span);
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            // Malformed JSON, nesting past MaxDepth, a duplicate member: the parser's message has the line and byte position.
            throw new JsonException(e.Message, e.Path ?? "$", e.LineNumber, e.BytePositionInLine, e);
        }
    }

    private static void CheckUtf8(ReadOnlySpan<byte> utf8)
    {
        long line = 0;
        var lineStart = 0;
        for (var at = 0; at < utf8.Length;)
        {
            if (Rune.DecodeFromUtf8(utf8[at..], out _, out var consumed) != OperationStatus.Done)
            {
                throw new JsonException(
                    string.Create(CultureInfo.InvariantCulture, $"The GeoJSON is not valid UTF-8: byte {at} (line {line + 1}, byte {at - lineStart + 1} of the line) does not start a UTF-8 character."),
                    "$",
                    line,
                    at - lineStart);
            }

            if (utf8[at] == (byte)'\n')
            {
                line++;
                lineStart = at + 1;
            }

            at += consumed;
        }
    }

    private static ImmutableArray<LineTrace> ReadTraces(JsonElement root, CoordinationLineId defaultLine)
    {
        var lines = new List<(CoordinationLineId Line, List<LineString> Parts)>();
        void Add(CoordinationLineId line, Geometry geometry)
        {
            var entry = lines.FirstOrDefault(l => l.Line == line);
            if (entry.Parts is null)
            {
                entry = (line, []);
                lines.Add(entry);
            }

            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                entry.Parts.Add((LineString)geometry.GetGeometryN(i));
            }
        }

        var type = TypeOf(root, "$");
        switch (type)
        {
            case "FeatureCollection":
                CheckNoCrs(root, "$");
                var features = Member(root, "$", "features", JsonValueKind.Array);
                var index = 0;
                foreach (var feature in features.EnumerateArray())
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"$.features[{index++}]");
                    if (TypeOf(feature, path) != "Feature")
                    {
                        throw Error(path + ".type", "A member of 'features' must be a Feature.");
                    }

                    if (ReadFeature(feature, path, defaultLine, strict: false) is { } found)
                    {
                        Add(found.Line, found.Geometry);
                    }
                }

                break;
            case "Feature":
                var single = ReadFeature(root, "$", defaultLine, strict: true)!.Value;
                Add(single.Line, single.Geometry);
                break;
            case "LineString" or "MultiLineString":
                CheckNoCrs(root, "$");
                Add(defaultLine, ReadLineal(root, "$", type));
                break;
            default:
                throw Error("$.type", $"A trace is a LineString or MultiLineString, a Feature or a FeatureCollection, not '{Clip(type)}'.");
        }

        if (lines.Count == 0)
        {
            throw Error("$.features", "The FeatureCollection has no Feature with a LineString or MultiLineString geometry.");
        }

        return [.. lines.Select(l => new LineTrace
        {
            Line = l.Line,
            Geometry = l.Parts.Count == 1 ? l.Parts[0] : Factory.CreateMultiLineString([.. l.Parts]),
        })];
    }

    private static (CoordinationLineId Line, Geometry Geometry)? ReadFeature(JsonElement feature, string path, CoordinationLineId defaultLine, bool strict)
    {
        CheckNoCrs(feature, path);
        var line = defaultLine;
        if (feature.TryGetProperty("properties", out var properties))
        {
            if (properties.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                throw Error(path + ".properties", "A Feature's 'properties' must be an object or null.");
            }

            if (properties.ValueKind == JsonValueKind.Object)
            {
                if (properties.TryGetProperty("kind", out var kind) && !(kind.ValueKind == JsonValueKind.String && kind.ValueEquals("line")))
                {
                    return strict ? throw Error(path + ".properties.kind", "A Feature tracing a line has no 'kind', or the kind 'line'.") : null;
                }

                if (properties.TryGetProperty("line", out var named))
                {
                    line = LineId(named, path + ".properties.line");
                }
            }
        }
        else
        {
            throw Error(path, "A Feature must have a 'properties' member (RFC 7946 §3.2), null if it has none.");
        }

        if (!feature.TryGetProperty("geometry", out var geometry))
        {
            throw Error(path, "A Feature must have a 'geometry' member (RFC 7946 §3.2), null if it is unlocated.");
        }

        var geometryPath = path + ".geometry";
        if (geometry.ValueKind == JsonValueKind.Null)
        {
            return strict ? throw Error(geometryPath, "The Feature has no geometry; a trace is a LineString or MultiLineString.") : null;
        }

        var type = TypeOf(geometry, geometryPath);
        if (type is not ("LineString" or "MultiLineString"))
        {
            return strict ? throw Error(geometryPath + ".type", $"A trace is a LineString or MultiLineString, not '{Clip(type)}'.") : null;
        }

        return (line, ReadLineal(geometry, geometryPath, type));
    }

    private static CoordinationLineId LineId(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Error(path, "The 'line' property must be a string: the id of a coordination line.");
        }

        return CoordinationLineId.TryParse(element.GetString(), out var id)
            ? id
            : throw Error(path, $"'{Clip(element.GetString()!)}' is not a line id (a slug such as 'kcl').");
    }

    private static Geometry ReadLineal(JsonElement geometry, string path, string type)
    {
        var coordinates = Member(geometry, path, "coordinates", JsonValueKind.Array);
        var coordinatesPath = path + ".coordinates";
        if (type == "LineString")
        {
            return ReadLineString(coordinates, coordinatesPath);
        }

        var parts = new List<LineString>();
        var i = 0;
        foreach (var part in coordinates.EnumerateArray())
        {
            var partPath = string.Create(CultureInfo.InvariantCulture, $"{coordinatesPath}[{i++}]");
            if (part.ValueKind != JsonValueKind.Array)
            {
                throw Error(partPath, "Each line of a MultiLineString is an array of positions.");
            }

            parts.Add(ReadLineString(part, partPath));
        }

        if (parts.Count == 0)
        {
            throw Error(coordinatesPath, "The MultiLineString is empty; a trace needs at least one line of two positions.");
        }

        return Factory.CreateMultiLineString([.. parts]);
    }

    private static LineString ReadLineString(JsonElement positions, string path)
    {
        var coordinates = new List<Coordinate>(positions.GetArrayLength());
        var i = 0;
        foreach (var position in positions.EnumerateArray())
        {
            coordinates.Add(ReadPosition(position, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")));
        }

        if (coordinates.Count < 2)
        {
            throw Error(path, "A LineString needs two or more positions (RFC 7946 §3.1.4).");
        }

        if (coordinates.Skip(1).All(c => c.Equals2D(coordinates[0])))
        {
            throw Error(path, "The LineString's positions are all the same point; it has no length.");
        }

        return Factory.CreateLineString([.. coordinates]);
    }

    private static Coordinate ReadPosition(JsonElement position, string path)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3)
        {
            throw Error(path, "A position is an array of two or three numbers: longitude, latitude[, altitude] (RFC 7946 §3.1.1).");
        }

        var longitude = Number(position[0], path + "[0]");
        var latitude = Number(position[1], path + "[1]");
        if (position.GetArrayLength() == 3)
        {
            _ = Number(position[2], path + "[2]");
        }

        if (longitude is < -180 or > 180)
        {
            throw Error(path + "[0]", string.Create(CultureInfo.InvariantCulture, $"The longitude {longitude} is outside [-180, 180] (positions are longitude first)."));
        }

        if (latitude is < -90 or > 90)
        {
            throw Error(path + "[1]", string.Create(CultureInfo.InvariantCulture, $"The latitude {latitude} is outside [-90, 90] (positions are longitude first)."));
        }

        return new Coordinate(longitude, latitude);
    }

    private static double Number(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            throw Error(path, $"A coordinate must be a number, not {Describe(element.ValueKind)}.");
        }

        if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw Error(path, $"The coordinate {Clip(element.GetRawText())} is not a finite number.");
        }

        return value;
    }

    private static string TypeOf(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"A GeoJSON object is expected, not {Describe(element.ValueKind)}.");
        }

        var type = Member(element, path, "type", JsonValueKind.String);
        return type.GetString()!;
    }

    private static JsonElement Member(JsonElement element, string path, string name, JsonValueKind kind)
    {
        if (!element.TryGetProperty(name, out var member))
        {
            throw Error(path, $"The member '{name}' is missing.");
        }

        if (member.ValueKind != kind)
        {
            throw Error($"{path}.{name}", $"'{name}' must be {Describe(kind)}, not {Describe(member.ValueKind)}.");
        }

        return member;
    }

    private static void CheckNoCrs(JsonElement element, string path)
    {
        if (element.TryGetProperty("crs", out _))
        {
            throw Error(path + ".crs", "A 'crs' member is not GeoJSON any more (RFC 7946 §4): coordinates are WGS 84, longitude first.");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Clip(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static JsonException Error(string path, string message) => new($"{path}: {message}", path, null, null);
}
