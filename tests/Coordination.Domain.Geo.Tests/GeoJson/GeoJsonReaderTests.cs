using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Coordination.Domain.Geo.GeoJson;
using Coordination.Domain.Identifiers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using Xunit;

namespace Coordination.Domain.Geo.Tests.GeoJson;

public sealed class GeoJsonReaderTests
{
    private static readonly CoordinationLineId Kcl = CoordinationLineId.Parse("kcl");

    [Fact]
    public void A_bare_line_string_traces_the_default_line_longitude_first()
    {
        var trace = Assert.Single(GeoJsonReader.ReadTraces("""{"type":"LineString","coordinates":[[44.1,35.2],[44.5,35.6,300]]}""", Kcl));

        Assert.Equal(Kcl, trace.Line);
        var line = Assert.IsType<LineString>(trace.Geometry);
        Assert.Equal(new Coordinate(44.1, 35.2), line.Coordinates[0]);
        Assert.Equal(new Coordinate(44.5, 35.6), line.Coordinates[1]);
        Assert.Equal(4326, line.SRID);
        Assert.False(trace.IsInferred);
        Assert.Empty(trace.Sources);
        Assert.InRange(trace.LengthKm, 50, 60);
    }

    [Fact]
    public void A_feature_names_its_line_in_its_properties()
    {
        const string json = """
            {"type":"Feature","properties":{"line":"green-line"},
             "geometry":{"type":"MultiLineString","coordinates":[[[44,35],[44.2,35]],[[44.3,35],[44.5,35.1]]]}}
            """;

        var trace = Assert.Single(GeoJsonReader.ReadTraces(json, Kcl));

        Assert.Equal(CoordinationLineId.Parse("green-line"), trace.Line);
        Assert.Equal(2, Assert.IsType<MultiLineString>(trace.Geometry).NumGeometries);
    }

