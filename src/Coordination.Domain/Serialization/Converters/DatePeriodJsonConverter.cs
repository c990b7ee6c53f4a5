using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a half-open <see cref="DatePeriod"/> as <c>{ "start": "2014-10-17", "end": "2021-12-09" }</c>.
/// An open end is omitted when writing (<c>{}</c> is <see cref="DatePeriod.Always"/>) and may be omitted or
/// null when reading. A period whose end is not after its start is refused.
/// </summary>
internal sealed class DatePeriodJsonConverter : JsonConverter<DatePeriod>
{
    private const string What = "a period";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DatePeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        LocalDate? start = null;
        LocalDate? end = null;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                JsonReading.Mark(ref seen, 0, "start", What);
                JsonReading.Value(ref reader);
                start = reader.TokenType == JsonTokenType.Null ? null : IsoLocalDateJsonConverter.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                JsonReading.Mark(ref seen, 1, "end", What);
                JsonReading.Value(ref reader);
                end = reader.TokenType == JsonTokenType.Null ? null : IsoLocalDateJsonConverter.ReadValue(ref reader);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        try
        {
            return new DatePeriod(start, end);
        }
        catch (ArgumentException error)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DatePeriod value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Start is { } start)
        {
            writer.WritePropertyName("start"u8);
            IsoLocalDateJsonConverter.WriteValue(writer, start);
        }

        if (value.End is { } end)
        {
            writer.WritePropertyName("end"u8);
            IsoLocalDateJsonConverter.WriteValue(writer, end);
        }

        writer.WriteEndObject();
    }
}
