using System;
using System.Linq;
using Coordination.Domain.Geo;
using FsCheck;
using FsCheck.Fluent;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using Xunit;

namespace Coordination.Domain.Testing.Tests;

public sealed class GeometryGeneratorsTests
{
    private const int Samples = 300;

    [Fact]
    public void Points_in_Iraq_are_in_its_box_and_in_a_governorate()
    {
        var (south, west, north, east) = GeometryGenerators.IraqBounds;

        Assert.All(GeometryGenerators.PointsInIraq().Sample(Samples), p =>
        {
            Assert.InRange(p.Latitude, south, north);
            Assert.InRange(p.Longitude, west, east);
            Assert.NotNull(TerritoryGeometry.IraqGovernorates.Locate(p));
        });
    }

    [Fact]
    public void Points_outside_Iraq_are_in_no_governorate_and_reach_the_ends_of_the_globe()
    {
        var (south, west, north, east) = GeometryGenerators.IraqBounds;
        var points = GeometryGenerators.PointsOutsideIraq().Sample(Samples);

        Assert.All(points, p => Assert.Null(TerritoryGeometry.IraqGovernorates.Locate(p)));
        Assert.Contains(points, p => p.Latitude is > 60 or < -60);
        Assert.Contains(points, p => p.Latitude >= south && p.Latitude <= north && p.Longitude >= west && p.Longitude <= east);
    }

    [Fact]
    public void Line_strings_have_distinct_consecutive_vertices_on_the_six_decimal_grid()
    {
        var lines = GeometryGenerators.LineStrings(5).Sample(Samples);

        Assert.All(lines, line =>
        {
            Assert.InRange(line.NumPoints, 2, 5);
            Assert.All(line.Coordinates.Zip(line.Coordinates.Skip(1)), p => Assert.False(p.First.Equals2D(p.Second)));
            Assert.All(line.Coordinates, c => Assert.Equal(Math.Round(c.X, 6), c.X));
            Assert.All(line.Coordinates, c => Assert.Equal(Math.Round(c.Y, 6), c.Y));
        });
        Assert.Contains(lines, l => l.NumPoints == 5);
        Assert.Throws<ArgumentOutOfRangeException>(() => GeometryGenerators.LineStrings(1));
    }

    [Fact]
    public void Multi_line_strings_have_one_to_four_parts()
    {
        var multis = GeometryGenerators.MultiLineStrings().Sample(Samples);

        Assert.All(multis, m => Assert.InRange(m.NumGeometries, 1, 4));
        Assert.Contains(multis, m => m.NumGeometries == 1);
        Assert.Contains(multis, m => m.NumGeometries == 4);
    }

    [Fact]
    public void Polygons_are_valid_counter_clockwise_shells_without_holes()
    {
        var polygons = GeometryGenerators.Polygons().Sample(Samples);

        Assert.All(polygons, p =>
        {
            Assert.True(p.IsValid, p.AsText());
            Assert.Equal(0, p.NumInteriorRings);
            Assert.True(Orientation.IsCCW(p.Shell.CoordinateSequence), p.AsText());
        });
        Assert.Contains(polygons, p => p.Shell.NumPoints > 8);
    }

    [Fact]
    public void Malformed_trace_geometries_cover_every_kind_of_refusal()
    {
        var malformed = GeometryGenerators.MalformedTraceGeometries().Sample(Samples);

        Assert.Contains(malformed, m => m.Geometry is null && m.ExpectedException == typeof(ArgumentNullException));
        Assert.Contains(malformed, m => m.Geometry is Point);
        Assert.Contains(malformed, m => m.Geometry is Polygon);
        Assert.Contains(malformed, m => m.Geometry is LineString { IsEmpty: true });
        Assert.Contains(malformed, m => m.Geometry is MultiLineString { IsEmpty: true });
        Assert.Contains(malformed, m => m.Geometry is { IsEmpty: false } g && g.Coordinates.Any(c => double.IsNaN(c.X) || double.IsNaN(c.Y)));
        Assert.Contains(malformed, m => m.Geometry is { IsEmpty: false } g && g.Coordinates.Any(c => double.IsFinite(c.Y) && Math.Abs(c.Y) > 90));
        Assert.Contains(malformed, m => m.Geometry is { IsEmpty: false } g && g.Coordinates.Any(c => double.IsFinite(c.X) && Math.Abs(c.X) > 180));
    }
}
