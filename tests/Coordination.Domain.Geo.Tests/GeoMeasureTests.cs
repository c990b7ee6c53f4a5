using System;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using NetTopologySuite.Geometries;
using Xunit;
using static Coordination.Domain.Geo.Tests.Shapes;

namespace Coordination.Domain.Geo.Tests;

public sealed class GeoMeasureTests
{
    private const double KmPerDegree = Math.PI * GeoPoint.MeanEarthRadiusMetres / 180_000.0; // 111.195 km on the sphere

    [Fact]
    public void The_distance_to_a_point_is_the_great_circle_distance()
    {
        var erbil = new GeoPoint(36.1912, 44.0094);
        var kirkuk = new GeoPoint(35.4681, 44.3922);

        var km = GeoMeasure.DistanceKm(erbil, Factory.CreatePoint(new Coordinate(kirkuk.Longitude, kirkuk.Latitude)));

        Assert.Equal(erbil.DistanceTo(kirkuk) / 1000, km, 1e-6);
        Assert.InRange(km, 85, 90);
    }

    [Fact]
    public void The_distance_to_a_line_is_to_its_nearest_point_not_its_nearest_vertex()
    {
        var line = Line((44, 33), (45, 33));

        // The great-circle arc from 44°E to 45°E along 33°N bulges north by about 0.001° at its middle.
        Assert.Equal((1 - 0.001) * KmPerDegree, GeoMeasure.DistanceKm(new GeoPoint(34, 44.5), line), 0.05);
        Assert.Equal(new GeoPoint(33, 43).DistanceTo(new GeoPoint(33, 44)) / 1000, GeoMeasure.DistanceKm(new GeoPoint(33, 43), line), 1e-6); // beyond the end: to the end vertex
        Assert.Equal(0, GeoMeasure.DistanceKm(new GeoPoint(33, 45), line));
    }

    [Fact]
    public void Inside_a_polygon_the_distance_is_zero_and_outside_it_is_to_the_boundary()
    {
        var square = Square(44, 33, 1);

        Assert.Equal(0, GeoMeasure.DistanceKm(new GeoPoint(33.5, 44.5), square));
        Assert.Equal(0, GeoMeasure.DistanceKm(new GeoPoint(33, 44.5), square), 1e-3);
        Assert.Equal(KmPerDegree, GeoMeasure.DistanceKm(new GeoPoint(32, 44.5), square), 0.2);
        var withHole = Factory.CreatePolygon(square.Shell, [(LinearRing)Square(44.25, 33.25, 0.5).Shell.Reverse()]);
        Assert.Equal(0.25 * Math.Cos(Math.PI / 180 * 33.5) * KmPerDegree, GeoMeasure.DistanceKm(new GeoPoint(33.5, 44.5), withHole), 0.1); // to the hole's nearer edges
    }

    [Fact]
    public void The_distance_to_a_collection_is_to_its_nearest_part()
    {
        var collection = Factory.CreateGeometryCollection([Factory.CreatePoint(new Coordinate(44, 33)), Line((46, 33), (46, 34))]);

        Assert.Equal(0, GeoMeasure.DistanceKm(new GeoPoint(33, 44), collection));
        Assert.Equal(GeoMeasure.DistanceKm(new GeoPoint(33.5, 45.9), Line((46, 33), (46, 34))), GeoMeasure.DistanceKm(new GeoPoint(33.5, 45.9), collection));
    }

    [Fact]
    public void A_large_geometry_measured_twice_gives_the_same_distance()
    {
        var kcl = LineTrace.InferredKcl.Geometry;
        var point = new GeoPoint(35.4681, 44.3922);

        var first = GeoMeasure.DistanceKm(point, kcl);

        Assert.Equal(first, GeoMeasure.DistanceKm(point, kcl));
        Assert.InRange(first, 1, 80);
    }

    [Fact]
    public void Distances_far_from_Iraq_are_still_great_circle_distances()
    {
        var point = new GeoPoint(-33.87, 151.21);

        var km = GeoMeasure.DistanceKm(point, Factory.CreatePoint(new Coordinate(44, 33)));

        Assert.Equal(point.DistanceTo(new GeoPoint(33, 44)) / 1000, km, 1e-6);
    }

