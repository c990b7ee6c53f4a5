using System;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Geo.Maps;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Reference;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Coordination.Domain.Geo.Analysis;
using Envelope = NetTopologySuite.Geometries.Envelope;
using NodaTime;
using Xunit;
using static Coordination.Domain.Geo.Tests.Maps.MapWorld;

namespace Coordination.Domain.Geo.Tests.Maps;

/// <summary>The map's parts on their own: text wrapping, numbers, colours, sizes, the projection and the entry points.</summary>
public sealed class MapPartsTests
{
    [Fact]
    public void Wrapping_breaks_at_spaces_before_a_line_would_pass_the_width()
    {
        Assert.Equal(["aaaa bbbb", "cc"], SvgPath.Wrap("aaaa bbbb cc", 9));
        Assert.Equal(["aaaa bbbb cc"], SvgPath.Wrap("aaaa bbbb cc", 12));
        Assert.Equal(["aaaa bbbb", "cc"], SvgPath.Wrap("aaaa bbbb cc", 11));
        Assert.Equal(["aaaa", "bbbbbbbbbbbbbb", "c"], SvgPath.Wrap("aaaa bbbbbbbbbbbbbb c", 10));
        Assert.Equal(["a b"], SvgPath.Wrap("  a   b  ", 10));
        Assert.Empty(SvgPath.Wrap("   ", 10));
    }

