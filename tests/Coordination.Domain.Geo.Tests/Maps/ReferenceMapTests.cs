using System;
using System.Linq;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geo.Maps;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Reference;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Geo.Tests.Maps;

/// <summary>The reference catalog on the embedded geometry, end to end.</summary>
public sealed class ReferenceMapTests
{
    private static readonly LocalDate Telling = new(2022, 12, 31);

    private static SvgReading Draw(LocalDate date) => new(SituationMap.Render(ReferenceCatalog.Load(), CatalogGeometry.Reference, date));

    [Fact]
    public void Each_incident_mark_lies_inside_the_governorate_it_is_assigned_to()
    {
        var map = Draw(Telling);
        var marks = map.Marks("data-incident").ToList();
        Assert.True(marks.Count >= 5, $"only {marks.Count} incidents drawn");
        foreach (var mark in marks)
        {
            var territory = mark.Attribute("data-territory")!.Value;
            var (x, y) = SvgReading.Centre(mark);
            Assert.True(SvgReading.Inside(map.Territory(territory)!, x, y), $"{mark.Attribute("data-incident")!.Value} outside the path of {territory}");
            var shape = TerritoryGeometry.IraqGovernorates.ShapeOf(TerritoryId.Parse(territory))!;
            Assert.True(shape.Contains(shape.Factory.CreatePoint(map.Invert(x, y))), $"{mark.Attribute("data-incident")!.Value} outside the shape of {territory}");
        }

        var byId = marks.ToDictionary(m => m.Attribute("data-incident")!.Value);
        Assert.Equal("kirkuk", byId["rashad-attack-2021-09-05"].Attribute("data-territory")!.Value);
        Assert.Equal("kirkuk", byId["rashad-attack-2021-09-05"].Attribute("data-placed-by")!.Value);
        Assert.Equal("makhmour", byId["qarachogh-attack-2021-12-02"].Attribute("data-placed-by")!.Value);
        Assert.DoesNotContain("isis-overruns-territory-2014", byId.Keys);
    }

    [Theory]
    [InlineData("2021-05-01")]
    [InlineData("2021-06-01")]
    [InlineData("2022-12-31")]
    public void The_legend_matches_the_marks_and_each_stretch_is_drawn_as_covered_or_open_on_the_date(string day)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var map = Draw(date);
        Assert.Equal(map.MarkKinds(), map.LegendEntries());
        var coverage = ReferenceCatalog.Load().CoverageOn(CatalogGeometry.Reference, date).Single();
        var drawn = map.Marks("data-line").ToDictionary(m => m.Attribute("data-stretch")!.Value, m => m.Attribute("data-status")!.Value);
        Assert.Equal(coverage.Stretches.Length, drawn.Count);
        foreach (var stretch in coverage.Stretches)
        {
            Assert.Equal(stretch.IsCovered ? "covered" : "open", drawn[stretch.Stretch.Key]);
        }
    }

    [Fact]
    public void Each_incident_carries_its_placement_by_the_gap_analysis()
    {
        var map = Draw(Telling);
        var placements = ReferenceCatalog.Load().GapsOn(CatalogGeometry.Reference, Telling).Placements.ToDictionary(p => p.Incident.ToString());
        var marks = map.Marks("data-incident").ToList();
        Assert.NotEmpty(marks);
        foreach (var mark in marks)
        {
            var placement = placements[mark.Attribute("data-incident")!.Value];
            Assert.Equal(placement.Kind.ToString(), mark.Attribute("data-gap-placement")!.Value);
            Assert.Equal(placement.Stretch, (string?)mark.Attribute("data-stretch"));
            Assert.Equal(placement.IsCovered switch { true => "covered", false => "open", null => null }, (string?)mark.Attribute("data-gap-status"));
        }

        Assert.Contains(marks, m => m.Attribute("data-stretch") is not null);
    }

    [Fact]
    public void The_Kirkuk_stretch_turns_from_open_to_covered_when_the_Kirkuk_centre_begins_work()
    {
        static string[] Kirkuk(SvgReading map) =>
            [.. map.Marks("data-line").Where(m => m.Attribute("data-stretch")!.Value.StartsWith("kcl/kirkuk/", StringComparison.Ordinal)).Select(m => m.Attribute("data-status")!.Value).Distinct()];

        Assert.Equal(["open"], Kirkuk(Draw(new LocalDate(2021, 5, 1))));
        Assert.Contains("covered", Kirkuk(Draw(new LocalDate(2021, 6, 1))));
    }

    [Fact]
    public void The_map_says_the_trace_is_inferred_and_cites_its_sources_and_the_boundaries()
    {
        var map = Draw(Telling);
        var text = map.Text();
        Assert.Contains("Kurdish Coordination Line (trace inferred)", text, StringComparison.Ordinal);
        Assert.Contains("rojinfo-2003-lines", text, StringComparison.Ordinal);
        Assert.Contains("Natural Earth", text, StringComparison.Ordinal);
        Assert.All(map.Marks("data-line"), s => Assert.Equal("true", s.Attribute("data-inferred")!.Value));
        Assert.Equal(18, map.Marks("data-territory").Count(m => m.Parent?.Attribute("id")?.Value == "territories"));
    }

    [Fact]
    public void Kirkuk_is_hatched_as_disputed_and_the_centres_are_drawn_by_status()
    {
        var map = Draw(new LocalDate(2021, 6, 1));
        Assert.Contains(map.Marks("data-disputed-from"), m => m.Attribute("data-territory")!.Value == "kirkuk" && m.Attribute("data-legend")!.Value == "disputed-area");
        var mechanisms = map.Marks("data-mechanism").ToDictionary(m => m.Attribute("data-mechanism")!.Value);
        Assert.Equal("operational", mechanisms["jcc-kirkuk"].Attribute("data-status")!.Value);
        Assert.Equal("operational", mechanisms["jcc-diyala"].Attribute("data-status")!.Value);
        Assert.Equal("agreed", mechanisms["jcc-main-erbil"].Attribute("data-status")!.Value);
    }
}