    [Fact]
    public void Hostile_geometry_is_refused_by_DistanceKm()
    {
        var point = new GeoPoint(33, 44);

        Assert.Throws<ArgumentNullException>(() => GeoMeasure.DistanceKm(point, null!));
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => GeoMeasure.DistanceKm(point, Factory.CreateLineString())).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GeoMeasure.DistanceKm(point, Factory.CreateGeometryCollection()));
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => GeoMeasure.DistanceKm(point, Line((44, 33), (double.NaN, 34)))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GeoMeasure.DistanceKm(point, Line((44, 33), (244, 34))));
        Assert.Throws<ArgumentException>(() => GeoMeasure.DistanceKm(point, Factory.CreatePoint(new Coordinate(44, -91))));
    }

    [Fact]
    public void Lengths_are_summed_on_the_sphere()
    {
        Assert.Equal(KmPerDegree, GeoMeasure.LengthKm(Line((44, 33), (44, 34))), 1e-9);
        Assert.Equal(2 * KmPerDegree, GeoMeasure.LengthKm(Line((44, 33), (44, 34), (44, 35))), 1e-9);
        Assert.Equal(3 * KmPerDegree, GeoMeasure.LengthKm(Factory.CreateMultiLineString([Line((44, 33), (44, 34)), Line((45, 33), (45, 35))])), 1e-9);
        var (sw, se, ne, nw) = (new GeoPoint(33, 44), new GeoPoint(33, 45), new GeoPoint(34, 45), new GeoPoint(34, 44));
        var perimeter = (sw.DistanceTo(se) + se.DistanceTo(ne) + ne.DistanceTo(nw) + nw.DistanceTo(sw)) / 1000;
        Assert.Equal(perimeter, GeoMeasure.LengthKm(Square(44, 33, 1)), 1e-9); // the perimeter, vertex to vertex on great circles
        Assert.Equal(0, GeoMeasure.LengthKm(Factory.CreatePoint(new Coordinate(44, 33))));
        Assert.Equal(0, GeoMeasure.LengthKm(Factory.CreateLineString()));
        Assert.Equal(0, GeoMeasure.LengthKm(Factory.CreateGeometryCollection()));
    }

    [Fact]
    public void Hostile_geometry_is_refused_by_LengthKm()
    {
        Assert.Throws<ArgumentNullException>(() => GeoMeasure.LengthKm(null!));
        Assert.Throws<ArgumentException>(() => GeoMeasure.LengthKm(Line((44, 33), (double.NaN, 34))));
        Assert.Throws<ArgumentException>(() => GeoMeasure.LengthKm(Line((44, 33), (44, double.PositiveInfinity))));
        Assert.Throws<ArgumentException>(() => GeoMeasure.LengthKm(Factory.CreatePoint(new Coordinate(double.NaN, 0))));
    }

    [Fact]
    public void The_stretch_within_a_shape_is_the_part_of_the_line_inside_it()
    {
        var stretch = GeoMeasure.StretchWithin(Line((43, 33.5), (46, 33.5)), Square(44, 33, 1));

        var piece = Assert.IsType<LineString>(stretch);
        Assert.Equal(44, piece.StartPoint.X, 1e-9);
        Assert.Equal(45, piece.EndPoint.X, 1e-9);
    }

    [Fact]
    public void A_line_entering_twice_gives_its_pieces_in_its_own_order_and_direction()
    {
        var shape = Factory.CreateMultiPolygon([Square(44, 33, 1), Square(46, 33, 1)]);
        var eastward = Line((43, 33.5), (48, 33.5));

        var pieces = Assert.IsType<MultiLineString>(GeoMeasure.StretchWithin(eastward, shape));
        var westward = Assert.IsType<MultiLineString>(GeoMeasure.StretchWithin((LineString)eastward.Reverse(), shape));

        Assert.Equal([44.0, 46.0], [pieces.GetGeometryN(0).Coordinates[0].X, pieces.GetGeometryN(1).Coordinates[0].X]);
        Assert.Equal([47.0, 45.0], [westward.GetGeometryN(0).Coordinates[0].X, westward.GetGeometryN(1).Coordinates[0].X]);
    }

    [Fact]
    public void A_line_that_misses_or_only_touches_the_shape_gives_an_empty_line()
    {
        var square = Square(44, 33, 1);

        Assert.True(GeoMeasure.StretchWithin(Line((40, 30), (41, 30)), square) is LineString { IsEmpty: true });
        Assert.True(GeoMeasure.StretchWithin(Line((43, 32), (44, 33)), square) is LineString { IsEmpty: true }); // touches a corner
        Assert.True(GeoMeasure.StretchWithin(Factory.CreateLineString(), square).IsEmpty);
        Assert.True(GeoMeasure.StretchWithin(Line((43, 32), (44, 33)), Factory.CreatePolygon()).IsEmpty);
    }

    [Fact]
    public void A_line_along_a_boundary_lies_within_the_shapes_on_both_sides()
    {
        var line = Line((45, 33), (45, 34));

        Assert.Equal(KmPerDegree, GeoMeasure.LengthKm(GeoMeasure.StretchWithin(line, Square(44, 33, 1))), 1e-6);
        Assert.Equal(KmPerDegree, GeoMeasure.LengthKm(GeoMeasure.StretchWithin(line, Square(45, 33, 1))), 1e-6);
    }

    [Fact]
    public void StretchWithin_refuses_null()
    {
        Assert.Throws<ArgumentNullException>(() => GeoMeasure.StretchWithin(null!, Square(44, 33, 1)));
        Assert.Throws<ArgumentNullException>(() => GeoMeasure.StretchWithin(Line((44, 33), (45, 33)), null!));
    }

    [Fact]
    public void The_inferred_trace_is_split_exactly_among_the_governorates_on_either_side()
    {
        var kcl = LineTrace.InferredKcl;
        double Within(params string[] ids)
        {
            var total = 0.0;
            foreach (var id in ids)
            {
                total += GeoMeasure.LengthKm(GeoMeasure.StretchWithin(kcl.Geometry, TerritoryGeometry.IraqGovernorates.ShapeOf(TerritoryId.Parse(id))!));
            }

            return total;
        }

        Assert.Equal(kcl.LengthKm, Within("duhok", "erbil", "sulaymaniyah"), 1e-6 * kcl.LengthKm);
        Assert.Equal(kcl.LengthKm, Within("ninewa", "kirkuk", "salah-al-din", "diyala"), 1e-6 * kcl.LengthKm);
        Assert.Equal(0, Within("baghdad-governorate", "anbar", "basrah"));
    }
}