    [Property(MaxTest = 200)]
    public Property Wrapping_keeps_every_word_in_order_and_no_line_longer_than_needed(NonEmptyString text, PositiveInt extra)
    {
        var width = 10 + (extra.Get % 40);
        var words = text.Get.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = SvgPath.Wrap(text.Get, width);
        var joined = lines.SelectMany(l => l.Split(' ')).ToArray();
        var fits = lines.All(l => l.Length <= width || !l.Contains(' ', StringComparison.Ordinal));
        var full = lines.Zip(lines.Skip(1), (a, b) => a.Length + 1 + b.Split(' ')[0].Length > width).All(x => x);
        return (words.SequenceEqual(joined) && fits && full).Label($"{string.Join(" | ", lines)} at {width}");
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.001, "0")]
    [InlineData(-0.004999, "0")]
    [InlineData(-0.005001, "-0.01")]
    [InlineData(12.345678, "12.35")]
    [InlineData(1200.0, "1200")]
    [InlineData(-3.5, "-3.5")]
    public void Pixels_are_written_to_two_decimals_without_a_negative_zero(double value, string text) =>
        Assert.Equal(text, SvgNumber.Of(value));

    [Theory]
    [InlineData(44.1234567, "44.123457")]
    [InlineData(35.0, "35")]
    [InlineData(-0.0000001, "0")]
    public void Degrees_are_written_to_six_decimals(double value, string text) => Assert.Equal(text, SvgNumber.Degrees(value));

    [Fact]
    public void Each_mechanism_status_has_its_own_colour()
    {
        var colours = Enum.GetValues<MechanismStatus>().Select(MapStyle.Of).ToList();
        Assert.All(colours, c => Assert.Matches("^#[0-9a-f]{6}$", c));
        Assert.Equal(colours.Count, colours.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("#404040", MapStyle.Of(MechanismStatus.Dissolved));
        Assert.Equal("#404040", MapStyle.Of((MechanismStatus)99));
    }

    [Theory]
    [InlineData(null, 4.0)]
    [InlineData(0, 3.0)]
    [InlineData(-1, 3.0)]
    [InlineData(1, 4.0)]
    [InlineData(4, 8.0)]
    [InlineData(100, 40.0)]
    public void An_incidents_circle_has_an_area_proportional_to_its_killed(int? killed, double radius) =>
        Assert.Equal(radius, MapStyle.RadiusOf(killed), 9);

    [Fact]
    public void The_projection_scales_longitudes_by_the_cosine_of_the_centre_latitude_and_measures_kilometres_on_the_sphere()
    {
        var projection = new MapProjection(new Envelope(44, 46, 34, 36), 24, 78, 600);
        Assert.Equal(35, projection.CentreLatitude, 9);
        Assert.Equal(Math.Cos(35 * Math.PI / 180), projection.LongitudeFactor, 9);
        Assert.Equal(600, projection.Width, 9);
        Assert.Equal(2 * projection.PixelsPerDegree, projection.Height, 9);
        Assert.Equal(projection.PixelsPerDegree / 111.19508, projection.PixelsPerKm, 4);
        Assert.Equal((24.0, 78.0), (projection.X(44), projection.Y(36)));
        Assert.Equal(78 + projection.Height, projection.Y(34), 9);
        Assert.Equal(24 + 600, projection.X(46), 9);
    }

    [Property(MaxTest = 200)]
    public Property Inverting_a_projected_point_gives_it_back(NormalFloat longitude, NormalFloat latitude)
    {
        var projection = new MapProjection(new Envelope(38.5, 48.5, 29, 37.5), 24, 78, 866);
        var lon = 38.5 + (Math.Abs(longitude.Get) % 10);
        var lat = 29 + (Math.Abs(latitude.Get) % 8.5);
        var back = projection.Invert(projection.X(lon), projection.Y(lat));
        return (Math.Abs(back.X - lon) < 1e-9 && Math.Abs(back.Y - lat) < 1e-9).Label($"{lon} {lat} -> {back}");
    }

    [Fact]
    public void Drawing_checks_its_arguments()
    {
        var catalog = ReferenceCatalog.Load();
        var date = new LocalDate(2022, 12, 31);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => SituationMap.Render(null!, CatalogGeometry.Reference, date)).ParamName);
        Assert.Equal("geometry", Assert.Throws<ArgumentNullException>(() => SituationMap.Render(catalog, null!, date)).ParamName);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => SituationMap.Write(catalog, CatalogGeometry.Reference, date, null!)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => SituationMap.Write(null!, CatalogGeometry.Reference, date, Stream.Null)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => SituationMap.Render(null!, MapWorld.Geometry, Date, Coverage(), null)).ParamName);
        Assert.Equal("geometry", Assert.Throws<ArgumentNullException>(() => SituationMap.Render(WorldCatalog(), null!, Date, Coverage(), null)).ParamName);
    }

    [Fact]
    public void Writing_gives_indented_utf8_without_a_byte_order_mark_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();
        SituationMap.Write(ReferenceCatalog.Load(), CatalogGeometry.Reference, new LocalDate(2022, 12, 31), stream);
        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg ", text, StringComparison.Ordinal);
        Assert.Contains("\n  <title>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.Contains("north–south", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Incidents_from_a_day_are_placed_by_the_gap_analysis_of_that_period()
    {
        var catalog = ReferenceCatalog.Load();
        var (from, date) = (new LocalDate(2021, 9, 1), new LocalDate(2022, 12, 31));
        var map = new SvgReading(SituationMap.Render(catalog, CatalogGeometry.Reference, date, new SituationMapOptions { IncidentsFrom = from }));
        var placements = catalog.GapsBetween(CatalogGeometry.Reference, from, date).Placements.ToDictionary(p => p.Incident.ToString());
        var marks = map.Marks("data-incident").ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal(placements[m.Attribute("data-incident")!.Value].Kind.ToString(), m.Attribute("data-gap-placement")!.Value));
        Assert.All(marks, m => Assert.InRange(catalog.FindIncident(Identifiers.IncidentId.Parse(m.Attribute("data-incident")!.Value))!.Date.Latest, from, date));
    }

    [Fact]
    public void Incidents_from_a_day_after_the_date_draw_none_and_do_not_fail()
    {
        var date = new LocalDate(2022, 12, 31);
        var map = new SvgReading(SituationMap.Render(ReferenceCatalog.Load(), CatalogGeometry.Reference, date, new SituationMapOptions { IncidentsFrom = date.PlusDays(1) }));
        Assert.Empty(map.Marks("data-incident"));
        Assert.NotEmpty(map.Marks("data-line"));
    }
}
