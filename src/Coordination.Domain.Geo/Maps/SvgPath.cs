using System.Collections.Generic;
using System.Text;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Maps;

/// <summary>Geometry as SVG path data and text wrapped to lines, for <see cref="SvgMapWriter"/>.</summary>
internal static class SvgPath
{
    /// <summary>Writes the path data of a geometry: each ring or line as <c>M x y L …</c>, rings closed with <c>Z</c>.</summary>
    /// <param name="geometry">The geometry (polygonal or lineal; points are skipped).</param>
    /// <param name="projection">The projection.</param>
    /// <returns>The path data; empty for an empty geometry.</returns>
    public static string Of(Geometry geometry, MapProjection projection)
    {
        var data = new StringBuilder();
        Append(data, geometry, projection);
        return data.ToString().TrimEnd();
    }

    /// <summary>Wraps text at spaces into lines of at most <paramref name="width"/> characters (a longer word stands alone).</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The most characters on a line, at least 10.</param>
    /// <returns>The lines.</returns>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static void Append(StringBuilder data, Geometry geometry, MapProjection projection)
    {
        switch (geometry)
        {
            case Polygon polygon:
                AppendSequence(data, polygon.ExteriorRing.CoordinateSequence, projection, close: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    AppendSequence(data, hole.CoordinateSequence, projection, close: true);
                }

                break;
            case LineString line:
                AppendSequence(data, line.CoordinateSequence, projection, close: false);
                break;
            case GeometryCollection collection:
                foreach (var part in collection.Geometries)
                {
                    Append(data, part, projection);
                }

                break;
        }
    }

    private static void AppendSequence(StringBuilder data, CoordinateSequence sequence, MapProjection projection, bool close)
    {
        double lastX = double.NaN, lastY = double.NaN;
        for (var i = 0; i < sequence.Count; i++)
        {
            var x = projection.X(sequence.GetX(i));
            var y = projection.Y(sequence.GetY(i));
            var isEnd = i == sequence.Count - 1;

            // Points closer than a fifth of a pixel to the last one written add nothing visible.
            if (i > 0 && !isEnd && System.Math.Abs(x - lastX) < 0.2 && System.Math.Abs(y - lastY) < 0.2)
            {
                continue;
            }

            data.Append(i == 0 ? 'M' : 'L').Append(SvgNumber.Of(x)).Append(' ').Append(SvgNumber.Of(y)).Append(' ');
            lastX = x;
            lastY = y;
        }

        if (close && sequence.Count > 0)
        {
            data.Append("Z ");
        }
    }
}
