using System;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Geography;

/// <summary>
/// A point on the WGS84 ellipsoid, in decimal degrees: latitude −90 to 90, longitude −180 to 180.
/// </summary>
/// <remarks>
/// The point is canonical, so that equal places are equal values: a longitude of 180 is stored as
/// −180, and at either pole the longitude is stored as 0. <c>-0.0</c> is stored as <c>0.0</c>.
/// Equality compares both coordinates exactly. <c>default(GeoPoint)</c> is 0°N 0°E.
/// </remarks>
public readonly record struct GeoPoint
{
    /// <summary>The mean radius of the Earth used for great-circle distances, in metres (IUGG R1).</summary>
    public const double MeanEarthRadiusMetres = 6_371_008.8;

    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Degrees north of the equator, −90 to 90.</param>
    /// <param name="longitude">Degrees east of Greenwich, −180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is outside its range, NaN or infinite.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        Preconditions.CheckArgumentRange(nameof(latitude), latitude, -90.0, 90.0);
        Preconditions.CheckArgumentRange(nameof(longitude), longitude, -180.0, 180.0);
        Latitude = latitude + 0.0;
        Longitude = Math.Abs(latitude) == 90.0 ? 0.0 : longitude == 180.0 ? -180.0 : longitude + 0.0;
    }

    /// <summary>Gets the latitude in degrees, −90 to 90.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in degrees, −180 (inclusive) to 180 (exclusive).</summary>
    public double Longitude { get; }

    /// <summary>
    /// Returns the great-circle distance to <paramref name="other"/> on a sphere of radius
    /// <see cref="MeanEarthRadiusMetres"/> (haversine formula). Symmetric and non-negative; within
    /// 0.5% of the ellipsoidal distance.
    /// </summary>
    /// <param name="other">The other point.</param>
    /// <returns>The distance in metres.</returns>
    public double DistanceTo(GeoPoint other)
    {
        var lat1 = DegreesToRadians(Latitude);
        var lat2 = DegreesToRadians(other.Latitude);
        var sinHalfDLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfDLon = Math.Sin(DegreesToRadians(other.Longitude - Longitude) / 2);
        var h = (sinHalfDLat * sinHalfDLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfDLon * sinHalfDLon);
        return 2 * MeanEarthRadiusMetres * Math.Asin(Math.Sqrt(Math.Clamp(h, 0.0, 1.0)));
    }

    /// <summary>Formats the point as <c>latitude,longitude</c> in invariant culture.</summary>
    /// <returns>The formatted point.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Latitude:R},{Longitude:R}");

    private static double DegreesToRadians(double degrees) => degrees * (Math.PI / 180.0);
}
