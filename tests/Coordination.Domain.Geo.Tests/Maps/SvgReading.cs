using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using NetTopologySuite.Geometries;
using Xunit;

namespace Coordination.Domain.Geo.Tests.Maps;

/// <summary>Reads a situation map back: its marks, its path data as rings, and its projection inverted from the root's attributes.</summary>
internal sealed class SvgReading
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly double[] extent;
    private readonly double[] frame;
    private readonly double factor;

    public SvgReading(XDocument document)
    {
        Document = document;
        var root = document.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        extent = Numbers(root.Attribute("data-extent")!.Value);
        frame = Numbers(root.Attribute("data-frame")!.Value);
        factor = Math.Cos(double.Parse(root.Attribute("data-centre-latitude")!.Value, CultureInfo.InvariantCulture) * Math.PI / 180);
    }

    public XDocument Document { get; }

    public IEnumerable<XElement> Marks(string attribute) => Document.Descendants().Where(e => e.Attribute(attribute) is not null);

    public XElement? Territory(string id) =>
        Document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "territories").Elements(Svg + "path").SingleOrDefault(p => (string?)p.Attribute("data-territory") == id);

    public ISet<string> MarkKinds() => Document.Descendants()
        .Where(e => e.Attribute("data-legend") is not null && !e.Ancestors().Any(a => (string?)a.Attribute("id") == "legend"))
        .SelectMany(e => e.Attribute("data-legend")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.Ordinal);

    public ISet<string> LegendEntries() => Document.Descendants()
        .Select(e => (string?)e.Attribute("data-legend-entry")).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public string Text() => string.Concat(Document.Descendants(Svg + "text").Select(t => t.Value + " "));

    /// <summary>Inverts the projection recorded on the root: pixels to longitude (X) and latitude (Y).</summary>
    public Coordinate Invert(double x, double y)
    {
        var pixelsPerDegree = frame[2] / ((extent[2] - extent[0]) * factor);
        return new Coordinate(extent[0] + ((x - frame[0]) / (factor * pixelsPerDegree)), extent[3] - ((y - frame[1]) / pixelsPerDegree));
    }

    public static (double X, double Y) Centre(XElement circle) =>
        (double.Parse(circle.Attribute("cx")!.Value, CultureInfo.InvariantCulture), double.Parse(circle.Attribute("cy")!.Value, CultureInfo.InvariantCulture));

    public static double Radius(XElement circle) => double.Parse(circle.Attribute("r")!.Value, CultureInfo.InvariantCulture);

    /// <summary>Tells whether a point lies inside a path's rings by the even-odd rule (the rule the map's paths are filled with).</summary>
    public static bool Inside(XElement path, double x, double y)
    {
        var inside = false;
        foreach (var ring in Rings(path.Attribute("d")!.Value))
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                var (xi, yi) = ring[i];
                var (xj, yj) = ring[j];
                if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    public static List<List<(double X, double Y)>> Rings(string data)
    {
        var rings = new List<List<(double, double)>>();
        List<(double, double)>? ring = null;
        var tokens = data.Replace("M", " M ", StringComparison.Ordinal).Replace("L", " L ", StringComparison.Ordinal).Replace("Z", " Z ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            switch (tokens[i])
            {
                case "M":
                    ring = [];
                    rings.Add(ring);
                    ring.Add((Number(tokens[++i]), Number(tokens[++i])));
                    break;
                case "L":
                    ring!.Add((Number(tokens[++i]), Number(tokens[++i])));
                    break;
                case "Z":
                    break;
                default:
                    throw new FormatException($"Unexpected path token '{tokens[i]}'.");
            }
        }

        return rings;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double[] Numbers(string text) => [.. text.Split(' ').Select(Number)];
}
