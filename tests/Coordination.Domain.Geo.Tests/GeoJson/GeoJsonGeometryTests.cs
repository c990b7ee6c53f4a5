using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Geo.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Xunit;

namespace Coordination.Domain.Geo.Tests.GeoJson;

// The geometry writer behind GeoJsonWriter, for the kinds of geometry the reference catalog never draws
// (multipoints, multipolygons, collections) and for positions outside WGS 84.
public sealed class GeoJsonGeometryTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly JsonSerializerOptions NtsOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    private static (JsonElement Root, Envelope Bounds) Write(Geometry? geometry)
    {
        var bounds = new Envelope();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            GeoJsonGeometry.Write(writer, geometry, bounds);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return (document.RootElement.Clone(), bounds);
    }

    private static Polygon Square(double x, double y) =>
        Factory.CreatePolygon([new(x, y), new(x + 1, y), new(x + 1, y + 1), new(x, y + 1), new(x, y)]);

    [Fact]
    public void A_multipoint_is_written_as_a_MultiPoint_of_its_positions()
    {
        var points = Factory.CreateMultiPointFromCoords([new(44, 35), new(45.5, 36.25)]);

        var (root, bounds) = Write(points);

        Assert.Equal("MultiPoint", root.GetProperty("type").GetString());
        Assert.Equal("[[44,35],[45.5,36.25]]", root.GetProperty("coordinates").GetRawText());
        Assert.Equal(new Envelope(44, 45.5, 35, 36.25), bounds);
    }

    [Fact]
    public void A_multipolygon_is_written_as_a_MultiPolygon_that_reads_back_the_same()
    {
        var polygons = Factory.CreateMultiPolygon([Square(44, 35), Square(46, 37)]);

        var (root, bounds) = Write(polygons);

        Assert.Equal("MultiPolygon", root.GetProperty("type").GetString());
#pragma warning disable IL2026, IL3050 // A test: reflection-based System.Text.Json is fine here.
        var back = JsonSerializer.Deserialize<Geometry>(root.GetRawText(), NtsOptions)!;
#pragma warning restore IL2026, IL3050
        Assert.True(back.EqualsExact(polygons));
        Assert.Equal(new Envelope(44, 47, 35, 38), bounds);
    }

    [Fact]
    public void A_collection_is_written_as_a_GeometryCollection_of_its_members_leaving_out_the_empty_ones()
    {
        var collection = Factory.CreateGeometryCollection([Factory.CreatePoint(new Coordinate(44, 35)), Factory.CreatePoint(), Square(46, 37)]);

        var (root, _) = Write(collection);

        Assert.Equal("GeometryCollection", root.GetProperty("type").GetString());
        var members = root.GetProperty("geometries").EnumerateArray().Select(g => g.GetProperty("type").GetString()).ToArray();
        Assert.Equal(["Point", "Polygon"], members);
    }

    [Fact]
    public void No_geometry_and_an_empty_one_are_written_as_null()
    {
        Assert.Equal(JsonValueKind.Null, Write(null).Root.ValueKind);
        Assert.Equal(JsonValueKind.Null, Write(Factory.CreatePolygon()).Root.ValueKind);
    }

    [Theory]
    [InlineData(180.5, 35)]
    [InlineData(-180.5, 35)]
    [InlineData(44, 90.5)]
    [InlineData(44, -90.5)]
    [InlineData(double.NaN, 35)]
    [InlineData(44, double.PositiveInfinity)]
    public void A_position_outside_WGS_84_is_refused_with_the_position(double x, double y)
    {
        var error = Assert.Throws<ArgumentException>(() => Write(Factory.CreatePoint(new Coordinate(x, y))));

        Assert.Contains("is not a WGS 84 longitude and latitude", error.Message, StringComparison.Ordinal);
        Assert.Equal("coordinate", error.ParamName);
    }

    [Fact]
    public void Positions_on_the_edges_of_WGS_84_are_written()
    {
        var (root, _) = Write(Factory.CreateLineString([new(-180, -90), new(180, 90)]));

        Assert.Equal("[[-180,-90],[180,90]]", root.GetProperty("coordinates").GetRawText());
    }
}
