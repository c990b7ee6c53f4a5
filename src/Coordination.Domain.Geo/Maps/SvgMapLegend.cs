using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Coordination.Domain.Mechanisms;
using static Coordination.Domain.Geo.Maps.SvgMapWriter;

namespace Coordination.Domain.Geo.Maps;

/// <summary>
/// The legend of the situation map: one entry (<c>data-legend-entry</c>) for each kind of mark drawn, no more and no
/// fewer, then what could not be drawn.
/// </summary>
/// <param name="scene">The scene.</param>
internal sealed class SvgMapLegend(MapScene scene)
{
    private const double Row = 24;
    private const double SymbolWidth = 34;

    // The largest circle a size sample may have: samples are drawn at the size the map gives their toll, so a toll whose
    // circle would not fit the legend is not offered as a sample.
    private const double MaxSampleRadius = 24;

    private static readonly int[] SampleKilled = [1, 5, 10, 25, 50, 100, 250, 1000];

    /// <summary>Writes the legend.</summary>
    /// <param name="left">Its left edge.</param>
    /// <param name="top">Its top edge.</param>
    /// <param name="width">Its width.</param>
    /// <param name="kinds">The kinds of mark drawn (<see cref="MarkKind"/>).</param>
    /// <returns>The legend and its height.</returns>
    public (XElement Element, double Height) Write(double left, double top, double width, IReadOnlySet<string> kinds)
    {
        var legend = E("g", new XAttribute("id", "legend"));
        var y = top + 22;
        legend.Add(Text(left + 12, y, "Legend", 15, bold: true));
        y += 12;
        foreach (var (kind, symbol, text) in Entries(kinds))
        {
            var lines = SvgPathWrap(text, (int)((width - SymbolWidth - 30) / 6.4));
            var entryHeight = Math.Max(Row, (lines.Count * 14) + 10);
            var entry = E("g", new XAttribute("data-legend-entry", kind));
            if (kind == MarkKind.IncidentKilled)
            {
                // The size samples are too wide for the symbol column: they go on a row of their own, under the text.
                var r = MapStyle.RadiusOf(Samples().Max());
                entry.Add(symbol(left + SymbolWidth + 20, y + entryHeight + r));
                entryHeight += (2 * r) + 8;
            }
            else
            {
                entry.Add(symbol(left + 12, y + (Row / 2)));
            }

            var block = E("text", A("font-size", 12), new XAttribute("fill", MapStyle.Ink));
            for (var i = 0; i < lines.Count; i++)
            {
                block.Add(E("tspan", A("x", left + 12 + SymbolWidth + 8), A("y", y + 16 + (i * 14)), lines[i]));
            }

            entry.Add(block);
            legend.Add(entry);
            y += entryHeight;
        }

        y += 6;
        foreach (var note in Notes())
        {
            var lines = SvgPathWrap(note, (int)((width - 24) / 6.0));
            var block = E("text", A("font-size", 11), new XAttribute("fill", MapStyle.Muted), new XAttribute("data-role", "not-drawn"));
            foreach (var line in lines)
            {
                y += 14;
                block.Add(E("tspan", A("x", left + 12), A("y", y), line));
            }

            legend.Add(block);
            y += 6;
        }

        var height = y + 12 - top;
        legend.AddFirst(E("rect", A("x", left), A("y", top), A("width", width), A("height", height), A("rx", 6), new XAttribute("fill", "#fbfbfb"), new XAttribute("stroke", "#cccccc")));
        return (legend, height);
    }

    private IEnumerable<(string Kind, Func<double, double, XElement> Symbol, string Text)> Entries(IReadOnlySet<string> kinds)
    {
        var date = scene.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var all = new List<(string, Func<double, double, XElement>, string)>
        {
            (MarkKind.Territory, (x, y) => Box(x, y, MapStyle.Land, MapStyle.Outline), "Governorate (or other territory) with its boundary"),
            (MarkKind.DisputedArea, (x, y) => Box(x, y, "url(#disputed-hatch)", MapStyle.Disputed), $"Disputed on {date}"),
            (MarkKind.DisputedPoint, (x, y) => Disk(x + 17, y, 8, "url(#disputed-hatch)", MapStyle.Disputed, dashed: false), $"Disputed, no boundary known: {SvgNumber.Of(MapStyle.DisputedPointRadiusKm)} km around its point"),
            (MarkKind.LineCovered, (x, y) => Stroke(x, y, MapStyle.Covered), "Line covered: an operational mechanism's area takes it in"),
            (MarkKind.LineOpen, (x, y) => Stroke(x, y, MapStyle.Open), "Line open: no operational mechanism covers it"),
        };
        foreach (var status in Enum.GetValues<MechanismStatus>())
        {
            all.Add((MarkKind.MechanismPrefix + status.ToString().ToLowerInvariant(), (x, y) => Diamond(x + 17, y, MapStyle.Of(status)), $"Mechanism {status.ToString().ToLowerInvariant()} on {date}"));
        }

        all.Add((MarkKind.IncidentKilled, KilledSamples, "Incident; the circle's area grows with the killed reported:"));
        all.Add((MarkKind.IncidentUnknown, (x, y) => Disk(x + 17, y, MapStyle.RadiusOf(null), "none", MapStyle.Incident, dashed: false), "Incident, killed not reported"));
        all.Add((MarkKind.IncidentApproximate, (x, y) => Disk(x + 17, y, MapStyle.RadiusOf(1) + 2, "none", MapStyle.Incident, dashed: true), "Incident located only to its territory: drawn at the territory's point or centre"));
        return all.Where(e => kinds.Contains(e.Item1));
    }

