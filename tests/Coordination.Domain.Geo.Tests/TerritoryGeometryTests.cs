using System;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.Places;
using NetTopologySuite.Geometries;
using Xunit;
using static Coordination.Domain.Geo.Tests.Shapes;

namespace Coordination.Domain.Geo.Tests;

public sealed class TerritoryGeometryTests
{
    private static TerritoryGeometry Iraq => TerritoryGeometry.IraqGovernorates;

    [Fact]
    public void The_embedded_governorates_are_the_gazetteer_s_18_each_valid_and_named_by_its_id()
    {
        var table = Gazetteer.Governorates.Where(t => t.IsoCode is not null && t.Kind == Territories.TerritoryKind.Governorate).Select(t => t.Id);

        Assert.Equal(18, Iraq.Shapes.Length);
        Assert.Equal(table.Order(), Iraq.Shapes.Select(s => s.Territory).Order());
        Assert.All(Iraq.Shapes, s => Assert.True(s.Geometry.IsValid && !s.Geometry.IsEmpty && s.Geometry is IPolygonal, s.Territory.Value));
        Assert.Contains("Natural Earth", Iraq.Provenance, StringComparison.Ordinal);
        Assert.Same(Iraq, TerritoryGeometry.IraqGovernorates);
    }

    [Fact]
    public void The_governorates_tile_without_overlapping()
    {
        var shapes = Iraq.Shapes;
        for (var i = 0; i < shapes.Length; i++)
        {
            for (var j = i + 1; j < shapes.Length; j++)
            {
                var overlap = shapes[i].Geometry.Intersection(shapes[j].Geometry).Area;
                Assert.True(overlap < 1e-9, $"{shapes[i].Territory} and {shapes[j].Territory} overlap by {overlap} square degrees");
            }
        }
    }

    [Theory]
    [InlineData(35.4681, 44.3922, "kirkuk")]
    [InlineData(36.1912, 44.0094, "erbil")]
    [InlineData(33.3152, 44.3661, "baghdad-governorate")]
    [InlineData(36.3350, 43.1189, "ninewa")]
    [InlineData(35.5613, 45.4329, "sulaymaniyah")]
    [InlineData(36.8669, 42.9503, "duhok")]
    [InlineData(33.7500, 44.6333, "diyala")]
    [InlineData(34.6000, 43.6833, "salah-al-din")]
    [InlineData(30.5085, 47.7804, "basrah")]
    [InlineData(32.5000, 45.8333, "wassit")]
    [InlineData(33.4167, 43.3000, "anbar")]
    [InlineData(34.3833, 45.3833, "diyala")] // Khanaqin
    [InlineData(35.7533, 44.1436, "kirkuk")] // Altun Kupri (Prde), close to the Erbil boundary
    public void Cities_lie_in_their_governorate(double latitude, double longitude, string expected)
    {
        Assert.Equal(TerritoryId.Parse(expected), Iraq.Locate(new GeoPoint(latitude, longitude)));
    }

    [Theory]
    [InlineData(33.5138, 36.2765)] // Damascus
    [InlineData(35.6892, 51.3890)] // Tehran
    [InlineData(0, 0)]
    [InlineData(90, 0)]
    [InlineData(-90, 0)]
    [InlineData(0, -180)]
    [InlineData(29.3759, 47.9774)] // Kuwait City
    public void Points_outside_Iraq_lie_in_no_governorate(double latitude, double longitude)
    {
        Assert.Null(Iraq.Locate(new GeoPoint(latitude, longitude)));
    }

    [Fact]
    public void Each_governorate_s_interior_point_and_every_vertex_resolve_to_it_or_a_neighbour_sharing_the_vertex()
    {
        foreach (var shape in Iraq.Shapes)
        {
            var inside = shape.Geometry.InteriorPoint;
            Assert.Equal(shape.Territory, Iraq.Locate(new GeoPoint(inside.Y, inside.X)));
            foreach (var vertex in shape.Geometry.Coordinates.Take(200))
            {
                var found = Iraq.Locate(new GeoPoint(vertex.Y, vertex.X));
                Assert.NotNull(found);
                Assert.True(found == shape.Territory || Iraq.ShapeOf(found!.Value)!.Covers(Factory.CreatePoint(vertex)));
            }
        }
    }

    [Fact]
    public void The_smallest_shape_holding_a_point_wins_and_equal_shapes_go_to_the_first_id()
    {
        var geometry = TerritoryGeometry.Create(
            [Shape("region", Square(40, 30, 10)), Shape("province", Square(42, 32, 4)), Shape("town-b", Square(43, 33, 1)), Shape("town-a", Square(43, 33, 1))],
            null);

        Assert.Equal(TerritoryId.Parse("town-a"), geometry.Locate(new GeoPoint(33.5, 43.5)));
        Assert.Equal(TerritoryId.Parse("province"), geometry.Locate(new GeoPoint(32.5, 42.5)));
        Assert.Equal(TerritoryId.Parse("region"), geometry.Locate(new GeoPoint(30.5, 40.5)));
        Assert.Equal(TerritoryId.Parse("region"), geometry.Locate(new GeoPoint(30, 40))); // a corner: the boundary is in the shape
        Assert.Null(geometry.Locate(new GeoPoint(29.999, 40)));
        Assert.Null(geometry.Provenance);
    }

