using System;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using static Coordination.Domain.Geo.Tests.Shapes;

namespace Coordination.Domain.Geo.Tests;

/// <summary>Properties of the look-ups and measures, over generated points, lines and squares in and around Iraq.</summary>
[Properties(Arbitrary = [typeof(GeoProperties)])]
public sealed class GeoProperties
{
    private static readonly TerritoryGeometry Iraq = TerritoryGeometry.IraqGovernorates;

    /// <summary>Points over Iraq and its neighbours, 28°N to 38°N and 38°E to 49°E.</summary>
    public static Arbitrary<GeoPoint> Points() => PointGen.ToArbitrary();

    /// <summary>Lines of 2 to 12 vertices over the same box.</summary>
    public static Arbitrary<LineString> Lines() =>
        (from n in Gen.Choose(2, 12)
         from points in PointGen.ArrayOf(n)
         select Factory.CreateLineString([.. points.Select(p => new Coordinate(p.Longitude, p.Latitude))])).ToArbitrary();

    /// <summary>Walks of 2 to 40 steps of at most half a degree, like a boundary's edges (the trace's are a few km).</summary>
    public static Gen<LineString> Walks =>
        from start in PointGen
        from n in Gen.Choose(1, 40)
        from steps in Gen.Choose(-50, 50).Two().ArrayOf(n)
        select Factory.CreateLineString([.. steps.Aggregate(
            new[] { new Coordinate(start.Longitude, start.Latitude) }.ToList(),
            (walk, step) => { walk.Add(new Coordinate(walk[^1].X + (step.Item1 / 100.0), Math.Clamp(walk[^1].Y + (step.Item2 / 100.0), -89, 89))); return walk; })]);

    private static Gen<GeoPoint> PointGen =>
        from lat in Gen.Choose(0, 1_000_000)
        from lon in Gen.Choose(0, 1_000_000)
        select new GeoPoint(28 + (lat / 100_000.0), 38 + (lon * 1.1 / 100_000.0));

