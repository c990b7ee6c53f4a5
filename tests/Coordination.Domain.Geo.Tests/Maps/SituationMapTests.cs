using System;
using System.IO;
using System.Globalization;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Xml.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Maps;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Xunit;
using NodaTime;
using static Coordination.Domain.Geo.Tests.Maps.MapWorld;

namespace Coordination.Domain.Geo.Tests.Maps;

public sealed class SituationMapTests
{
    private static SvgReading Draw(CoordinationCatalog catalog, bool westCovered = true, SituationMapOptions? options = null) =>
        new(SituationMap.Render(catalog, Geometry, Date, Coverage(westCovered), options));

    private static CoordinationCatalog Busy() => WorldCatalog([.. BusyIncidents, Incident("later", At(35.5, 44.5), killed: 1, date: Date.PlusDays(1))]);

    [Fact]
    public void Each_incident_mark_lies_inside_the_shape_of_the_territory_it_is_assigned_to()
    {
        var map = Draw(Busy());
        var marks = map.Marks("data-incident").ToList();
        Assert.Equal(4, marks.Count);
        foreach (var mark in marks)
        {
            var territory = (string?)mark.Attribute("data-territory");
            Assert.NotNull(territory);
            var (x, y) = SvgReading.Centre(mark);
            Assert.True(SvgReading.Inside(map.Territory(territory)!, x, y), $"{mark.Attribute("data-incident")} is outside the path of {territory}");
            var at = map.Invert(x, y);
            Assert.True(Squares.ShapeOf(Id(territory))!.Contains(Factory.CreatePoint(at)), $"{mark.Attribute("data-incident")} at {at} is outside the shape of {territory}");
        }

        Assert.Equal(
            ["exact-east:east", "exact-west:west", "governorate-east:east", "town-post:west"],
            marks.Select(m => $"{m.Attribute("data-incident")!.Value}:{m.Attribute("data-territory")!.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Inverting_the_recorded_projection_gives_back_an_exact_incident_point()
    {
        var map = Draw(WorldCatalog(Incident("exact-west", At(35.2, 44.3), killed: 4)));
        var at = map.Invert(SvgReading.Centre(map.Marks("data-incident").Single()).X, SvgReading.Centre(map.Marks("data-incident").Single()).Y);
        Assert.Equal(44.3, at.X, 0.01);
        Assert.Equal(35.2, at.Y, 0.01);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_legend_has_an_entry_for_each_kind_of_mark_drawn_and_no_other(bool westCovered)
    {
        var map = Draw(Busy(), westCovered);
        Assert.Equal(map.MarkKinds(), map.LegendEntries());
        Assert.Equal(westCovered, map.LegendEntries().Contains("line-covered"));
        Assert.Contains("incident-unknown", map.LegendEntries());
        Assert.Contains("incident-approximate", map.LegendEntries());
        Assert.Contains("mechanism-proposed", map.LegendEntries());
        Assert.Equal(westCovered ? "mechanism-operational" : "mechanism-operational", map.Marks("data-mechanism").Single(m => m.Attribute("data-mechanism")!.Value == "m-west").Attribute("data-legend")!.Value);
    }

    [Fact]
    public void A_legend_without_incidents_or_disputes_names_none()
    {
        var map = Draw(Build([], disputed: false));
        Assert.Equal(map.MarkKinds(), map.LegendEntries());
        Assert.DoesNotContain(map.LegendEntries(), e => e.StartsWith("incident", StringComparison.Ordinal) || e.StartsWith("disputed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(7, new[] { 1, 5 })]
    [InlineData(30, new[] { 1, 5, 10, 25 })]
    [InlineData(250, new[] { 1, 5, 10, 25 })]
    public void The_legends_size_samples_are_drawn_at_the_size_the_map_gives_their_toll(int killed, int[] samples)
    {
        var map = Draw(WorldCatalog(Incident("many", At(35.6, 44.8), killed: killed)));
        var entry = map.Document.Descendants().Single(e => (string?)e.Attribute("data-legend-entry") == "incident-killed");
        var circles = entry.Descendants(SvgReading.Svg + "circle").ToList();
        var labels = entry.Descendants(SvgReading.Svg + "text").Where(t => !t.HasElements).Select(t => int.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(samples, labels);
        Assert.Equal(labels.Select(k => Math.Round(MapStyle.RadiusOf(k), 2)), circles.Select(SvgReading.Radius));
        var drawn = SvgReading.Radius(map.Marks("data-incident").Single());
        Assert.Equal(MapStyle.RadiusOf(killed), drawn, 2);
    }

    [Theory]
    [InlineData(SituationMapOptions.MinimumWidth)]
    [InlineData(800)]
    [InlineData(1200)]
    public void The_heading_is_wrapped_to_the_page_and_the_map_drawn_below_it(int width)
    {
        var title = "Security coordination between Baghdad and Erbil along the Kurdish Coordination Line, as the catalog holds it";
        var map = Draw(Busy(), options: new SituationMapOptions { Width = width, Title = title, IncidentsFrom = new LocalDate(2021, 1, 1) });
        var heading = map.Document.Descendants(SvgReading.Svg + "g").Single(g => (string?)g.Attribute("id") == "heading");
        var titleLines = Lines(heading, "title");
        var subtitleLines = Lines(heading, "subtitle");
        Assert.Equal(title, string.Join(' ', titleLines.Select(l => l.Value)));
        Assert.Equal(
            "Which stretches of the line an operational mechanism covered, disputed territories, mechanisms by status, incidents from 2021-01-01 up to the date",
            string.Join(' ', subtitleLines.Select(l => l.Value)));
        Assert.All(titleLines, l => Assert.True(l.Value.Length * 15 <= width - 48, $"'{l.Value}' runs past the page at {width} px"));
        Assert.All(subtitleLines, l => Assert.True(l.Value.Length * 7.5 <= width - 48, $"'{l.Value}' runs past the page at {width} px"));
        var baselines = titleLines.Concat(subtitleLines).Select(l => Number(l, "y")).ToList();
        Assert.Equal(baselines.Order(), baselines);
        Assert.Equal(baselines.Count, baselines.Distinct().Count());
        var frameTop = double.Parse(map.Document.Root!.Attribute("data-frame")!.Value.Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.Equal(baselines[^1] + 18, frameTop, 6);
        Assert.Equal(width < 1200, subtitleLines.Count > 1);
    }

    [Theory]
    [InlineData(SituationMapOptions.MinimumWidth)]
    [InlineData(1200)]
    public void The_scale_bar_and_its_label_start_inside_the_frame(int width)
    {
        var map = Draw(Busy(), options: new SituationMapOptions { Width = width });
        var frame = map.Document.Root!.Attribute("data-frame")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var scale = map.Document.Descendants(SvgReading.Svg + "g").Single(g => (string?)g.Attribute("id") == "scale");
        var label = scale.Element(SvgReading.Svg + "text")!;
        Assert.Equal("start", (string?)label.Attribute("text-anchor"));
        Assert.Equal(frame[0] + 14, Number(label, "x"), 6);
        Assert.Matches(@"^\d+ km \(north–south\)$", label.Value);
    }

    private static List<XElement> Lines(XElement heading, string role) =>
        [.. heading.Elements(SvgReading.Svg + "text").Single(t => (string?)t.Attribute("data-role") == role).Elements(SvgReading.Svg + "tspan")];

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Stretches_are_coloured_covered_or_open_on_the_date()
    {
        var map = Draw(Busy());
        var stretches = map.Marks("data-stretch").ToDictionary(m => m.Attribute("data-stretch")!.Value);
        Assert.Equal("covered", stretches["l/west/1"].Attribute("data-status")!.Value);
        Assert.Equal("m-west", stretches["l/west/1"].Attribute("data-covered-by")!.Value);
        Assert.Equal("open", stretches["l/east/1"].Attribute("data-status")!.Value);
        Assert.NotEqual(stretches["l/west/1"].Attribute("stroke")!.Value, stretches["l/east/1"].Attribute("stroke")!.Value);
        Assert.Equal("open", Draw(Busy(), westCovered: false).Marks("data-stretch").First().Attribute("data-status")!.Value);
    }

    [Fact]
    public void An_incident_circle_has_an_area_proportional_to_its_killed_and_is_hollow_when_they_are_unknown()
    {
        var marks = Draw(Busy()).Marks("data-incident").ToDictionary(m => m.Attribute("data-incident")!.Value);
        var four = SvgReading.Radius(marks["exact-west"]);
        var sixteen = SvgReading.Radius(marks["exact-east"]);
        Assert.Equal(4.0, sixteen * sixteen / (four * four), 0.01);
        Assert.Equal("none", marks["governorate-east"].Attribute("fill")!.Value);
        Assert.Equal("unknown", marks["governorate-east"].Attribute("data-killed")!.Value);
        Assert.NotEqual("none", marks["exact-west"].Attribute("fill")!.Value);
        Assert.NotEqual("none", marks["town-post"].Attribute("fill")!.Value);
        Assert.True(SvgReading.Radius(marks["town-post"]) < four);
    }

    [Fact]
    public void An_incident_known_only_to_its_territory_is_drawn_dashed_at_its_point_or_centre()
    {
        var marks = Draw(Busy()).Marks("data-incident").ToDictionary(m => m.Attribute("data-incident")!.Value);
        Assert.Null(marks["exact-west"].Attribute("stroke-dasharray"));
        Assert.NotNull(marks["governorate-east"].Attribute("stroke-dasharray"));
        Assert.Equal("east", marks["governorate-east"].Attribute("data-placed-by")!.Value);
        Assert.Equal("post", marks["town-post"].Attribute("data-placed-by")!.Value);
        Assert.Contains("incident-approximate", marks["town-post"].Attribute("data-legend")!.Value.Split(' '));
    }

    [Fact]
    public void Incidents_too_vague_or_after_the_date_are_not_drawn_and_the_vague_are_listed()
    {
        var map = Draw(Busy());
        Assert.DoesNotContain(map.Marks("data-incident"), m => m.Attribute("data-incident")!.Value is "country" or "later");
        var notes = string.Concat(map.Document.Descendants().Where(e => (string?)e.Attribute("data-role") == "not-drawn").Select(e => e.Value));
        Assert.Contains("country", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("later", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Incidents_before_the_first_date_asked_for_are_left_out()
    {
        var map = Draw(Busy(), options: new SituationMapOptions { IncidentsFrom = new LocalDate(2021, 5, 2) });
        Assert.Empty(map.Marks("data-incident"));
    }

    [Fact]
    public void Disputed_territories_are_hatched_by_their_shape_or_as_a_disk_around_a_point_outside_every_hatched_shape()
    {
        var map = Draw(Busy());
        var disputed = map.Marks("data-disputed-from").ToDictionary(m => m.Attribute("data-territory")!.Value);
        Assert.Equal(["east", "hill"], disputed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("disputed-area", disputed["east"].Attribute("data-legend")!.Value);
        Assert.Equal("url(#disputed-hatch)", disputed["east"].Attribute("fill")!.Value);
        Assert.Equal("disputed-point", disputed["hill"].Attribute("data-legend")!.Value);
        Assert.Equal("east", disputed["hill"].Attribute("data-disputed-from")!.Value);
        var disk = disputed["hill"].Element(SvgReading.Svg + "circle")!;
        var (x, y) = SvgReading.Centre(disk);
        Assert.Equal(45.6, map.Invert(x, y).X, 0.01);
        Assert.Equal(34.8, map.Invert(x, y).Y, 0.01);
        Assert.DoesNotContain("ford", map.Text(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Mechanisms_are_drawn_by_status_at_their_site_or_in_their_area()
    {
        var map = Draw(Busy());
        var marks = map.Marks("data-mechanism").ToDictionary(m => m.Attribute("data-mechanism")!.Value);
        Assert.Equal("operational", marks["m-west"].Attribute("data-status")!.Value);
        Assert.Equal("site", marks["m-west"].Attribute("data-placement")!.Value);
        Assert.Equal("proposed", marks["m-east"].Attribute("data-status")!.Value);
        Assert.Equal("area", marks["m-east"].Attribute("data-placement")!.Value);
        Assert.Equal("hill", marks["m-east"].Attribute("data-placed-by")!.Value);
        Assert.NotEqual(
            marks["m-west"].Element(SvgReading.Svg + "path")!.Attribute("fill")!.Value,
            marks["m-east"].Element(SvgReading.Svg + "path")!.Attribute("fill")!.Value);
    }

    [Fact]
    public void A_mechanism_without_a_status_on_the_date_is_not_drawn()
    {
        var map = new SvgReading(SituationMap.Render(Busy(), Geometry, new LocalDate(2019, 1, 1), Coverage(false), null));
        Assert.DoesNotContain(map.Marks("data-mechanism"), m => m.Attribute("data-mechanism")!.Value == "m-west");
    }

    [Fact]
    public void The_date_the_sources_and_the_provenance_are_written()
    {
        var map = Draw(Busy());
        Assert.Equal("2021-06-01", map.Document.Root!.Attribute("data-date")!.Value);
        var text = map.Text();
        Assert.Contains("Situation on 2021-06-01", text, StringComparison.Ordinal);
        foreach (var source in new[] { "claim-source", "operational-source", "exact-west-source", "governorate-east-source" })
        {
            Assert.Contains(source, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("agreed-source", text, StringComparison.Ordinal);
        Assert.DoesNotContain("later-source", text, StringComparison.Ordinal);
        Assert.Contains("hand-made squares", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inferred_trace_is_said_to_be_inferred()
    {
        var inferred = Coverage().Select(c => c with { Trace = c.Trace with { Inference = new Provenance.Inference { Reasoning = "Guessed from the squares." } } }).ToImmutableArray();
        var map = new SvgReading(SituationMap.Render(Busy(), Geometry, Date, inferred, null));
        Assert.Contains("inferred, not reported: Guessed from the squares.", map.Text(), StringComparison.Ordinal);
        Assert.All(map.Marks("data-stretch"), s => Assert.Equal("true", s.Attribute("data-inferred")!.Value));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        static byte[] Bytes()
        {
            using var stream = new MemoryStream();
            SituationMap.Save(SituationMap.Render(Busy(), Geometry, Date, Coverage(), null), stream);
            return stream.ToArray();
        }

        var first = Bytes();
        Assert.Equal(first, Bytes());
        Assert.NotEqual(0xEF, first[0]);
        Assert.NotNull(XDocument.Parse(System.Text.Encoding.UTF8.GetString(first)).Root);
    }

    [Fact]
    public void An_empty_catalog_without_geometry_gives_a_map_of_nothing_that_says_so()
    {
        var empty = new CatalogGeometry(TerritoryGeometry.Create([], null), []);
        var map = new SvgReading(SituationMap.Render(CoordinationCatalog.Empty, empty, Date, [], null));
        Assert.Empty(map.MarkKinds());
        Assert.Empty(map.LegendEntries());
        Assert.Contains("No coordination line could be traced", map.Text(), StringComparison.Ordinal);
        Assert.Equal("38.7 29 48.7 37.5", map.Document.Root!.Attribute("data-extent")!.Value);
    }

    [Fact]
    public void Incidents_and_mechanisms_with_nothing_to_place_them_by_are_listed_not_drawn()
    {
        var map = Draw(Build([Incident("nowhere", new Incidents.IncidentLocation { Precision = LocationPrecision.NearNamedPlace }, killed: 1)], eastHasArea: false));
        Assert.Empty(map.Marks("data-incident"));
        Assert.DoesNotContain(map.Marks("data-mechanism"), m => m.Attribute("data-mechanism")!.Value == "m-east");
        var notes = string.Concat(map.Document.Descendants().Where(e => (string?)e.Attribute("data-role") == "not-drawn").Select(e => e.Value));
        Assert.Contains("nowhere", notes, StringComparison.Ordinal);
        Assert.Contains("m-east", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_records_and_a_null_location_are_skipped_not_thrown_on()
    {
        var map = Draw(Build([null, Incident("broken", null!, killed: 1)], withNullMechanism: true));
        Assert.Empty(map.Marks("data-incident"));
        Assert.Equal(map.MarkKinds(), map.LegendEntries());
    }

    [Fact]
    public void Points_outside_every_shape_are_drawn_without_a_territory()
    {
        var map = Draw(WorldCatalog(Incident("far", At(37.0, 47.0), killed: 1)));
        var mark = map.Marks("data-incident").Single();
        Assert.Null(mark.Attribute("data-territory"));
        var (x, y) = SvgReading.Centre(mark);
        Assert.Equal(47.0, map.Invert(x, y).X, 0.01);
    }

    [Theory]
    [InlineData(SituationMapOptions.MinimumWidth - 1)]
    [InlineData(SituationMapOptions.MaximumWidth + 1)]
    public void A_width_out_of_range_is_refused(int width)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SituationMap.Render(Busy(), Geometry, Date, Coverage(), new SituationMapOptions { Width = width }));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SituationMap.Render(null!, Geometry, Date));
        Assert.Throws<ArgumentNullException>(() => SituationMap.Render(Busy(), null!, Date));
        Assert.Throws<ArgumentNullException>(() => SituationMap.Write(Busy(), Geometry, Date, null!));
    }

    [Fact]
    public void The_width_asked_for_is_the_width_drawn()
    {
        var map = Draw(Busy(), options: new SituationMapOptions { Width = 900 });
        Assert.Equal("900", map.Document.Root!.Attribute("width")!.Value);
        Assert.StartsWith("0 0 900 ", map.Document.Root!.Attribute("viewBox")!.Value, StringComparison.Ordinal);
    }
}