    [Fact]
    public void A_point_on_the_edge_two_shapes_share_goes_to_the_smaller()
    {
        var geometry = TerritoryGeometry.Create([Shape("west", Square(40, 30, 2)), Shape("east", Square(42, 30, 1))], "test");

        Assert.Equal(TerritoryId.Parse("east"), geometry.Locate(new GeoPoint(30.5, 42)));
        Assert.Equal("test", geometry.Provenance);
    }

    [Fact]
    public void Shape_of_gives_the_shape_or_null()
    {
        var square = Square(40, 30, 1);
        var geometry = TerritoryGeometry.Create([Shape("a", square)], null);

        Assert.True(square.EqualsExact(geometry.ShapeOf(TerritoryId.Parse("a"))));
        Assert.Null(geometry.ShapeOf(TerritoryId.Parse("b")));
        Assert.Null(geometry.ShapeOf(default));
        Assert.NotNull(Iraq.ShapeOf(TerritoryId.Parse("kirkuk")));
        Assert.Null(Iraq.ShapeOf(TerritoryId.Parse("kirkuk-city"))); // a town keeps its point
    }

    [Fact]
    public void The_shapes_are_copied_so_changing_the_input_later_changes_nothing()
    {
        var square = Square(40, 30, 1);
        var geometry = TerritoryGeometry.Create([Shape("a", square)], null);

        square.Coordinates[2].X = 60;
        square.GeometryChanged();

        Assert.Equal(41, geometry.ShapeOf(TerritoryId.Parse("a"))!.EnvelopeInternal.MaxX);
        Assert.Null(geometry.Locate(new GeoPoint(30.5, 50)));
    }

    [Fact]
    public void No_shapes_locate_nothing()
    {
        var geometry = TerritoryGeometry.Create([], null);

        Assert.Empty(geometry.Shapes);
        Assert.Null(geometry.Locate(new GeoPoint(35, 44)));
    }

    [Fact]
    public void Locate_is_safe_to_call_from_many_threads()
    {
        var expected = TerritoryId.Parse("kirkuk");
        var results = new TerritoryId?[2000];
        Parallel.For(0, results.Length, i => results[i] = Iraq.Locate(new GeoPoint(35.4681 + (i % 7 * 0.001), 44.3922)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Null_shapes_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => TerritoryGeometry.Create(null!, null));
        Assert.StartsWith("A shape is null.", Assert.Throws<ArgumentNullException>(() => TerritoryGeometry.Create([null!], null)).Message, StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentNullException>(() => TerritoryGeometry.Create([new TerritoryShape(TerritoryId.Parse("a"), null!)], null));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Geometry, string> HostileShapes() => new()
    {
        { "empty", Factory.CreatePolygon(), "is empty" },
        { "a line", Line((40, 30), (41, 31)), "LineString" },
        { "a point", Factory.CreatePoint(new Coordinate(40, 30)), "Point" },
        { "a collection", Factory.CreateGeometryCollection([Square(40, 30, 1)]), "GeometryCollection" },
        { "a bow tie", Factory.CreatePolygon([new(40, 30), new(41, 31), new(41, 30), new(40, 31), new(40, 30)]), "not valid: Self-intersection" },
        { "NaN", Factory.CreatePolygon([new(40, 30), new(double.NaN, 30), new(41, 31), new(40, 30)]), "(NaN, 30)" },
        { "infinite", Factory.CreatePolygon([new(40, 30), new(double.PositiveInfinity, 30), new(41, 31), new(40, 30)]), "is not a longitude" },
        { "a longitude of 200", Square(199, 30, 2), "(199, 30)" },
        { "a latitude of 91", Square(40, 89.5, 2), "latitude in [-90, 90]" },
        { "a hole outside its shell", Factory.CreatePolygon(Factory.CreateLinearRing(Square(40, 30, 1).Shell.Coordinates), [Factory.CreateLinearRing(Square(50, 30, 1).Shell.Coordinates)]), "not valid" },
        { "overlapping parts", Factory.CreateMultiPolygon([Square(40, 30, 2), Square(41, 31, 2)]), "not valid" },
    };

    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void Hostile_shapes_are_refused_with_a_message_naming_the_territory(string what, Geometry geometry, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => TerritoryGeometry.Create([Shape("good", Square(30, 30, 1)), Shape("hostile", geometry)], what));

        Assert.Equal("shapes", error.ParamName);
        Assert.Contains("'hostile'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_shape_for_a_territory_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TerritoryGeometry.Create([Shape("a", Square(40, 30, 1)), Shape("a", Square(50, 30, 1))], null));

        Assert.Contains("'a' has a second shape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shape_without_a_territory_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TerritoryGeometry.Create([new TerritoryShape(default, Square(40, 30, 1))], null));

        Assert.StartsWith("A shape has no territory (a default TerritoryId).", error.Message, StringComparison.Ordinal);
        Assert.Equal("shapes", error.ParamName);
    }
}
