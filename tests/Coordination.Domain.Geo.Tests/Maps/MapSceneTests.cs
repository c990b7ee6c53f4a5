using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geo.Maps;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using Coordinate = NetTopologySuite.Geometries.Coordinate;
using Envelope = NetTopologySuite.Geometries.Envelope;
using NodaTime;
using Xunit;
using static Coordination.Domain.Geo.Tests.Maps.MapWorld;

namespace Coordination.Domain.Geo.Tests.Maps;

/// <summary>What the scene puts on the map before any SVG is written: names, places of mechanisms, incidents, disputes, sources and the extent.</summary>
public sealed class MapSceneTests
{
    private static MapScene Scene(CoordinationCatalog catalog, ImmutableArray<LineCoverage>? coverage = null, SituationMapOptions? options = null) =>
        MapScene.Build(catalog, Geometry, Date, coverage ?? Coverage(), options ?? SituationMapOptions.Default);

    private static CoordinationMechanism Mechanism(string id, TerritoryId? site = null, AreaOfResponsibility? area = null) => new CoordinationMechanism
    {
        Id = MechanismId.Parse(id),
        Kind = MechanismKind.JointCoordinationCentre,
        Names = NameSet.Of(id),
        Site = site,
        Area = area ?? AreaOfResponsibility.None,
    }.WithStatus(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2021, 1, 1)), SourceId.Parse($"{id}-source"));

    private static StretchCoverage Stretch(string key, double from, double to, params string[] mechanisms) => new()
    {
        Stretch = new TraceStretch
        {
            Key = key,
            Line = Trace.Line,
            Territory = Id("west"),
            Mechanisms = [.. mechanisms.Select(MechanismId.Parse)],
            Geometry = Factory.CreateLineString([new Coordinate(from, 35.5), new Coordinate(to, 35.5)]),
            LengthKm = (to - from) * 90.6,
        },
    };

    private static ImmutableArray<LineCoverage> CoverageOf(params StretchCoverage[] stretches) =>
        [new LineCoverage { Line = Trace.Line, Date = Date, Trace = Trace, Stretches = [.. stretches] }];

    [Fact]
    public void A_territory_is_named_by_its_primary_name_else_by_its_id_in_words()
    {
        var scene = Scene(WorldCatalog());
        Assert.Equal("Post", scene.NameOf(Id("post")));
        Assert.Equal("Salah Al Din", scene.NameOf(Id("salah-al-din")));
        Assert.Equal("Kirkuk", scene.NameOf(Id("kirkuk")));
        Assert.Equal("The line", scene.LineName(Trace.Line));
        Assert.Equal("other", scene.LineName(CoordinationLineId.Parse("other")));
    }

    [Fact]
    public void A_mechanism_is_drawn_at_its_site_else_the_region_of_its_site()
    {
        var catalog = WorldCatalog()
            .With(new Territory { Id = Id("camp"), Kind = TerritoryKind.Town, Names = NameSet.Of("Camp"), Parent = Id("west") })
            .With(Mechanism("m-camp", site: Id("camp")));
        var scene = Scene(catalog);
        var west = scene.Mechanisms.Single(m => m.Mechanism.Id.ToString() == "m-west");
        Assert.Equal(("site", "post", 44.4, 35.7), (west.Placement, west.PlacedBy, west.At.X, west.At.Y));
        var camp = scene.Mechanisms.Single(m => m.Mechanism.Id.ToString() == "m-camp");
        Assert.Equal(("site-region", "west"), (camp.Placement, camp.PlacedBy));
        Assert.True(Squares.ShapeOf(Id("west"))!.Contains(Factory.CreatePoint(camp.At)));
    }

    [Fact]
    public void A_mechanism_without_a_site_is_drawn_at_the_middle_of_its_longest_stretch()
    {
        var catalog = WorldCatalog().With(Mechanism("m-line"));
        var scene = Scene(catalog, CoverageOf(Stretch("short", 44.2, 44.4, "m-line"), Stretch("long", 44.5, 45.3, "m-line"), Stretch("longer-other", 44.0, 45.9, "m-west")));
        var mark = scene.Mechanisms.Single(m => m.Mechanism.Id.ToString() == "m-line");
        Assert.Equal(("stretch", "long"), (mark.Placement, mark.PlacedBy));
        Assert.Equal(44.9, mark.At.X, 9);
        Assert.Equal(35.5, mark.At.Y, 9);
    }

    [Fact]
    public void Stretches_of_one_length_are_taken_in_the_order_of_their_keys()
    {
        var catalog = WorldCatalog().With(Mechanism("m-line"));
        var scene = Scene(catalog, CoverageOf(Stretch("b", 44.2, 44.6, "m-line"), Stretch("a", 45.0, 45.4, "m-line")));
        Assert.Equal("a", scene.Mechanisms.Single(m => m.Mechanism.Id.ToString() == "m-line").PlacedBy);
    }

    [Fact]
    public void An_empty_stretch_does_not_place_a_mechanism()
    {
        var empty = new StretchCoverage
        {
            Stretch = Stretch("empty", 44.2, 44.6, "m-line").Stretch with { Geometry = Factory.CreateLineString() },
        };
        var scene = Scene(WorldCatalog().With(Mechanism("m-line")), CoverageOf(empty));
        Assert.Equal([MechanismId.Parse("m-line")], scene.MechanismsNotDrawn);
    }

    [Fact]
    public void A_mechanism_with_neither_site_nor_stretch_is_drawn_in_its_area_else_listed_as_not_drawn()
    {
        var catalog = WorldCatalog()
            .With(Mechanism("m-area", area: new AreaOfResponsibility { Territories = [Id("east")] }))
            .With(Mechanism("m-nowhere"));
        var scene = Scene(catalog);
        var area = scene.Mechanisms.Single(m => m.Mechanism.Id.ToString() == "m-area");
        Assert.Equal(("area", "east"), (area.Placement, area.PlacedBy));
        Assert.Equal([MechanismId.Parse("m-nowhere")], scene.MechanismsNotDrawn);
        var east = scene.Mechanisms.Single(m => m.Mechanism.Id.ToString() == "m-east");
        Assert.Equal(("area", "hill", MechanismStatus.Proposed), (east.Placement, east.PlacedBy, east.Status));
    }

    [Fact]
    public void A_territory_whose_parents_loop_is_not_walked_for_ever()
    {
        var catalog = WorldCatalog()
            .With(new Territory { Id = Id("loop-a"), Kind = TerritoryKind.Town, Names = NameSet.Of("A"), Parent = Id("loop-b") })
            .With(new Territory { Id = Id("loop-b"), Kind = TerritoryKind.Town, Names = NameSet.Of("B"), Parent = Id("loop-a") })
            .With(Mechanism("m-loop", site: Id("loop-a")));
        Assert.Equal([MechanismId.Parse("m-loop")], Scene(catalog).MechanismsNotDrawn);
    }

    [Fact]
    public void Incidents_of_the_date_are_drawn_and_later_ones_are_not()
    {
        var scene = Scene(WorldCatalog(
            Incident("on-the-day", At(35.2, 44.3), killed: 1, date: Date),
            Incident("next-day", At(35.2, 44.3), killed: 1, date: Date.PlusDays(1))));
        Assert.Equal(["on-the-day"], scene.Incidents.Select(i => i.Incident.Id.ToString()));
        Assert.Empty(scene.IncidentsNotDrawn);
    }

    [Fact]
    public void Incidents_before_the_first_day_asked_for_are_left_out()
    {
        var from = Date.PlusDays(-10);
        var scene = Scene(
            WorldCatalog(Incident("on-from", At(35.2, 44.3), date: from), Incident("before", At(35.2, 44.3), date: from.PlusDays(-1))),
            options: new SituationMapOptions { IncidentsFrom = from });
        Assert.Equal(["on-from"], scene.Incidents.Select(i => i.Incident.Id.ToString()));
    }

    [Fact]
    public void Incidents_are_drawn_largest_first_then_by_id_so_that_small_circles_lie_on_top()
    {
        var scene = Scene(WorldCatalog(
            Incident("b-small", At(35.2, 44.3), killed: 1),
            Incident("a-unknown", At(35.2, 44.3)),
            Incident("c-large", At(35.2, 44.3), killed: 9),
            Incident("a-small", At(35.2, 44.3), killed: 1),
            Incident("z-none", At(35.2, 44.3), killed: 0)));
        Assert.Equal(["c-large", "a-small", "b-small", "a-unknown", "z-none"], scene.Incidents.Select(i => i.Incident.Id.ToString()));
    }

    [Fact]
    public void A_disputed_point_inside_a_hatched_shape_is_neither_drawn_again_nor_listed()
    {
        var scene = Scene(WorldCatalog());
        Assert.Equal(["east", "hill"], scene.Disputed.Select(d => d.Dispute.Territory.ToString()).Order(System.StringComparer.Ordinal));
        Assert.NotNull(scene.Disputed.Single(d => d.Dispute.Territory.ToString() == "east").Shape);
        Assert.Equal(new Coordinate(45.6, 34.8), scene.Disputed.Single(d => d.Dispute.Territory.ToString() == "hill").Point);
        Assert.Empty(scene.DisputedNotDrawn);
    }

    [Fact]
    public void A_disputed_territory_with_neither_shape_nor_point_is_listed_as_not_drawn()
    {
        var catalog = WorldCatalog().With(new Territory { Id = Id("somewhere"), Kind = TerritoryKind.District, Names = NameSet.Of("Somewhere"), Parent = Id("east") });
        Assert.Equal([Id("somewhere")], Scene(catalog).DisputedNotDrawn);
    }

    [Fact]
    public void The_sources_are_those_of_what_is_drawn_in_id_order()
    {
        var scene = Scene(WorldCatalog(Incident("drawn", At(35.2, 44.3)), Incident("later", At(35.2, 44.3), date: Date.PlusDays(1))));
        Assert.Equal(["claim-source", "drawn-source", "operational-source"], scene.Sources.Select(s => s.ToString()));
    }

    [Fact]
    public void The_extent_takes_in_the_story_padded_by_eight_percent_of_its_larger_side()
    {
        var scene = Scene(WorldCatalog(Incident("far", At(33.0, 40.0))));
        var story = new Envelope(40.0, 46.0, 33.0, 36.0);
        var pad = 0.08 * 6;
        Assert.Equal(new Envelope(story.MinX - pad, story.MaxX + pad, story.MinY - pad, story.MaxY + pad), scene.Extent);
    }

    [Fact]
    public void A_small_story_is_padded_by_a_quarter_degree_and_drawn_at_least_two_degrees_across()
    {
        var catalog = new CoordinationCatalog { Incidents = [Incident("alone", At(35.0, 44.0))] };
        var scene = MapScene.Build(catalog, Geometry, Date, [], SituationMapOptions.Default);
        Assert.Equal(new Envelope(43.0, 45.0, 34.0, 36.0), scene.Extent);
    }

    [Fact]
    public void A_wide_flat_story_is_made_two_degrees_high_but_no_wider()
    {
        var catalog = new CoordinationCatalog { Incidents = [Incident("west", At(35.5, 44.1)), Incident("east", At(35.5, 45.9))] };
        var scene = MapScene.Build(catalog, Geometry, Date, [], SituationMapOptions.Default);
        Assert.Equal(new Envelope(43.85, 46.15, 34.5, 36.5), scene.Extent);
    }

    [Fact]
    public void With_nothing_to_tell_the_extent_is_the_shapes_else_iraq()
    {
        var empty = new CoordinationCatalog();
        var shapes = MapScene.Build(empty, Geometry, Date, [], SituationMapOptions.Default);
        Assert.Equal(new Envelope(43.75, 46.25, 34.5, 36.5), shapes.Extent);
        var none = MapScene.Build(empty, new CatalogGeometry(TerritoryGeometry.Create([], "none"), []), Date, [], SituationMapOptions.Default);
        Assert.Equal(MapScene.IraqExtent, none.Extent);
        Assert.NotSame(MapScene.IraqExtent, none.Extent);
    }
}
