using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a half-open <see cref="DatePeriod"/> as <c>{ "start": "2014-10-17", "end": "2021-12-09" }</c>.
/// An open end is omitted when writing (<c>{}</c> is <see cref="DatePeriod.Always"/>) and may be omitted or
/// null when reading. Each end is written by its precision: a day <c>2014-10-16</c> (for the end, the first
/// day after the period, as in version 1.0), a month <c>2014-10</c> or a year <c>2014</c> (for the end, the
/// month or year the period's last day fell in). A period whose end is not after its start is refused.
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
        (LocalDate? Date, DatePrecision Precision) start = (null, DatePrecision.Day);
        (LocalDate? Date, DatePrecision Precision) end = (null, DatePrecision.Day);
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                JsonReading.Mark(ref seen, 0, "start", What);
                JsonReading.Value(ref reader);
                start = reader.TokenType == JsonTokenType.Null ? (null, DatePrecision.Day) : ReadBound(ref reader, isEnd: false);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                JsonReading.Mark(ref seen, 1, "end", What);
                JsonReading.Value(ref reader);
                end = reader.TokenType == JsonTokenType.Null ? (null, DatePrecision.Day) : ReadBound(ref reader, isEnd: true);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        try
        {
            return new DatePeriod(start.Date, start.Precision, end.Date, end.Precision);
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
            WriteBound(writer, start, value.StartPrecision);
        }

        if (value.End is { } end)
        {
            writer.WritePropertyName("end"u8);
            WriteBound(writer, value.EndPrecision == DatePrecision.Day ? end : end.PlusDays(-1), value.EndPrecision);
        }

        writer.WriteEndObject();
    }

    // A year (uuuu) or a month (uuuu-MM) of years 1 to 9999 is read here; anything else must be a date.
    private static (LocalDate, DatePrecision) ReadBound(ref Utf8JsonReader reader, bool isEnd)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && reader.ValueSpan.Length is 4 or 7)
        {
            var text = reader.ValueSpan;
            var month = 1;
            if (!TryDigits(text[..4], out var year) || year < 1
                || (text.Length == 7 && (text[4] != (byte)'-' || !TryDigits(text.Slice(5, 2), out month) || month is < 1 or > 12)))
            {
                throw new JsonException($"'{reader.GetString()}' is not a year (uuuu, 0001 to 9999), a month (uuuu-MM) or a date (uuuu-MM-dd).");
            }

            var first = new LocalDate(year, month, 1);
            var precision = text.Length == 4 ? DatePrecision.Year : DatePrecision.Month;
            if (!isEnd)
            {
                return (first, precision);
            }

            // The end names the month or year the last day fell in; the period's End is the first day after it.
            if (year == 9999 && (precision == DatePrecision.Year || first.Month == 12))
            {
                throw new JsonException($"A period cannot end in '{reader.GetString()}', the last of the calendar; give an open end.");
            }

            return (precision == DatePrecision.Year ? first.PlusYears(1) : first.PlusMonths(1), precision);
        }

        return (IsoLocalDateJsonConverter.ReadValue(ref reader), DatePrecision.Day);
    }

    private static void WriteBound(Utf8JsonWriter writer, LocalDate date, DatePrecision precision)
    {
        switch (precision)
        {
            case DatePrecision.Year:
                writer.WriteStringValue(date.ToString("uuuu", null));
                break;
            case DatePrecision.Month:
                writer.WriteStringValue(date.ToString("uuuu-MM", null));
                break;
            default:
                IsoLocalDateJsonConverter.WriteValue(writer, date);
                break;
        }
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