    [Fact]
    public void A_collection_gives_one_trace_per_line_and_passes_over_other_features()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"kind":"territory"},"geometry":{"type":"Polygon","coordinates":[[[44,35],[45,35],[45,36],[44,35]]]}},
              {"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[44,35],[44.2,35]]}},
              {"type":"Feature","properties":{"kind":"stretch","line":"kcl"},"geometry":{"type":"LineString","coordinates":[[40,30],[41,31]]}},
              {"type":"Feature","properties":{"line":"other"},"geometry":{"type":"LineString","coordinates":[[43,34],[43.5,34]]}},
              {"type":"Feature","properties":{"kind":"line","line":"kcl"},"geometry":{"type":"LineString","coordinates":[[44.3,35],[44.5,35.1]]}},
              {"type":"Feature","properties":{},"geometry":null},
              {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[44,35]}}
            ]}
            """;

        var traces = GeoJsonReader.ReadTraces(json, Kcl);

        Assert.Equal([Kcl, CoordinationLineId.Parse("other")], traces.Select(t => t.Line));
        var kcl = Assert.IsType<MultiLineString>(traces[0].Geometry);
        Assert.Equal(2, kcl.NumGeometries);
        Assert.DoesNotContain(kcl.Coordinates, c => c.X == 40);
    }

    [Fact]
    public void ReadTrace_finds_the_line_asked_for_or_says_which_lines_there_are()
    {
        const string json = """{"type":"Feature","properties":{"line":"other"},"geometry":{"type":"LineString","coordinates":[[44,35],[44.2,35]]}}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTrace(stream, Kcl));

        Assert.Contains("'kcl'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
        stream.Position = 0;
        Assert.Equal(CoordinationLineId.Parse("other"), GeoJsonReader.ReadTrace(stream, CoordinationLineId.Parse("other")).Line);
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[44,35]}""", "$.type", "a Feature or a FeatureCollection, not 'Point'.")]
    [InlineData("[]", "$", "A GeoJSON object is expected, not an array.")]
    [InlineData("""{"coordinates":[[44,35],[45,36]]}""", "$", "The member 'type' is missing.")]
    [InlineData("""{"type":7,"coordinates":[[44,35],[45,36]]}""", "$.type", "'type' must be a string, not a number.")]
    [InlineData("""{"type":true,"coordinates":[[44,35],[45,36]]}""", "$.type", "'type' must be a string, not a boolean.")]
    [InlineData("""{"type":"LineString"}""", "$", "The member 'coordinates' is missing.")]
    [InlineData("""{"type":"LineString","coordinates":{"x":1}}""", "$.coordinates", "'coordinates' must be an array, not an object.")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35]]}""", "$.coordinates", "A LineString needs two or more positions (RFC 7946 §3.1.4).")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[44,35]]}""", "$.coordinates", "The LineString's positions are all the same point; it has no length.")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],["45",36]]}""", "$.coordinates[1][0]", "A coordinate must be a number, not a string.")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[45,null]]}""", "$.coordinates[1][1]", "A coordinate must be a number, not null.")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[1e400,36]]}""", "$.coordinates[1][0]", "The coordinate 1e400 is not a finite number.")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[45,-1e999]]}""", "$.coordinates[1][1]", "The coordinate -1e999 is not a finite number.")]
    [InlineData("""{"type":"LineString","coordinates":[[200,35],[45,36]]}""", "$.coordinates[0][0]", "The longitude 200 is outside [-180, 180] (positions are longitude first).")]
    [InlineData("""{"type":"LineString","coordinates":[[35,44],[36,95]]}""", "$.coordinates[1][1]", "The latitude 95 is outside [-90, 90] (positions are longitude first).")]
    [InlineData("""{"type":"LineString","coordinates":[[44],[45,36]]}""", "$.coordinates[0]", "A position is an array of two or three numbers: longitude, latitude[, altitude] (RFC 7946 §3.1.1).")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35,1,2],[45,36]]}""", "$.coordinates[0]", "A position is an array of two or three numbers")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[45,36,"up"]]}""", "$.coordinates[1][2]", "A coordinate must be a number, not a string.")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[45,36]],"crs":{"type":"name"}}""", "$.crs", "A 'crs' member is not GeoJSON any more (RFC 7946 §4): coordinates are WGS 84, longitude first.")]
    [InlineData("""{"type":"MultiLineString","coordinates":[]}""", "$.coordinates", "The MultiLineString is empty; a trace needs at least one line of two positions.")]
    [InlineData("""{"type":"MultiLineString","coordinates":[[[44,35],[45,36]],7]}""", "$.coordinates[1]", "Each line of a MultiLineString is an array of positions.")]
    [InlineData("""{"type":"MultiLineString","coordinates":[[[44,35],[45,36]],[[44,35],[46,"x"]]]}""", "$.coordinates[1][1][1]", "A coordinate must be a number, not a string.")]
    [InlineData("""{"type":"Feature","geometry":{"type":"LineString","coordinates":[[44,35],[45,36]]}}""", "$", "A Feature must have a 'properties' member (RFC 7946 §3.2), null if it has none.")]
    [InlineData("""{"type":"Feature","properties":{}}""", "$", "A Feature must have a 'geometry' member (RFC 7946 §3.2), null if it is unlocated.")]
    [InlineData("""{"type":"Feature","properties":[],"geometry":null}""", "$.properties", "A Feature's 'properties' must be an object or null.")]
    [InlineData("""{"type":"Feature","properties":{},"geometry":null}""", "$.geometry", "The Feature has no geometry; a trace is a LineString or MultiLineString.")]
    [InlineData("""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[]}}""", "$.geometry.type", "A trace is a LineString or MultiLineString, not 'Polygon'.")]
    [InlineData("""{"type":"Feature","properties":{"kind":"territory"},"geometry":{"type":"LineString","coordinates":[[44,35],[45,36]]}}""", "$.properties.kind", "A Feature tracing a line has no 'kind', or the kind 'line'.")]
    [InlineData("""{"type":"Feature","properties":{"line":5},"geometry":{"type":"LineString","coordinates":[[44,35],[45,36]]}}""", "$.properties.line", "The 'line' property must be a string: the id of a coordination line.")]
    [InlineData("""{"type":"Feature","properties":{"line":"Not A Slug!"},"geometry":{"type":"LineString","coordinates":[[44,35],[45,36]]}}""", "$.properties.line", "'Not A Slug!' is not a line id (a slug such as 'kcl').")]
    [InlineData("""{"type":"FeatureCollection"}""", "$", "The member 'features' is missing.")]
    [InlineData("""{"type":"FeatureCollection","features":{}}""", "$.features", "'features' must be an array, not an object.")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "$.features", "The FeatureCollection has no Feature with a LineString or MultiLineString geometry.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"LineString","coordinates":[[44,35],[45,36]]}]}""", "$.features[0].type", "A member of 'features' must be a Feature.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[44,35]}}]}""", "$.features", "The FeatureCollection has no Feature with a LineString or MultiLineString geometry.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[44,35],[45,36]]}},{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[44,35],[45,"36"]]}}]}""", "$.features[1].geometry.coordinates[1][1]", "A coordinate must be a number, not a string.")]
    [InlineData("""{"type":"FeatureCollection","crs":{},"features":[]}""", "$.crs", "A 'crs' member is not GeoJSON any more")]
    [InlineData("""{"type":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","coordinates":[[44,35],[45,36]]}""", "$.type", "not 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'.")]
    [InlineData("""{"type":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyz","coordinates":[[44,35],[45,36]]}""", "$.type", "not 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'.")]
    public void Hostile_GeoJSON_is_a_JsonException_naming_the_path_and_the_fault(string json, string path, string fault)
    {
        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces(json, Kcl));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_on_the_edges_of_the_ranges_are_read()
    {
        var trace = GeoJsonReader.ReadTraces("""{"type":"LineString","coordinates":[[-180,-90],[180,90]]}""", Kcl).Single();

        Assert.Equal(new[] { new Coordinate(-180, -90), new Coordinate(180, 90) }, trace.Geometry.Coordinates);
    }

    [Fact]
    public void A_line_string_that_returns_to_its_first_position_is_read()
    {
        var trace = GeoJsonReader.ReadTraces("""{"type":"LineString","coordinates":[[44,35],[44,35],[45,36]]}""", Kcl).Single();

        Assert.Equal(3, trace.Geometry.NumPoints);
    }

    [Fact]
    public void A_document_of_exactly_the_limit_is_read_and_one_byte_over_it_is_not()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"LineString","coordinates":[[44,35],[45,36]]}""");

        Assert.Single(GeoJsonReader.ReadTraces(new MemoryStream(bytes), Kcl, maxBytes: bytes.Length));
        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces(new MemoryStream(bytes), Kcl, maxBytes: bytes.Length - 1));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"larger than {bytes.Length - 1} bytes"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_trace_of_a_line_the_document_does_not_trace_names_the_lines_it_does()
    {
        var json = """{"type":"Feature","properties":{"line":"kcl"},"geometry":{"type":"LineString","coordinates":[[44,35],[45,36]]}}""";

        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTrace(new MemoryStream(Encoding.UTF8.GetBytes(json)), CoordinationLineId.Parse("green-line")));

        Assert.Equal("$", error.Path);
        Assert.Equal("The GeoJSON traces no LineString or MultiLineString for line 'green-line' (it traces 'kcl').", error.Message);
    }

    [Theory]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[NaN,36]]}""")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[Infinity,36]]}""")]
    [InlineData("""{"type":"LineString","coordinates":[[44,35],[45,36]]""")]
    [InlineData("""not json""")]
    [InlineData("")]
    public void Malformed_JSON_is_a_JsonException_with_its_line(string json)
    {
        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces(json, Kcl));

        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void A_duplicate_member_is_refused()
    {
        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces("""{"type":"LineString","type":"LineString","coordinates":[[44,35],[45,36]]}""", Kcl));

        Assert.Equal("$", error.Path);
        Assert.Contains("'type'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var json = "{\"type\":\"LineString\",\"coordinates\":" + new string('[', 200) + new string(']', 200) + "}";

        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces(json, Kcl));

        Assert.Contains(GeoJsonReader.MaxDepth.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused_before_it_is_parsed()
    {
        var json = "{\"type\":\"LineString\",\"coordinates\":[" + string.Join(',', Enumerable.Repeat("[44.123456,35.123456]", 10_000)) + "]}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces(stream, Kcl, maxBytes: 100_000));

        Assert.Equal("$", error.Path);
        Assert.Contains("larger than 100000 bytes", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoJsonReader.ReadTraces(new MemoryStream(), Kcl, maxBytes: 0));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => GeoJsonReader.ReadTraces((Stream)null!, Kcl)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => GeoJsonReader.ReadTraces((string)null!, Kcl)).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(Positions) })]
    public bool Positions_read_back_exactly(Coordinate[] positions)
    {
        var json = "{\"type\":\"LineString\",\"coordinates\":["
            + string.Join(',', positions.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.X:R},{p.Y:R}]")))
            + "]}";

        var trace = GeoJsonReader.ReadTraces(json, Kcl).Single();

        return trace.Geometry.Coordinates.SequenceEqual(positions);
    }

    [Property(Arbitrary = new[] { typeof(Positions) }, MaxTest = 300)]
    public void Any_damage_to_a_document_is_read_or_refused_with_a_JsonException(Coordinate[] positions, int cut, char insert)
    {
        var json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"line\":\"kcl\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
            + string.Join(',', positions.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.X:R},{p.Y:R}]")))
            + "]}}]}";
        var at = Math.Abs(cut % json.Length);
        var damaged = json[..at] + insert + json[(at + 1)..];

        try
        {
            _ = GeoJsonReader.ReadTraces(damaged, Kcl);
        }
        catch (JsonException e)
        {
            Assert.False(string.IsNullOrEmpty(e.Message));
        }
    }

    /// <summary>Distinct positions in range, at least two: the coordinates of a line string.</summary>
    public static class Positions
    {
        public static Arbitrary<Coordinate[]> Coordinates()
        {
            var position =
                from x in Gen.Choose(-180_000_000, 180_000_000)
                from y in Gen.Choose(-90_000_000, 90_000_000)
                select new Coordinate(x / 1e6, y / 1e6);
            return Gen.Choose(2, 30)
                .SelectMany(n => Gen.ArrayOf(position, n))
                .Where(ps => ps.Distinct().Count() > 1)
                .ToArbitrary();
        }
    }
}
