using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using NetTopologySuite.Geometries;
using Xunit;
using static Coordination.Domain.Geo.Tests.Shapes;

namespace Coordination.Domain.Geo.Tests;

public sealed class LineTraceTests
{
    private static readonly CoordinationLineId Kcl = CoordinationLineId.Parse("kcl");

    [Theory]
    [InlineData("polygon", "not a Polygon")]
    [InlineData("point", "not a Point")]
    [InlineData("empty line", "empty LineString")]
    [InlineData("empty lines", "empty MultiLineString")]
    [InlineData("longitude 190", "(190, 36)")]
    [InlineData("latitude 91", "(45, 91)")]
    public void A_trace_that_is_not_a_line_on_the_globe_is_refused_when_made(string kind, string named)
    {
        Geometry geometry = kind switch
        {
            "polygon" => Factory.CreatePolygon([new(44, 35), new(45, 35), new(45, 36), new(44, 35)]),
            "point" => Factory.CreatePoint(new Coordinate(44, 35)),
            "empty line" => Factory.CreateLineString(),
            "empty lines" => Factory.CreateMultiLineString(),
            "longitude 190" => Factory.CreateLineString([new(44, 35), new(190, 36)]),
            _ => Factory.CreateLineString([new(44, 35), new(45, 91)]),
        };

        var error = Assert.Throws<ArgumentException>(() => new LineTrace { Line = Kcl, Geometry = geometry });

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void A_trace_with_a_NaN_or_null_geometry_is_refused_when_made()
    {
        var nan = Factory.CreateLineString([new Coordinate(44, 35), new Coordinate(double.NaN, 36)]);

        Assert.Contains("(NaN, 36)", Assert.Throws<ArgumentException>(() => new LineTrace { Line = Kcl, Geometry = nan }).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new LineTrace { Line = Kcl, Geometry = null! });
    }

    [Fact]
    public void The_inferred_KCL_is_marked_inferred_with_its_reasoning_and_the_catalog_s_sources()
    {
        var trace = LineTrace.InferredKcl;
        var reference = ReferenceCatalog.Load();

        Assert.Equal(Kcl, trace.Line);
        Assert.True(trace.IsInferred);
        Assert.Contains("October 2017", trace.Inference!.Reasoning, StringComparison.Ordinal);
        Assert.Contains("Duhok, Erbil and Sulaymaniyah", trace.Inference.Reasoning, StringComparison.Ordinal);
        Assert.Contains("Ninewa, Kirkuk, Salah al-Din and Diyala", trace.Inference.Reasoning, StringComparison.Ordinal);
        Assert.NotEmpty(trace.Inference.From);
        Assert.All(trace.Inference.From, s => Assert.NotNull(reference.FindSource(s)));
        Assert.Equal(trace.Inference.From, trace.Sources);
        Assert.Contains(SourceId.Parse("rojinfo-2003-lines"), trace.Sources);
        Assert.NotNull(reference.FindLine(Kcl));
        Assert.Same(trace, LineTrace.InferredKcl);
    }

    [Fact]
    public void The_withdrawal_the_reasoning_rests_on_is_what_the_catalog_records_for_October_2017()
    {
        var retaken = ReferenceCatalog.Load().Incidents.Single(i => i.Id.Value == "disputed-areas-retaken-2017-10");

        Assert.Empty(LineTrace.InferredKcl.Sources.Except(retaken.Sources));
    }

    [Fact]
    public void The_inferred_KCL_is_one_valid_line_of_about_990_km_on_the_Kurdistan_Region_s_boundary()
    {
        var trace = LineTrace.InferredKcl;
        var iraq = TerritoryGeometry.IraqGovernorates;
        var region = iraq.ShapeOf(TerritoryId.Parse("duhok"))!.Union(iraq.ShapeOf(TerritoryId.Parse("erbil"))).Union(iraq.ShapeOf(TerritoryId.Parse("sulaymaniyah")));

        Assert.IsType<LineString>(trace.Geometry);
        Assert.True(trace.Geometry.IsValid);
        Assert.Equal(4326, trace.Geometry.SRID);
        Assert.InRange(trace.LengthKm, 950, 1050);
        Assert.All(trace.Geometry.Coordinates, c => Assert.True(region.Boundary.Distance(Factory.CreatePoint(c)) < 1e-9, $"{c} is off the boundary"));
        Assert.All(trace.Geometry.Coordinates, c => Assert.InRange(c.X, 41, 47)); // longitude first: Iraq's longitudes, not its latitudes
    }

    [Fact]
    public void A_trace_from_points_keeps_the_line_s_order_sources_and_inference()
    {
        var inference = new Inference { Reasoning = "r", From = [SourceId.Parse("s")] };
        var line = LineWith([new GeoPoint(35, 44), new GeoPoint(36, 45), new GeoPoint(36.5, 45.5)]) with { Sources = [SourceId.Parse("s")], Inference = inference };

        var trace = LineTrace.FromPoints(line)!;

        Assert.Equal(line.Id, trace.Line);
        Assert.Equal([44.0, 45.0, 45.5], trace.Geometry.Coordinates.Select(c => c.X));
        Assert.Equal([35.0, 36.0, 36.5], trace.Geometry.Coordinates.Select(c => c.Y));
        Assert.Equal(line.Sources, trace.Sources);
        Assert.Equal(inference, trace.Inference);
        Assert.Equal(line.LengthInMetres / 1000, trace.LengthKm, 1e-9);
    }

    [Fact]
    public void A_line_with_fewer_than_two_points_has_no_trace_from_points()
    {
        Assert.Null(LineTrace.FromPoints(LineWith([])));
        Assert.Null(LineTrace.FromPoints(LineWith([new GeoPoint(35, 44)])));
        Assert.Equal(2, LineTrace.FromPoints(LineWith([new GeoPoint(35, 44), new GeoPoint(36, 45)]))!.Geometry.NumPoints);
        Assert.Throws<ArgumentNullException>(() => LineTrace.FromPoints(null!));
        Assert.Null(LineTrace.FromPoints(ReferenceCatalog.Load().FindLine(Kcl)!)); // the sources give no trace
    }

    [Fact]
    public void Traces_are_equal_when_their_geometry_is_equal_vertex_by_vertex()
    {
        var a = new LineTrace { Line = Kcl, Geometry = Line((44, 35), (45, 36)), Sources = [SourceId.Parse("s")] };
        var b = new LineTrace { Line = Kcl, Geometry = Line((44, 35), (45, 36)), Sources = ImmutableArray.Create(SourceId.Parse("s")) };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Geometry = Line((44, 35), (45, 36.000001)) });
        Assert.NotEqual(a, b with { Geometry = Line((45, 36), (44, 35)) }); // reversed
        Assert.NotEqual(a, b with { Sources = [] });
        Assert.NotEqual(a, b with { Inference = new Inference { Reasoning = "r" } });
        Assert.NotEqual(a, b with { Line = CoordinationLineId.Parse("other") });
        Assert.False(a.Equals(null));
        Assert.True(new LineTrace { Line = Kcl, Geometry = Line((44, 35), (45, 36)), Sources = default }.Sources.IsEmpty);
    }

    internal static CoordinationLine LineWith(ImmutableArray<GeoPoint> points) => new()
    {
        Id = CoordinationLineId.Parse("test-line"),
        Names = new Names.NameSet(new Names.Name("Test line")),
        SideA = ActorId.Parse("peshmerga"),
        SideB = ActorId.Parse("isf"),
        Points = points,
    };
}