    private IEnumerable<string> Notes()
    {
        if (!scene.IncidentsNotDrawn.IsEmpty)
        {
            yield return $"Not drawn, located too vaguely (country, region without a point, or no territory): {Listed(scene.IncidentsNotDrawn.Select(i => i.ToString()))} ({Count(scene.IncidentsNotDrawn.Length, "incident")}).";
        }

        if (!scene.MechanismsNotDrawn.IsEmpty)
        {
            yield return $"Mechanisms with a status but no site or area to draw: {Listed(scene.MechanismsNotDrawn.Select(m => m.ToString()))}.";
        }

        if (!scene.DisputedNotDrawn.IsEmpty)
        {
            yield return $"Disputed, with neither boundary nor point: {Listed(scene.DisputedNotDrawn.Select(scene.NameOf))}.";
        }

        if (scene.Coverage.IsEmpty)
        {
            yield return "No coordination line could be traced (no trace given and no line with two or more points).";
        }
    }

    private IEnumerable<int> Samples()
    {
        var max = scene.Incidents.Select(i => i.Killed ?? 0).DefaultIfEmpty(1).Max();
        return SampleKilled.Where(k => k == 1 || (k <= max && MapStyle.RadiusOf(k) <= MaxSampleRadius)).TakeLast(3).Prepend(1).Distinct();
    }

    private XElement KilledSamples(double x, double y)
    {
        var group = E("g");
        var cx = x;
        foreach (var killed in Samples())
        {
            var r = MapStyle.RadiusOf(killed);
            group.Add(Disk(cx + r, y, r, MapStyle.Incident, MapStyle.Incident, dashed: false));
            group.Add(E("text", A("x", cx + (2 * r) + 4), A("y", y + 4), A("font-size", 11), new XAttribute("fill", MapStyle.Muted), killed.ToString(CultureInfo.InvariantCulture)));
            cx += (2 * r) + 10 + (killed.ToString(CultureInfo.InvariantCulture).Length * 7);
        }

        return group;
    }

    private static string Listed(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 6 ? string.Join(", ", all) : string.Join(", ", all.Take(6)) + $" and {all.Count - 6} more";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    private static System.Collections.Generic.List<string> SvgPathWrap(string text, int width) => SvgPath.Wrap(text, Math.Max(10, width));

    private static XElement Text(double x, double y, string text, double size, bool bold) =>
        E("text", A("x", x), A("y", y), A("font-size", size), bold ? new XAttribute("font-weight", "bold") : null, new XAttribute("fill", MapStyle.Ink), text);

    private static XElement Box(double x, double y, string fill, string stroke) =>
        E("rect", A("x", x + 2), A("y", y - 8), A("width", SymbolWidth - 4), A("height", 16), new XAttribute("fill", fill), new XAttribute("stroke", stroke), A("stroke-width", 1.2));

    private static XElement Stroke(double x, double y, string colour) =>
        E("path", new XAttribute("d", $"M{SvgNumber.Of(x + 2)} {SvgNumber.Of(y)} H{SvgNumber.Of(x + SymbolWidth - 2)}"), new XAttribute("stroke", colour), A("stroke-width", MapStyle.LineWidth), new XAttribute("stroke-linecap", "round"));

    private static XElement Diamond(double x, double y, string fill)
    {
        var s = MapStyle.MechanismSize;
        return E("path", new XAttribute("d", $"M{SvgNumber.Of(x)} {SvgNumber.Of(y - s)} L{SvgNumber.Of(x + s)} {SvgNumber.Of(y)} L{SvgNumber.Of(x)} {SvgNumber.Of(y + s)} L{SvgNumber.Of(x - s)} {SvgNumber.Of(y)} Z"), new XAttribute("fill", fill), new XAttribute("stroke", MapStyle.Ink), A("stroke-width", 1.2));
    }

    private static XElement Disk(double cx, double cy, double r, string fill, string stroke, bool dashed) =>
        E("circle", A("cx", cx), A("cy", cy), A("r", r), new XAttribute("fill", fill), new XAttribute("fill-opacity", fill == "none" ? "1" : "0.55"), new XAttribute("stroke", stroke), A("stroke-width", 1.6), dashed ? new XAttribute("stroke-dasharray", "3 2") : null);
}
