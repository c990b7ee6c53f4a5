using System;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Reference;
using Coordination.Domain.Territories;
using Xunit;
using static Coordination.Domain.Geo.Tests.Analysis.GeoWorld;

namespace Coordination.Domain.Geo.Tests.Analysis;

public sealed class CoverageAnalysisTests
{
    private static readonly MechanismId Kirkuk = MechanismId.Parse("jcc-kirkuk");
    private static readonly MechanismId Diyala = MechanismId.Parse("jcc-diyala");

    [Fact]
    public void A_mechanism_within_one_square_covers_the_half_of_the_line_inside_it_once_operational()
    {
        var catalog = World([Mechanism("m-west", Within("west"), (MechanismStatus.Agreed, "2021-01-01"), (MechanismStatus.Operational, "2021-02-01"))]);

        var before = Assert.Single(catalog.CoverageOn(Geometry(), Date("2021-01-31")));
        var after = Assert.Single(catalog.CoverageOn(Geometry(), Date("2021-02-01")));

        Assert.Equal(["l/west/1", "l/east/1"], before.Stretches.Select(s => s.Stretch.Key));
        Assert.Equal([[MechanismId.Parse("m-west")], []], before.Stretches.Select(s => s.Stretch.Mechanisms.ToArray()));
        Assert.All(before.Stretches, s => Assert.False(s.IsCovered));
        Assert.Equal([true, false], after.Stretches.Select(s => s.IsCovered));
        Assert.Equal(before.LengthKm / 2, after.CoveredKm, 6);
        Assert.Equal(after.LengthKm, after.CoveredKm + after.OpenKm, 6);
        Assert.Equal(0, before.CoveredKm);
        Assert.InRange(after.LengthKm, 181, 182); // two degrees of longitude at 35.5°N: about 181.2 km
    }

    [Fact]
    public void A_stretch_without_a_territory_covers_the_whole_line()
    {
        var catalog = World([Mechanism("m-all", Within((string?)null), (MechanismStatus.Operational, "2020-01-01"))]);

        var coverage = Assert.Single(catalog.CoverageOn(Geometry(), Date("2020-06-01")));

        Assert.All(coverage.Stretches, s => Assert.Equal([MechanismId.Parse("m-all")], s.CoveredBy));
        Assert.Equal(coverage.LengthKm, coverage.CoveredKm, 6);
        Assert.Equal(0, coverage.OpenKm);
    }

    [Fact]
    public void A_territory_known_by_its_point_stands_for_a_disk_of_the_point_radius()
    {
        var town = Territory("town", TerritoryKind.Town, parent: "west", point: new GeoPoint(35.5, 40.5));
        var catalog = World([Mechanism("m-town", Within("town"), (MechanismStatus.Operational, "2020-01-01"))], extra: [town]);

        var coverage = Assert.Single(catalog.CoverageOn(Geometry(), Date("2020-06-01")));
        var narrow = Assert.Single(catalog.CoverageOn(Geometry(), Date("2020-06-01"), new GapOptions { PointRadiusKm = 5 }));

        Assert.Equal(["l/west/1", "l/west/2", "l/west/3", "l/east/1"], coverage.Stretches.Select(s => s.Stretch.Key));
        Assert.Equal(50, coverage.CoveredKm, 0.1); // a chord through the centre of a 25 km disk: 50 km
        Assert.Equal(10, narrow.CoveredKm, 0.1);
        Assert.Equal(TerritoryId.Parse("west"), coverage.Stretches[1].Stretch.Territory);
    }

    [Fact]
    public void A_region_is_the_union_of_its_parts_and_parts_with_nothing_on_the_map_are_listed()
    {
        var territories = new[]
        {
            Territory("disputed", TerritoryKind.InformalRegion),
            Territory("east-district", TerritoryKind.District, parent: "east", memberOf: "disputed"),
            Territory("far-town", TerritoryKind.Town, point: new GeoPoint(35.5, 41.5), memberOf: "disputed"),
            Territory("ghost", TerritoryKind.Town),
        };
        var catalog = World(
            [Mechanism("m-disputed", Over("disputed"), (MechanismStatus.Operational, "2020-01-01")), Mechanism("m-ghost", Within("ghost"), (MechanismStatus.Operational, "2020-01-01"))],
            extra: [.. territories]);

        var coverage = Assert.Single(catalog.CoverageOn(Geometry(), Date("2020-06-01")));

        Assert.Equal([TerritoryId.Parse("east-district"), TerritoryId.Parse("ghost")], coverage.UnmappedTerritories);
        Assert.Equal(50, coverage.CoveredKm, 0.1);
        Assert.Equal([MechanismId.Parse("m-disputed")], coverage.Stretches.Single(s => s.IsCovered).CoveredBy);
    }

