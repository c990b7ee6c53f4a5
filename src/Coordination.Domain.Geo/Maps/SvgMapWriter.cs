using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Coordination.Domain.Geo.Analysis;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Maps;

/// <summary>
/// Draws a <see cref="MapScene"/> as SVG with System.Xml.Linq: the title, the map frame (territories, disputed
/// territories, the stretches of each line, mechanisms, incidents, names, a scale bar), the legend beside it and the
/// sources below. Every mark carries <c>data-*</c> attributes naming what it shows.
/// </summary>
internal sealed class SvgMapWriter
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const double Margin = 24;
    private const double LegendWidth = 310;
    private const double TitleTop = 36;
    private const double TitleLine = 28;
    private const double SubtitleLine = 17;
    private const double FooterLine = 15;

    private static readonly int[] ScaleLengthsKm = [500, 200, 100, 50, 20, 10];
    private static readonly double[] NameOffsets = [0, -18, 18, -34, 34];

    private readonly MapScene scene;
    private readonly MapProjection projection;
    private readonly double width;
    private readonly List<string> titleLines;
    private readonly List<string> subtitleLines;
    private readonly double frameTop;
    private readonly List<(MechanismMark Mark, double X, double Y)> mechanismLayout;

    private SvgMapWriter(MapScene scene)
    {
        this.scene = scene;
        width = scene.Options.Width;

        // The heading is wrapped to the page (24 px bold runs about 15 px a character, 13 px about 7.5) and the frame set below it.
        titleLines = SvgPath.Wrap(Title(), Math.Max(10, (int)((width - (2 * Margin)) / 15)));
        subtitleLines = SvgPath.Wrap(Subtitle(), Math.Max(10, (int)((width - (2 * Margin)) / 7.5)));
        frameTop = SubtitleTop + (SubtitleLine * (subtitleLines.Count - 1)) + 18;
        projection = new MapProjection(scene.Extent, Margin, frameTop, width - (3 * Margin) - LegendWidth);
        mechanismLayout = LayOutMechanisms();
    }

    // The baseline of the subtitle's first line, below the title's last.
    private double SubtitleTop => TitleTop + (TitleLine * (titleLines.Count - 1)) + 24;

    /// <summary>Draws the scene.</summary>
    /// <param name="scene">The scene.</param>
    /// <returns>The SVG document.</returns>
    public static XDocument Write(MapScene scene) => new SvgMapWriter(scene).Document();

    /// <summary>Creates an element in the SVG namespace.</summary>
    /// <param name="name">The local name.</param>
    /// <param name="content">Attributes and children.</param>
    /// <returns>The element.</returns>
    public static XElement E(string name, params object?[] content) => new(Svg + name, content);

    /// <summary>Creates an attribute whose value is a number of pixels.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The attribute.</returns>
    public static XAttribute A(string name, double value) => new(name, SvgNumber.Of(value));

    private XDocument Document()
    {
        var frame = Frame();
        var kinds = frame.Descendants().Attributes("data-legend").SelectMany(a => a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var legend = new SvgMapLegend(scene).Write(projection.Left + projection.Width + Margin, frameTop, LegendWidth, kinds);
        var footer = Footer(out var footerHeight);
        var bodyBottom = Math.Max(frameTop + projection.Height, frameTop + legend.Height);
        var height = bodyBottom + 18 + footerHeight + Margin;
        footer.SetAttributeValue("transform", string.Create(CultureInfo.InvariantCulture, $"translate(0 {SvgNumber.Of(bodyBottom + 18)})"));
        var extent = projection.Extent;
        var root = E(
            "svg",
            new XAttribute("width", SvgNumber.Of(width)),
            new XAttribute("height", SvgNumber.Of(height)),
            new XAttribute("viewBox", $"0 0 {SvgNumber.Of(width)} {SvgNumber.Of(height)}"),
            new XAttribute("font-family", MapStyle.Font),
            new XAttribute("data-date", scene.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XAttribute("data-projection", "equirectangular"),
            new XAttribute("data-centre-latitude", SvgNumber.Degrees(projection.CentreLatitude)),
            new XAttribute("data-extent", string.Join(' ', new[] { extent.MinX, extent.MinY, extent.MaxX, extent.MaxY }.Select(SvgNumber.Degrees))),
            new XAttribute("data-frame", string.Join(' ', new[] { projection.Left, projection.Top, projection.Width, projection.Height }.Select(SvgNumber.Of))),
            E("title", Title()),
            E("desc", Description()),
            Defs(),
            E("rect", A("width", width), A("height", height), new XAttribute("fill", MapStyle.Page)),
            Heading(),
            frame,
            legend.Element,
            footer);
        return new XDocument(root);
    }

    private string Title() =>
        scene.Options.Title ?? $"Situation on {scene.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private string Description()
    {
        var from = scene.Options.IncidentsFrom is { } f ? $"from {f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} " : string.Empty;
        return $"Coordination lines covered or open by operational mechanisms, mechanisms by status, disputed territories and incidents {from}up to the date. "
            + string.Join(' ', scene.Coverage.Where(c => c.Trace?.Inference is not null).Select(c => $"The trace of '{c.Line}' is inferred: {c.Trace.Inference!.Reasoning}"));
    }

    private XElement Defs() => E(
        "defs",
        E("clipPath", new XAttribute("id", "map-frame"), E("rect", A("x", projection.Left), A("y", projection.Top), A("width", projection.Width), A("height", projection.Height))),
        E(
            "pattern",
            new XAttribute("id", "disputed-hatch"),
            new XAttribute("patternUnits", "userSpaceOnUse"),
            A("width", 9),
            A("height", 9),
            new XAttribute("patternTransform", "rotate(45)"),
            E("rect", A("width", 9), A("height", 9), new XAttribute("fill", MapStyle.Disputed), new XAttribute("fill-opacity", "0.12")),
            E("line", A("x1", 0), A("y1", 0), A("x2", 0), A("y2", 9), new XAttribute("stroke", MapStyle.Disputed), A("stroke-width", 3), new XAttribute("stroke-opacity", "0.75"))));

    private string Subtitle()
    {
        var from = scene.Options.IncidentsFrom is { } f ? $" from {f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty;
        return $"Which stretches of the line an operational mechanism covered, disputed territories, mechanisms by status, incidents{from} up to the date";
    }

    private XElement Heading()
    {
        var title = E("text", A("font-size", 24), new XAttribute("font-weight", "bold"), new XAttribute("fill", MapStyle.Ink), new XAttribute("data-role", "title"));
        var subtitle = E("text", A("font-size", 13), new XAttribute("fill", MapStyle.Muted), new XAttribute("data-role", "subtitle"));
        for (var i = 0; i < titleLines.Count; i++)
        {
            title.Add(E("tspan", A("x", Margin), A("y", TitleTop + (TitleLine * i)), titleLines[i]));
        }

        for (var i = 0; i < subtitleLines.Count; i++)
        {
            subtitle.Add(E("tspan", A("x", Margin), A("y", SubtitleTop + (SubtitleLine * i)), subtitleLines[i]));
        }

        return E("g", new XAttribute("id", "heading"), title, subtitle);
    }

    private XElement Frame()
    {
        var frame = E(
            "g",
            new XAttribute("id", "map"),
            new XAttribute("clip-path", "url(#map-frame)"),
            E("rect", A("x", projection.Left), A("y", projection.Top), A("width", projection.Width), A("height", projection.Height), new XAttribute("fill", MapStyle.Outside)),
            Territories(),
            Disputed(),
            Lines(),
            Names(),
            LineNames(),
            MechanismNames(),
            Incidents(),
            Mechanisms(),
            ScaleBar());
        return E("g", frame, E("rect", A("x", projection.Left), A("y", projection.Top), A("width", projection.Width), A("height", projection.Height), new XAttribute("fill", "none"), new XAttribute("stroke", MapStyle.Outline)));
    }

    private XElement Territories() => E(
        "g",
        new XAttribute("id", "territories"),
        scene.Shapes.Select(shape => E(
            "path",
            new XAttribute("d", SvgPath.Of(shape.Geometry, projection)),
            new XAttribute("fill", MapStyle.Land),
            new XAttribute("stroke", MapStyle.Outline),
            A("stroke-width", 1),
            new XAttribute("stroke-linejoin", "round"),
            new XAttribute("fill-rule", "evenodd"),
            new XAttribute("data-territory", shape.Territory.ToString()),
            new XAttribute("data-legend", MarkKind.Territory))));

    private XElement Disputed() => E(
        "g",
        new XAttribute("id", "disputed"),
        scene.Disputed.Select(mark => mark.Shape is { } shape
            ? E(
                "path",
                new XAttribute("d", SvgPath.Of(shape, projection)),
                new XAttribute("fill", "url(#disputed-hatch)"),
                new XAttribute("stroke", MapStyle.Disputed),
                A("stroke-width", 1.5),
                new XAttribute("fill-rule", "evenodd"),
                new XAttribute("data-territory", mark.Dispute.Territory.ToString()),
                new XAttribute("data-disputed-from", mark.Dispute.DisputedFrom.ToString()),
                new XAttribute("data-legend", MarkKind.DisputedArea),
                E("title", $"{mark.Name}: disputed ({string.Join(", ", mark.Dispute.Claimants)})"))
            : E(
                "g",
                new XAttribute("data-territory", mark.Dispute.Territory.ToString()),
                new XAttribute("data-disputed-from", mark.Dispute.DisputedFrom.ToString()),
                new XAttribute("data-legend", MarkKind.DisputedPoint),
                E(
                    "circle",
                    A("cx", projection.X(mark.Point!.X)),
                    A("cy", projection.Y(mark.Point.Y)),
                    A("r", Math.Max(4, MapStyle.DisputedPointRadiusKm * projection.PixelsPerKm)),
                    new XAttribute("fill", "url(#disputed-hatch)"),
                    new XAttribute("stroke", MapStyle.Disputed),
                    A("stroke-width", 1.5)),
                Label(projection.X(mark.Point.X), projection.Y(mark.Point.Y) + (MapStyle.DisputedPointRadiusKm * projection.PixelsPerKm) + 12, mark.Name, 11, MapStyle.Disputed, italic: true),
                E("title", $"{mark.Name}: disputed (from {mark.Dispute.DisputedFrom}), drawn {SvgNumber.Of(MapStyle.DisputedPointRadiusKm)} km around its point"))));

    private XElement Lines() => E(
        "g",
        new XAttribute("id", "lines"),
        scene.Coverage.SelectMany(c => c.Stretches.Where(s => s?.Stretch?.Geometry is { IsEmpty: false }).Select(s => Stretch(c, s))));

    /// <summary>Names each line at the start of its trace, saying when the trace is inferred.</summary>
    private XElement LineNames() => E(
        "g",
        new XAttribute("id", "line-names"),
        LineNamePlaces().Select(n => Label(n.X, n.Y, n.Name, 12, MapStyle.Ink, italic: n.Inferred, anchor: "start", line: n.Line)));

    /// <summary>Where each line is named: above the western end of its trace, starting there.</summary>
    private IEnumerable<(double X, double Y, string Name, bool Inferred, string Line)> LineNamePlaces() =>
        scene.Coverage.Where(c => c.Trace?.Geometry is { IsEmpty: false }).Select(c =>
        {
            var coordinates = c.Trace.Geometry.Coordinates;
            var west = coordinates[0].X <= coordinates[^1].X ? coordinates[0] : coordinates[^1];
            var name = scene.LineName(c.Line) + (c.Trace.IsInferred ? " (trace inferred)" : string.Empty);
            return (projection.X(west.X) - 4, projection.Y(west.Y) - 10, name, c.Trace.IsInferred, c.Line.ToString());
        });

    private XElement Stretch(LineCoverage coverage, StretchCoverage stretch) => E(
        "path",
        new XAttribute("d", SvgPath.Of(stretch.Stretch.Geometry, projection)),
        new XAttribute("fill", "none"),
        new XAttribute("stroke", stretch.IsCovered ? MapStyle.Covered : MapStyle.Open),
        A("stroke-width", MapStyle.LineWidth),
        new XAttribute("stroke-linecap", "round"),
        new XAttribute("stroke-linejoin", "round"),
        new XAttribute("data-line", coverage.Line.ToString()),
        new XAttribute("data-stretch", stretch.Stretch.Key),
        new XAttribute("data-status", stretch.IsCovered ? "covered" : "open"),
        stretch.IsCovered ? new XAttribute("data-covered-by", string.Join(' ', stretch.CoveredBy)) : null,
        new XAttribute("data-inferred", coverage.Trace?.IsInferred == true ? "true" : "false"),
        new XAttribute("data-legend", stretch.IsCovered ? MarkKind.LineCovered : MarkKind.LineOpen),
        E("title", $"{stretch.Stretch.Key}: {SvgNumber.Of(stretch.Stretch.LengthKm)} km, " + (stretch.IsCovered ? $"covered by {string.Join(", ", stretch.CoveredBy)}" : "open")));

    /// <summary>
    /// Names each shape at an interior point inside the frame, moved up or down a line when it would cover a mechanism,
    /// an incident or a disputed point's name, and left out when it cannot be moved clear.
    /// </summary>
    private XElement Names()
    {
        var inner = projection.Extent.Copy();
        inner.ExpandBy(-0.06 * inner.Width, -0.03 * inner.Height);
        var obstacles = Obstacles();
        var names = E("g", new XAttribute("id", "names"));
        foreach (var shape in scene.Shapes)
        {
            var at = shape.Geometry.InteriorPoint.Coordinate;
            if (!inner.Contains(at))
            {
                continue;
            }

            var name = scene.NameOf(shape.Territory);
            var x = projection.X(at.X);
            var halfWidth = name.Length * 3.8;
            foreach (var dy in NameOffsets)
            {
                var y = projection.Y(at.Y) + dy;
                var box = new Envelope(x - halfWidth - 4, x + halfWidth + 4, y - 16, y + 7);
                if (!obstacles.Any(box.Intersects))
                {
                    names.Add(Label(x, y, name, 13, MapStyle.Muted, italic: false, territory: shape.Territory.ToString()));
                    obstacles.Add(box);
                    break;
                }
            }
        }

        return names;
    }

    private List<Envelope> Obstacles()
    {
        var obstacles = new List<Envelope>();
        foreach (var (x, y, name, _, _) in LineNamePlaces())
        {
            obstacles.Add(new Envelope(x, x + (name.Length * 7.2), y - 12, y + 3));
        }

        var s = MapStyle.MechanismSize;
        foreach (var (mark, x, y) in mechanismLayout)
        {
            obstacles.Add(new Envelope(x - s, x + s + 6 + (mark.Mechanism.Id.ToString().Length * 6.6), y - s, y + s));
        }

        foreach (var mark in scene.Incidents)
        {
            var r = MapStyle.RadiusOf(mark.Killed);
            obstacles.Add(new Envelope(projection.X(mark.At.X) - r, projection.X(mark.At.X) + r, projection.Y(mark.At.Y) - r, projection.Y(mark.At.Y) + r));
        }

        foreach (var mark in scene.Disputed.Where(d => d.Point is not null))
        {
            var r = MapStyle.DisputedPointRadiusKm * projection.PixelsPerKm;
            var x = projection.X(mark.Point!.X);
            var y = projection.Y(mark.Point.Y);
            obstacles.Add(new Envelope(x - Math.Max(r, mark.Name.Length * 3.4), x + Math.Max(r, mark.Name.Length * 3.4), y - r, y + r + 14));
        }

        return obstacles;
    }

    /// <summary>Places each mechanism's mark; marks that would fall on one another (within 12 pixels) are stacked downwards.</summary>
    private List<(MechanismMark Mark, double X, double Y)> LayOutMechanisms()
    {
        var taken = new Dictionary<(long, long), int>();
        var layout = new List<(MechanismMark, double, double)>();
        foreach (var mark in scene.Mechanisms)
        {
            var x = projection.X(mark.At.X);
            var y = projection.Y(mark.At.Y);
            var cell = ((long)Math.Round(x / 12), (long)Math.Round(y / 12));
            taken.TryGetValue(cell, out var stacked);
            taken[cell] = stacked + 1;
            layout.Add((mark, x, y + (stacked * 17)));
        }

        return layout;
    }

    private XElement Mechanisms()
    {
        var group = E("g", new XAttribute("id", "mechanisms"));
        foreach (var (mark, x, y) in mechanismLayout)
        {
            var s = MapStyle.MechanismSize;
            var status = mark.Status.ToString().ToLowerInvariant();
            group.Add(E(
                "g",
                new XAttribute("data-mechanism", mark.Mechanism.Id.ToString()),
                new XAttribute("data-status", status),
                new XAttribute("data-placement", mark.Placement),
                new XAttribute("data-placed-by", mark.PlacedBy),
                new XAttribute("data-legend", MarkKind.MechanismPrefix + status),
                E(
                    "path",
                    new XAttribute("d", $"M{SvgNumber.Of(x)} {SvgNumber.Of(y - s)} L{SvgNumber.Of(x + s)} {SvgNumber.Of(y)} L{SvgNumber.Of(x)} {SvgNumber.Of(y + s)} L{SvgNumber.Of(x - s)} {SvgNumber.Of(y)} Z"),
                    new XAttribute("fill", MapStyle.Of(mark.Status)),
                    new XAttribute("stroke", MapStyle.Ink),
                    A("stroke-width", 1.2)),
                E("title", $"{mark.Mechanism.Names?.Primary?.Text ?? mark.Mechanism.Id.ToString()}: {status} on {scene.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (drawn at {mark.Placement} {mark.PlacedBy})")));
        }

        return group;
    }

    /// <summary>The mechanisms' names, drawn under the incidents so that their halos hide no circle.</summary>
    private XElement MechanismNames() => E(
        "g",
        new XAttribute("id", "mechanism-names"),
        mechanismLayout.Select(m => Label(m.X + MapStyle.MechanismSize + 4, m.Y + 4, m.Mark.Mechanism.Id.ToString(), 11, MapStyle.Ink, italic: false, anchor: "start")));

    private XElement Incidents() => E(
        "g",
        new XAttribute("id", "incidents"),
        scene.Incidents.Select(mark =>
        {
            var kinds = mark.Killed is null ? MarkKind.IncidentUnknown : MarkKind.IncidentKilled;
            kinds += mark.IsApproximate ? " " + MarkKind.IncidentApproximate : string.Empty;
            return E(
                "circle",
                A("cx", projection.X(mark.At.X)),
                A("cy", projection.Y(mark.At.Y)),
                A("r", MapStyle.RadiusOf(mark.Killed)),
                new XAttribute("fill", mark.Killed is null ? "none" : MapStyle.Incident),
                new XAttribute("fill-opacity", "0.55"),
                new XAttribute("stroke", MapStyle.Incident),
                A("stroke-width", 1.6),
                mark.IsApproximate ? new XAttribute("stroke-dasharray", "3 2") : null,
                new XAttribute("data-incident", mark.Incident.Id.ToString()),
                mark.Territory is { } t ? new XAttribute("data-territory", t.ToString()) : null,
                mark.PlacedBy is { } by ? new XAttribute("data-placed-by", by.ToString()) : null,
                new XAttribute("data-killed", mark.Killed?.ToString(CultureInfo.InvariantCulture) ?? "unknown"),
                new XAttribute("data-precision", mark.Incident.Location.Precision.ToString()),
                Gap(mark),
                new XAttribute("data-legend", kinds),
                E("title", $"{mark.Incident.Id} ({mark.Incident.Date}): {(mark.Killed is { } k ? k.ToString(CultureInfo.InvariantCulture) : "unknown number")} killed" + GapWords(mark)));
        }));

    /// <summary>The incident's placement by the gap analysis, as attributes: its kind, and on a stretch which one and its state on the incident's date.</summary>
    private IEnumerable<XAttribute> Gap(IncidentMark mark)
    {
        if (!scene.Placements.TryGetValue(mark.Incident.Id, out var placement))
        {
            yield break;
        }

        yield return new XAttribute("data-gap-placement", placement.Kind.ToString());
        if (placement.Stretch is { } stretch)
        {
            yield return new XAttribute("data-stretch", stretch);
        }

        if (placement.IsCovered is { } covered)
        {
            yield return new XAttribute("data-gap-status", covered ? "covered" : "open");
        }
    }

    private string GapWords(IncidentMark mark) =>
        scene.Placements.TryGetValue(mark.Incident.Id, out var placement) && placement.Stretch is { } stretch
            ? $"; on stretch {stretch}, {(placement.IsCovered == true ? "covered" : "open")} on its date"
            : string.Empty;

    private XElement ScaleBar()
    {
        var km = ScaleLengthsKm.FirstOrDefault(k => k * projection.PixelsPerKm <= projection.Width / 5, 10);
        var length = km * projection.PixelsPerKm;
        var x = projection.Left + 14;
        var y = projection.Top + projection.Height - 16;
        return E(
            "g",
            new XAttribute("id", "scale"),
            E("path", new XAttribute("d", $"M{SvgNumber.Of(x)} {SvgNumber.Of(y - 5)} V{SvgNumber.Of(y)} H{SvgNumber.Of(x + length)} V{SvgNumber.Of(y - 5)}"), new XAttribute("fill", "none"), new XAttribute("stroke", MapStyle.Ink), A("stroke-width", 1.5)),
            Label(x, y - 8, $"{km.ToString(CultureInfo.InvariantCulture)} km (north–south)", 11, MapStyle.Ink, italic: false, anchor: "start"));
    }

    private XElement Footer(out double height)
    {
        var chars = (int)((width - (2 * Margin)) / 6.6);
        var paragraphs = new List<(string Text, string Role)>
        {
            (scene.Sources.IsEmpty ? "Sources: none cited by what is drawn." : "Sources (catalog ids): " + string.Join(", ", scene.Sources) + ".", "sources"),
        };
        foreach (var coverage in scene.Coverage.Where(c => c.Trace?.Inference is not null))
        {
            paragraphs.Add(($"The trace of '{coverage.Line}' is inferred, not reported: {coverage.Trace.Inference!.Reasoning}", "inferred-trace"));
        }

        if (scene.Provenance is { Length: > 0 } provenance)
        {
            paragraphs.Add(($"Boundaries: {provenance}", "provenance"));
        }

        paragraphs.Add((
            $"Drawing projection: equirectangular, longitudes scaled by cos {SvgNumber.Of(projection.CentreLatitude)}° (the latitude of the map's centre); lengths in the titles are measured on the sphere, not on the picture. "
            + "A line is covered where an operational mechanism's area of responsibility takes it in on the date.",
            "method"));
        var footer = E("g", new XAttribute("id", "footer"));
        var y = 0.0;
        foreach (var (text, role) in paragraphs)
        {
            var block = E("text", new XAttribute("data-role", role), A("font-size", 11), new XAttribute("fill", MapStyle.Muted));
            foreach (var line in SvgPath.Wrap(text, chars))
            {
                block.Add(E("tspan", A("x", Margin), A("y", y + 11), line));
                y += FooterLine;
            }

            footer.Add(block);
            y += 4;
        }

        height = y;
        return footer;
    }

    /// <summary>A text with a white halo, so that it reads over lines and hatching.</summary>
    private static XElement Label(double x, double y, string text, double size, string fill, bool italic, string anchor = "middle", string? territory = null, string? line = null) => E(
        "text",
        A("x", x),
        A("y", y),
        A("font-size", size),
        new XAttribute("text-anchor", anchor),
        new XAttribute("fill", fill),
        italic ? new XAttribute("font-style", "italic") : null,
        new XAttribute("stroke", "#ffffff"),
        A("stroke-width", 3),
        new XAttribute("stroke-linejoin", "round"),
        new XAttribute("paint-order", "stroke"),
        territory is null ? null : new XAttribute("data-name-of", territory),
        line is null ? null : new XAttribute("data-name-of-line", line),
        text);
}
