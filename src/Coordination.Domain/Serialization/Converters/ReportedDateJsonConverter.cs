using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="ReportedDate"/> as
/// <c>{ "start": "2021-05-01", "end": "2021-05-01", "precision": "day", "timeOfDay": "02:00:00", "partOfDay": "earlyHours", "timeApproximate": true, "bound": "onOrBefore" }</c>.
/// <c>start</c>, <c>end</c> (inclusive) and <c>precision</c> are required; the others are optional and
/// omitted when absent (<c>timeApproximate</c> when false, <c>bound</c> when <c>within</c>), so that a
/// version 1.0 date reads and writes as before. A range that does not fit its precision, or an approximate
/// time without a time, is refused.
/// </summary>
internal sealed class ReportedDateJsonConverter : JsonConverter<ReportedDate>
{
    private const string What = "a reported date";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override ReportedDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        LocalDate start = default, end = default;
        DatePrecision precision = default;
        LocalTime? timeOfDay = null;
        PartOfDay? partOfDay = null;
        var bound = DateBound.Within;
        var approximate = false;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                JsonReading.Mark(ref seen, 0, "start", What);
                JsonReading.Value(ref reader);
                start = IsoLocalDateJsonConverter.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                JsonReading.Mark(ref seen, 1, "end", What);
                JsonReading.Value(ref reader);
                end = IsoLocalDateJsonConverter.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("precision"u8))
            {
                JsonReading.Mark(ref seen, 2, "precision", What);
                JsonReading.Value(ref reader);
                precision = CamelCaseEnumJsonConverter<DatePrecision>.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("timeOfDay"u8))
            {
                JsonReading.Mark(ref seen, 3, "timeOfDay", What);
                JsonReading.Value(ref reader);
                timeOfDay = reader.TokenType == JsonTokenType.Null ? null : IsoLocalTimeJsonConverter.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("partOfDay"u8))
            {
                JsonReading.Mark(ref seen, 4, "partOfDay", What);
                JsonReading.Value(ref reader);
                partOfDay = reader.TokenType == JsonTokenType.Null ? null : CamelCaseEnumJsonConverter<PartOfDay>.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("bound"u8))
            {
                JsonReading.Mark(ref seen, 5, "bound", What);
                JsonReading.Value(ref reader);
                bound = CamelCaseEnumJsonConverter<DateBound>.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("timeApproximate"u8))
            {
                JsonReading.Mark(ref seen, 6, "timeApproximate", What);
                JsonReading.Value(ref reader);
                approximate = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => throw JsonReading.WrongToken(ref reader, "timeApproximate", "true or false"),
                };
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "start", What);
        JsonReading.Require(seen, 1, "end", What);
        JsonReading.Require(seen, 2, "precision", What);
        try
        {
            return new ReportedDate(new DateRange(start, end), precision, timeOfDay, partOfDay, bound, approximate);
        }
        catch (ArgumentException error)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportedDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start"u8);
        IsoLocalDateJsonConverter.WriteValue(writer, value.Range.Start);
        writer.WritePropertyName("end"u8);
        IsoLocalDateJsonConverter.WriteValue(writer, value.Range.End);
        writer.WritePropertyName("precision"u8);
        CamelCaseEnumJsonConverter<DatePrecision>.WriteValue(writer, value.Precision);
        if (value.TimeOfDay is { } time)
        {
            writer.WritePropertyName("timeOfDay"u8);
            IsoLocalTimeJsonConverter.WriteValue(writer, time);
        }

        if (value.PartOfDay is { } part)
        {
            writer.WritePropertyName("partOfDay"u8);
            CamelCaseEnumJsonConverter<PartOfDay>.WriteValue(writer, part);
        }

        if (value.IsTimeApproximate)
        {
            writer.WriteBoolean("timeApproximate"u8, true);
        }

        if (value.Bound != DateBound.Within)
        {
            writer.WritePropertyName("bound"u8);
            CamelCaseEnumJsonConverter<DateBound>.WriteValue(writer, value.Bound);
        }

        writer.WriteEndObject();
    }
}
