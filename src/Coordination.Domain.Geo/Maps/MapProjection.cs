using System;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Maps;

/// <summary>
/// The drawing projection of the situation map: equirectangular, with longitudes scaled by the cosine of the latitude
/// of the map's centre so that shapes near that latitude keep their proportions (plate carrée about the centre's
/// parallel). It is for drawing only; nothing is measured in it.
/// </summary>
internal sealed class MapProjection
{
    /// <summary>Initializes the projection of an extent onto a frame <paramref name="width"/> pixels wide.</summary>
    /// <param name="extent">The extent in degrees (longitude as X); not empty, with a positive width and height.</param>
    /// <param name="left">The frame's left edge in pixels.</param>
    /// <param name="top">The frame's top edge in pixels.</param>
    /// <param name="width">The frame's width in pixels.</param>
    public MapProjection(Envelope extent, double left, double top, double width)
    {
        Extent = extent;
        Left = left;
        Top = top;
        Width = width;
        CentreLatitude = (extent.MinY + extent.MaxY) / 2;
        LongitudeFactor = Math.Cos(CentreLatitude * Math.PI / 180.0);
        PixelsPerDegree = width / (extent.Width * LongitudeFactor);
        Height = extent.Height * PixelsPerDegree;
    }

    /// <summary>Gets the extent drawn, in degrees.</summary>
    public Envelope Extent { get; }

    /// <summary>Gets the frame's left edge in pixels.</summary>
    public double Left { get; }

    /// <summary>Gets the frame's top edge in pixels.</summary>
    public double Top { get; }

    /// <summary>Gets the frame's width in pixels.</summary>
    public double Width { get; }

    /// <summary>Gets the frame's height in pixels.</summary>
    public double Height { get; }

    /// <summary>Gets the latitude of the map's centre, whose cosine scales longitudes.</summary>
    public double CentreLatitude { get; }

    /// <summary>Gets the cosine of <see cref="CentreLatitude"/>.</summary>
    public double LongitudeFactor { get; }

    /// <summary>Gets how many pixels a degree of latitude takes.</summary>
    public double PixelsPerDegree { get; }

    /// <summary>Gets how many pixels a kilometre takes (north–south, on the sphere of <see cref="Geography.GeoPoint.MeanEarthRadiusMetres"/>).</summary>
    public double PixelsPerKm => PixelsPerDegree * 180.0 / (Math.PI * Geography.GeoPoint.MeanEarthRadiusMetres / 1000.0);

    /// <summary>Projects a longitude.</summary>
    /// <param name="longitude">Degrees east.</param>
    /// <returns>The x coordinate in pixels.</returns>
    public double X(double longitude) => Left + ((longitude - Extent.MinX) * LongitudeFactor * PixelsPerDegree);

    /// <summary>Projects a latitude.</summary>
    /// <param name="latitude">Degrees north.</param>
    /// <returns>The y coordinate in pixels (down the page).</returns>
    public double Y(double latitude) => Top + ((Extent.MaxY - latitude) * PixelsPerDegree);

    /// <summary>Inverts the projection.</summary>
    /// <param name="x">The x coordinate in pixels.</param>
    /// <param name="y">The y coordinate in pixels.</param>
    /// <returns>The position, longitude as X.</returns>
    public Coordinate Invert(double x, double y) =>
        new(Extent.MinX + ((x - Left) / (LongitudeFactor * PixelsPerDegree)), Extent.MaxY - ((y - Top) / PixelsPerDegree));
}