    [Fact]
    public void Stretches_run_in_order_along_the_trace_and_join_end_to_end()
    {
        var catalog = World([Mechanism("m-west", Within("west"))]);
        var reversed = Factory.CreateLineString([new(42, 35.5), new(40, 35.5)]);

        var coverage = Assert.Single(catalog.CoverageOn(Geometry(reversed), Date("2020-06-01")));

        Assert.Equal(["l/east/1", "l/west/1"], coverage.Stretches.Select(s => s.Stretch.Key));
        Assert.True(coverage.Stretches[0].Stretch.Geometry.Coordinates[^1].Equals2D(coverage.Stretches[1].Stretch.Geometry.Coordinates[0]));
    }

    [Fact]
    public void A_line_that_leaves_every_shape_has_stretches_outside_them()
    {
        var catalog = World([]);
        var longer = Factory.CreateLineString([new(39, 35.5), new(42, 35.5)]);

        var coverage = Assert.Single(catalog.CoverageOn(Geometry(longer), Date("2020-06-01")));

        Assert.Equal(["l/-/1", "l/west/1", "l/east/1"], coverage.Stretches.Select(s => s.Stretch.Key));
        Assert.Null(coverage.Stretches[0].Stretch.Territory);
    }

    [Fact]
    public void Lines_without_a_trace_are_left_out()
    {
        var catalog = World([]);
        var geometry = new CatalogGeometry(TerritoryGeometry.Create([], null), []);

        Assert.Empty(catalog.CoverageOn(geometry, Date("2020-06-01")));
        Assert.Empty(CoordinationCatalog.Empty.CoverageOn(CatalogGeometry.Reference, Date("2020-06-01")));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => ((CoordinationCatalog)null!).CoverageOn(CatalogGeometry.Reference, Date("2020-06-01")));
        Assert.Throws<ArgumentNullException>(() => CoordinationCatalog.Empty.CoverageOn(null!, Date("2020-06-01")));
        Assert.Throws<ArgumentNullException>(() => CoordinationCatalog.Empty.CoverageOn(CatalogGeometry.Reference, Date("2020-06-01"), null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinationCatalog.Empty.CoverageOn(CatalogGeometry.Reference, Date("2020-06-01"), new GapOptions { PointRadiusKm = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinationCatalog.Empty.CoverageOn(CatalogGeometry.Reference, Date("2020-06-01"), new GapOptions { PointRadiusKm = 0 }));
    }

    [Fact]
    public void On_the_reference_catalog_the_kirkuk_and_diyala_rooms_cover_their_governorates_stretches_once_at_work()
    {
        var catalog = ReferenceCatalog.Load();

        var before = Assert.Single(catalog.CoverageOn(CatalogGeometry.Reference, Date("2021-05-18")));
        var june = Assert.Single(catalog.CoverageOn(CatalogGeometry.Reference, Date("2021-06-01")));

        Assert.Equal(CoordinationLineId.Parse("kcl"), june.Line);
        Assert.True(june.Trace.IsInferred);
        Assert.Equal(0, before.CoveredKm);
        Assert.Equal(june.LengthKm, june.CoveredKm + june.OpenKm, 6);
        Assert.All(june.Stretches.Where(s => s.Stretch.Mechanisms.Contains(Kirkuk)), s => Assert.Contains(Kirkuk, s.CoveredBy));
        Assert.All(june.Stretches.Where(s => s.Stretch.Mechanisms.Contains(Diyala)), s => Assert.Contains(Diyala, s.CoveredBy));
        Assert.Contains(june.Stretches, s => s.Stretch.Key == "kcl/kirkuk/1" && s.Stretch.Mechanisms.Contains(Kirkuk));
        Assert.Contains(june.Stretches, s => !s.IsCovered); // the Salah al-Din stretches have no room
        Assert.Equal(june.Stretches.Length, june.Stretches.Select(s => s.Stretch.Key).Distinct().Count());
        Assert.Equal(before.Stretches.Select(s => s.Stretch), june.Stretches.Select(s => s.Stretch)); // stretches hold on every date
        Assert.Contains(TerritoryId.Parse("kirkuk-district"), june.UnmappedTerritories);
    }

    [Fact]
    public void The_numbers_in_docs_analysis_md_are_what_the_code_gives()
    {
        var catalog = ReferenceCatalog.Load();
        var kcl = catalog.CoverageOn(CatalogGeometry.Reference, Date("2021-06-01")).Single();
        var gaps = catalog.GapsOn(CatalogGeometry.Reference, Date("2021-12-31"));

        Assert.Equal("910 of 993 km covered", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kcl.CoveredKm:0} of {kcl.LengthKm:0} km covered"));
        Assert.Equal(2, gaps.InOpenStretches);
    }

    private static CatalogGeometry GeometryOf(NetTopologySuite.Geometries.Geometry trace, params (string Territory, NetTopologySuite.Geometries.Polygon Shape)[] shapes) => new(
        TerritoryGeometry.Create([.. shapes.Select(s => new TerritoryShape(TerritoryId.Parse(s.Territory), s.Shape))], "hand-made squares"),
        [new LineTrace { Line = Line, Geometry = trace }]);

    [Fact]
    public void A_trace_in_several_parts_has_the_stretches_of_each_part()
    {
        var parts = Factory.CreateMultiLineString(
        [
            Factory.CreateLineString([new(40, 35.5), new(40.8, 35.5)]),
            Factory.CreateLineString([new(41.2, 35.5), new(42, 35.5)]),
        ]);
        var geometry = GeometryOf(parts, ("west", Square(40, 35, 41, 36)), ("east", Square(41, 35, 42, 36)));

        var coverage = Assert.Single(World([]).CoverageOn(geometry, Date("2020-06-01")));

        Assert.Equal(["l/west/1", "l/east/1"], coverage.Stretches.Select(s => s.Stretch.Key));
        Assert.Equal(coverage.Stretches[0].Stretch.LengthKm, coverage.Stretches[1].Stretch.LengthKm, 6);
    }

    [Fact]
    public void A_repeated_point_in_the_trace_changes_nothing()
    {
        var plain = Assert.Single(World([]).CoverageOn(Geometry(), Date("2020-06-01")));
        var repeated = Assert.Single(World([]).CoverageOn(Geometry(Factory.CreateLineString([new(40, 35.5), new(40, 35.5), new(42, 35.5), new(42, 35.5)])), Date("2020-06-01")));

        Assert.Equal(plain.Stretches.Select(s => (s.Stretch.Key, s.Stretch.LengthKm)), repeated.Stretches.Select(s => (s.Stretch.Key, s.Stretch.LengthKm)));
    }

    [Fact]
    public void Of_two_shapes_of_one_area_the_stretch_goes_to_the_territory_first_in_id_order()
    {
        var line = Factory.CreateLineString([new(40, 35.5), new(41, 35.5)]);
        var geometry = GeometryOf(line, ("beta", Square(40, 35, 41, 36)), ("alpha", Square(40, 35, 41, 36)));
        var catalog = World([], extra: [Territory("alpha"), Territory("beta")]);

        var coverage = Assert.Single(catalog.CoverageOn(geometry, Date("2020-06-01")));

        Assert.Equal(["l/alpha/1"], coverage.Stretches.Select(s => s.Stretch.Key));
    }

    [Fact]
    public void Of_two_shapes_the_smaller_holds_the_stretch()
    {
        var line = Factory.CreateLineString([new(40.2, 35.5), new(40.8, 35.5)]);
        var geometry = GeometryOf(line, ("alpha", Square(39, 34, 42, 37)), ("beta", Square(40, 35, 41, 36)));
        var catalog = World([], extra: [Territory("alpha"), Territory("beta")]);

        Assert.Equal(["l/beta/1"], Assert.Single(catalog.CoverageOn(geometry, Date("2020-06-01"))).Stretches.Select(s => s.Stretch.Key));
    }

    [Fact]
    public void The_locator_refuses_a_null_stretch_and_a_distance_that_is_not_a_finite_positive_number()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new StretchLocator([null!]));
        Assert.Equal("stretches", error.ParamName);
        Assert.StartsWith("A stretch, or its geometry, is null.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new StretchLocator(null!));
        var locator = new StretchLocator([]);
        foreach (var bad in new[] { -0.001, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var range = Assert.Throws<ArgumentOutOfRangeException>(() => locator.TryFindNearest(new GeoPoint(35.5, 40.5), bad, out _, out _));
            Assert.Equal("withinKm", range.ParamName);
            Assert.StartsWith("The distance must be finite and at least 0 km.", range.Message, StringComparison.Ordinal);
        }

        Assert.False(locator.TryFindNearest(new GeoPoint(35.5, 40.5), 0, out var none, out var distance));
        Assert.Null(none);
        Assert.Equal(double.PositiveInfinity, distance);
    }

    [Fact]
    public void Of_two_stretches_at_one_distance_the_locator_takes_the_one_given_first()
    {
        var stretches = Assert.Single(World([]).CoverageOn(Geometry(), Date("2020-06-01"))).Stretches.Select(s => s.Stretch).ToList();
        var twin = stretches[0] with { Key = "l/twin/1" };

        Assert.True(new StretchLocator([twin, stretches[0]]).TryFindNearest(new GeoPoint(35.6, 40.5), 50, out var first, out var dd));
        Assert.Equal("l/twin/1", first.Key);
        Assert.True(new StretchLocator([stretches[0], twin]).TryFindNearest(new GeoPoint(35.6, 40.5), 50, out var second, out var km));
        Assert.Equal(stretches[0].Key, second.Key);
        Assert.Equal(11.1, km, 0.2);
        // The trace's segments are great-circle arcs, north of the parallel by about 0.1 km: a point on the parallel is that far.
        Assert.False(new StretchLocator([stretches[0]]).TryFindNearest(new GeoPoint(35.5, 40.5), 0, out _, out _));
        Assert.True(new StretchLocator([stretches[0]]).TryFindNearest(new GeoPoint(35.5, 40.5), 0.2, out _, out var near));
        Assert.InRange(near, 0.05, 0.2);
    }
}
