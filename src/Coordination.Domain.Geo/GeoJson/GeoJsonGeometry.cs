using System;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.GeoJson;

/// <summary>
/// Writes NetTopologySuite geometries as RFC 7946 geometry objects: positions longitude first, rounded to
/// <see cref="Decimals"/> places (about 0.1 m), exterior rings counter-clockwise and holes clockwise (§3.1.6), no
/// <c>crs</c>; an empty geometry is written as <c>null</c> (a feature without a location, §3.2).
/// </summary>
internal static class GeoJsonGeometry
{
    /// <summary>The decimal places kept in a coordinate.</summary>
    public const int Decimals = 6;

    /// <summary>Rounds a coordinate as written. Rounding is monotone, so the rounded envelope bounds the rounded positions.</summary>
    /// <param name="value">The coordinate.</param>
    /// <returns>The value written.</returns>
    public static double Round(double value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>Writes a geometry, or <c>null</c> for none or an empty one.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="geometry">The geometry.</param>
    /// <param name="bounds">Grows to take in every position written.</param>
    /// <exception cref="ArgumentException">A coordinate is not finite or out of range.</exception>
    public static void Write(Utf8JsonWriter writer, Geometry? geometry, Envelope bounds)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        switch (geometry)
        {
            case Point point:
                writer.WriteString("type", "Point");
                writer.WritePropertyName("coordinates");
                WritePosition(writer, point.Coordinate, bounds);
                break;
            case LineString line:
                writer.WriteString("type", "LineString");
                writer.WritePropertyName("coordinates");
                WritePositions(writer, line.CoordinateSequence, bounds);
                break;
            case Polygon polygon:
                writer.WriteString("type", "Polygon");
                writer.WritePropertyName("coordinates");
                WritePolygon(writer, polygon, bounds);
                break;
            case MultiPoint points:
                writer.WriteString("type", "MultiPoint");
                writer.WritePropertyName("coordinates");
                WriteParts(writer, points, bounds, static (w, g, b) => WritePosition(w, g.Coordinate, b));
                break;
            case MultiLineString lines:
                writer.WriteString("type", "MultiLineString");
                writer.WritePropertyName("coordinates");
                WriteParts(writer, lines, bounds, static (w, g, b) => WritePositions(w, ((LineString)g).CoordinateSequence, b));
                break;
            case MultiPolygon polygons:
                writer.WriteString("type", "MultiPolygon");
                writer.WritePropertyName("coordinates");
                WriteParts(writer, polygons, bounds, static (w, g, b) => WritePolygon(w, (Polygon)g, b));
                break;
            default:
                writer.WriteString("type", "GeometryCollection");
                writer.WriteStartArray("geometries");
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    if (!geometry.GetGeometryN(i).IsEmpty)
                    {
                        Write(writer, geometry.GetGeometryN(i), bounds);
                    }
                }

                writer.WriteEndArray();
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteParts(Utf8JsonWriter writer, Geometry multi, Envelope bounds, Action<Utf8JsonWriter, Geometry, Envelope> part)
    {
        writer.WriteStartArray();
        for (var i = 0; i < multi.NumGeometries; i++)
        {
            if (!multi.GetGeometryN(i).IsEmpty)
            {
                part(writer, multi.GetGeometryN(i), bounds);
            }
        }

        writer.WriteEndArray();
    }

    private static void WritePolygon(Utf8JsonWriter writer, Polygon polygon, Envelope bounds)
    {
        writer.WriteStartArray();
        WriteRing(writer, polygon.ExteriorRing.CoordinateSequence, counterClockwise: true, bounds);
        foreach (var hole in polygon.InteriorRings)
        {
            WriteRing(writer, hole.CoordinateSequence, counterClockwise: false, bounds);
        }

        writer.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter writer, CoordinateSequence ring, bool counterClockwise, Envelope bounds)
    {
        var reverse = Orientation.IsCCW(ring) != counterClockwise;
        writer.WriteStartArray();
        for (var i = 0; i < ring.Count; i++)
        {
            WritePosition(writer, ring.GetCoordinate(reverse ? ring.Count - 1 - i : i), bounds);
        }

        writer.WriteEndArray();
    }

    private static void WritePositions(Utf8JsonWriter writer, CoordinateSequence positions, Envelope bounds)
    {
        writer.WriteStartArray();
        for (var i = 0; i < positions.Count; i++)
        {
            WritePosition(writer, positions.GetCoordinate(i), bounds);
        }

        writer.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter writer, Coordinate coordinate, Envelope bounds)
    {
        if (!double.IsFinite(coordinate.X) || !double.IsFinite(coordinate.Y) || coordinate.X is < -180 or > 180 || coordinate.Y is < -90 or > 90)
        {
            throw new ArgumentException($"The position ({coordinate.X}, {coordinate.Y}) is not a WGS 84 longitude and latitude.", nameof(coordinate));
        }

        var longitude = Round(coordinate.X);
        var latitude = Round(coordinate.Y);
        bounds.ExpandToInclude(longitude, latitude);
        writer.WriteStartArray();
        writer.WriteNumberValue(longitude);
        writer.WriteNumberValue(latitude);
        writer.WriteEndArray();
    }
}
