using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Geography;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="GeoPoint"/> as <c>{ "latitude": 35.7533, "longitude": 44.1436 }</c>, both
/// required, in decimal degrees, written in the shortest form that reads back exactly.
/// </summary>
internal sealed class GeoPointJsonConverter : JsonConverter<GeoPoint>
{
    private const string What = "a geographic point";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override GeoPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        double latitude = 0, longitude = 0;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("latitude"u8))
            {
                JsonReading.Mark(ref seen, 0, "latitude", What);
                JsonReading.Value(ref reader);
                latitude = JsonReading.ReadDouble(ref reader, "the latitude of a geographic point");
            }
            else if (reader.ValueTextEquals("longitude"u8))
            {
                JsonReading.Mark(ref seen, 1, "longitude", What);
                JsonReading.Value(ref reader);
                longitude = JsonReading.ReadDouble(ref reader, "the longitude of a geographic point");
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "latitude", What);
        JsonReading.Require(seen, 1, "longitude", What);
        try
        {
            return new GeoPoint(latitude, longitude);
        }
        catch (ArgumentException error)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GeoPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("latitude"u8, value.Latitude);
        writer.WriteNumber("longitude"u8, value.Longitude);
        writer.WriteEndObject();
    }
}