    [Property(MaxTest = 300)]
    public bool A_point_inside_a_governorate_resolves_to_it(GeoPoint point)
    {
        var inside = Iraq.Shapes.Where(s => s.Geometry.Contains(Factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude)))).ToList();
        var found = Iraq.Locate(point);
        return inside.Count switch
        {
            0 => found is null,
            1 => found == inside[0].Territory,
            _ => false, // the governorates do not overlap
        };
    }

    [Property(MaxTest = 200)]
    public bool A_point_inside_a_square_resolves_to_the_smallest_square_holding_it(GeoPoint point, PositiveInt size, PositiveInt smaller)
    {
        var side = 0.1 + (size.Get % 50 / 10.0);
        var inner = side / (2 + (smaller.Get % 5)); // strictly smaller: ties (equal shapes) are a unit test's
        var (west, south) = (point.Longitude - (side / 2), point.Latitude - (side / 2));
        var geometry = TerritoryGeometry.Create(
            [Shape("outer", Square(west, south, side)), Shape("inner", Square(point.Longitude - (inner / 3), point.Latitude - (inner / 3), inner))],
            null);
        return geometry.Locate(point) == TerritoryId.Parse("inner");
    }

    [Property(MaxTest = 200)]
    public bool LengthKm_is_additive_over_a_line_split_at_a_vertex(LineString line, PositiveInt at)
    {
        var cut = 1 + (at.Get % (line.NumPoints - 1));
        var coordinates = line.Coordinates;
        var first = Factory.CreateLineString(coordinates[..(cut + 1)]);
        var rest = coordinates[cut..];
        var second = rest.Length >= 2 ? Factory.CreateLineString(rest) : Factory.CreateLineString();
        var whole = GeoMeasure.LengthKm(line);
        return Math.Abs(whole - (GeoMeasure.LengthKm(first) + GeoMeasure.LengthKm(second))) <= 1e-9 * Math.Max(1, whole)
            && Math.Abs(whole - GeoMeasure.LengthKm(Factory.CreateMultiLineString([first, second]))) <= 1e-9 * Math.Max(1, whole);
    }

    [Property(MaxTest = 200)]
    public bool LengthKm_does_not_depend_on_the_direction(LineString line) =>
        Math.Abs(GeoMeasure.LengthKm(line) - GeoMeasure.LengthKm(line.Reverse())) <= 1e-9 * Math.Max(1, GeoMeasure.LengthKm(line));

    [Property(MaxTest = 200)]
    public bool DistanceKm_is_never_negative_and_zero_at_every_vertex(GeoPoint point, LineString line) =>
        GeoMeasure.DistanceKm(point, line) >= 0
        && line.Coordinates.All(c => GeoMeasure.DistanceKm(new GeoPoint(c.Y, c.X), line) == 0);

    [Property(MaxTest = 200)]
    public bool A_point_on_an_edge_is_within_metres_of_the_line(LineString line, PositiveInt edge, PositiveInt fraction)
    {
        var i = edge.Get % (line.NumPoints - 1);
        var t = fraction.Get % 100 / 100.0;
        var (a, b) = (line.Coordinates[i], line.Coordinates[i + 1]);
        var on = new GeoPoint(a.Y + (t * (b.Y - a.Y)), a.X + (t * (b.X - a.X)));

        // The edge drawn straight in degrees and its great-circle arc part by at most a few hundred metres over
        // this box's longest edges (about 1 500 km); over the boundaries' short edges, by metres.
        var length = GeoMeasure.LengthKm(Factory.CreateLineString([a, b]));
        return GeoMeasure.DistanceKm(on, line) <= 1e-3 + (length * length * 2e-5); // about tan(latitude) / 8R times the square of the length
    }

    [Property(MaxTest = 300)]
    public bool Point_to_point_distance_is_the_haversine_and_symmetric(GeoPoint a, GeoPoint b)
    {
        var ab = GeoMeasure.DistanceKm(a, Factory.CreatePoint(new Coordinate(b.Longitude, b.Latitude)));
        var ba = GeoMeasure.DistanceKm(b, Factory.CreatePoint(new Coordinate(a.Longitude, a.Latitude)));
        return Math.Abs(ab - ba) <= 1e-9 && Math.Abs(ab - (a.DistanceTo(b) / 1000)) <= 1e-6;
    }

    [Property(MaxTest = 200)]
    public bool The_distance_to_a_line_is_at_most_the_distance_to_any_vertex_and_to_a_part_of_it(GeoPoint point, LineString line)
    {
        var d = GeoMeasure.DistanceKm(point, line);
        var first = Factory.CreateLineString(line.Coordinates[..2]);
        return line.Coordinates.All(c => d <= (point.DistanceTo(new GeoPoint(c.Y, c.X)) / 1000) + 1e-9)
            && d <= GeoMeasure.DistanceKm(point, first) + 1e-9;
    }

    [Property(MaxTest = 500)]
    public Property The_stretches_of_a_line_within_two_halves_of_a_box_add_up_to_its_length_within_the_box() =>
        Prop.ForAll(Walks.ToArbitrary(), line =>
        {
            var west = Square(38, 28, 5.5);
            var east = Factory.CreatePolygon([new(43.5, 28), new(49, 28), new(49, 33.5), new(43.5, 33.5), new(43.5, 28)]);
            var both = Factory.CreatePolygon([new(38, 28), new(49, 28), new(49, 33.5), new(38, 33.5), new(38, 28)]);
            var parts = GeoMeasure.LengthKm(GeoMeasure.StretchWithin(line, west)) + GeoMeasure.LengthKm(GeoMeasure.StretchWithin(line, east));
            var whole = GeoMeasure.LengthKm(GeoMeasure.StretchWithin(line, both));

            // A piece running along the shared edge lies within both halves and is counted twice. Cutting an edge where
            // it crosses a boundary (in degrees) and measuring the two parts on the sphere adds a little: under a metre
            // per cut for edges of half a degree.
            var alongTheCut = GeoMeasure.LengthKm(NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Overlay(
                line, Line((43.5, 28), (43.5, 33.5)), NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection));
            return Math.Abs(parts - whole - alongTheCut) <= 1e-3 * Math.Max(1, line.NumPoints);
        });
}
