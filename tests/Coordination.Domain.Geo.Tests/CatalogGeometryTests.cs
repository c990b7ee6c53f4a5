using System;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using Xunit;
using static Coordination.Domain.Geo.Tests.Shapes;

namespace Coordination.Domain.Geo.Tests;

public sealed class CatalogGeometryTests
{
    private static readonly CoordinationLineId Kcl = CoordinationLineId.Parse("kcl");

    [Fact]
    public void The_reference_geometry_holds_the_governorates_and_the_inferred_KCL()
    {
        var reference = CatalogGeometry.Reference;

        Assert.Same(TerritoryGeometry.IraqGovernorates, reference.Territories);
        Assert.Equal([LineTrace.InferredKcl], reference.Traces);
        Assert.Same(reference, CatalogGeometry.Reference);
    }

    [Fact]
    public void The_reference_catalog_s_KCL_is_traced_by_the_inference_as_it_has_no_points()
    {
        var line = ReferenceCatalog.Load().FindLine(Kcl)!;

        Assert.Same(LineTrace.InferredKcl, CatalogGeometry.Reference.TraceOf(line));
    }

    [Fact]
    public void Reported_points_replace_an_inferred_trace_but_not_a_stated_one()
    {
        var line = LineTraceTests.LineWith([new GeoPoint(35, 44), new GeoPoint(36, 45)]);
        var inferred = new LineTrace { Line = line.Id, Geometry = Line((40, 30), (41, 31)), Inference = new Inference { Reasoning = "a guess", From = [SourceId.Parse("s")] } };
        var stated = inferred with { Inference = null };
        var territories = TerritoryGeometry.Create([], null);

        Assert.Equal(LineTrace.FromPoints(line), new CatalogGeometry(territories, [inferred]).TraceOf(line));
        Assert.Same(stated, new CatalogGeometry(territories, [stated]).TraceOf(line));
        Assert.Same(inferred, new CatalogGeometry(territories, [inferred]).TraceOf(line with { Points = [] }));
        Assert.Equal(LineTrace.FromPoints(line), new CatalogGeometry(territories, []).TraceOf(line));
        Assert.Null(new CatalogGeometry(territories, []).TraceOf(line with { Points = [] }));
    }

    [Fact]
    public void A_user_s_trace_replaces_the_inferred_one()
    {
        var mine = new LineTrace { Line = Kcl, Geometry = Line((44, 35), (45, 36)), Sources = [SourceId.Parse("my-survey")] };
        var other = new LineTrace { Line = CoordinationLineId.Parse("another"), Geometry = Line((40, 30), (41, 31)) };

        var geometry = CatalogGeometry.Reference.WithTrace(other).WithTrace(mine);

        Assert.Equal([other, mine], geometry.Traces); // in line order: "another" before "kcl"
        Assert.Same(mine, geometry.TraceOf(ReferenceCatalog.Load().FindLine(Kcl)!));
        Assert.Same(CatalogGeometry.Reference.Territories, geometry.Territories);
        Assert.Equal([LineTrace.InferredKcl], CatalogGeometry.Reference.Traces); // unchanged
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var territories = TerritoryGeometry.Create([], null);
        var trace = new LineTrace { Line = Kcl, Geometry = Line((44, 35), (45, 36)) };

        Assert.Throws<ArgumentNullException>(() => new CatalogGeometry(null!, []));
        Assert.Throws<ArgumentNullException>(() => new CatalogGeometry(territories, null!));
        Assert.StartsWith("A trace is null.", Assert.Throws<ArgumentNullException>(() => new CatalogGeometry(territories, [null!])).Message, StringComparison.Ordinal);
        Assert.Contains("'kcl' has a second trace", Assert.Throws<ArgumentException>(() => new CatalogGeometry(territories, [trace, trace])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CatalogGeometry.Reference.WithTrace(null!));
        Assert.Throws<ArgumentNullException>(() => CatalogGeometry.Reference.TraceOf(null!));
    }
}
