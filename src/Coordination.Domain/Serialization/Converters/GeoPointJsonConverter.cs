using Coordination.Domain.Geography;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>A <see cref="GeoPoint"/> as <c>{ "latitude": 35.7533, "longitude": 44.1436 }</c>, both required, in decimal degrees, written in the shortest form that reads back exactly.</summary>
internal sealed class GeoPointJsonConverter() : ObjectJsonConverter<GeoPoint, (double Latitude, double Longitude)>(
    "a geographic point",
    "A WGS84 point in decimal degrees.",
    Required("latitude", Number("the latitude of a geographic point", -90, 90), point => point.Latitude, (ref s, latitude) => s.Latitude = latitude),
    Required("longitude", Number("the longitude of a geographic point", -180, 180), point => point.Longitude, (ref s, longitude) => s.Longitude = longitude))
{
    /// <inheritdoc />
    protected override GeoPoint Create(in (double Latitude, double Longitude) state) => new(state.Latitude, state.Longitude);
}
