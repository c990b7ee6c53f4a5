using System;
using System.Text.Json;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// A half-open <see cref="DatePeriod"/> as <c>{ "start": "2014-10-17", "end": "2021-12-09" }</c>. An open end
/// is omitted when writing (<c>{}</c> is <see cref="DatePeriod.Always"/>) and may be omitted or null when
/// reading. Each end is written by its precision: a day <c>2014-10-16</c> (for the end, the first day after
/// the period, as in version 1.0), a month <c>2014-10</c> or a year <c>2014</c> (for the end, the month or year
/// the period's last day fell in). A period whose end is not after its start is refused.
/// </summary>
internal sealed class DatePeriodJsonConverter() : ObjectJsonConverter<DatePeriod, ((LocalDate Date, DatePrecision Precision)? Start, (LocalDate Date, DatePrecision Precision)? End)>(
    "a period",
    "A half-open period [start, end): start is the first day, end the first day after; either is omitted when open, and {} is every date. When both are given, end is after start. Each end has its precision: a date uuuu-MM-dd (day), a month uuuu-MM or a year uuuu; a month or year start counts from its first day, a month or year end is the month or year the period's last day fell in.",
    Nullable("start", Bound(isEnd: false), period => period.Start is { } start ? (start, period.StartPrecision) : null, (ref s, start) => s.Start = start),
    Nullable("end", Bound(isEnd: true), period => period.End is { } end ? (period.EndPrecision == DatePrecision.Day ? end : end.PlusDays(-1), period.EndPrecision) : null, (ref s, end) => s.End = end))
{
    /// <inheritdoc />
    protected override DatePeriod Create(in ((LocalDate Date, DatePrecision Precision)? Start, (LocalDate Date, DatePrecision Precision)? End) state) =>
        new(state.Start?.Date, state.Start?.Precision ?? DatePrecision.Day, state.End?.Date, state.End?.Precision ?? DatePrecision.Day);

    // An end of a period: a date as localDate, or a month or year of the years 0001 to 9999; an end names the
    // month or year the last day fell in, so the period's End is the first day after it.
    private static ValueJsonConverter<(LocalDate, DatePrecision)> Bound(bool isEnd) => new(
        (ref reader, _) => ReadBound(ref reader, isEnd),
        (writer, bound, _) =>
        {
            if (bound.Item2 is DatePrecision.Year or DatePrecision.Month && bound.Item1.Year is >= 1 and <= 9999 && bound.Item1.Calendar == CalendarSystem.Iso)
            {
                // uuuu or uuuu-MM, from a buffer on the stack (no string).
                Span<byte> text = stackalloc byte[7];
                IsoLocalDateJsonConverter.Digits(text[..4], bound.Item1.Year);
                text[4] = (byte)'-';
                IsoLocalDateJsonConverter.Digits(text.Slice(5, 2), bound.Item1.Month);
                writer.WriteStringValue(bound.Item2 == DatePrecision.Year ? text[..4] : text);
            }
            else if (bound.Item2 is DatePrecision.Year or DatePrecision.Month)
            {
                writer.WriteStringValue(bound.Item1.ToString(bound.Item2 == DatePrecision.Year ? "uuuu" : "uuuu-MM", null));
            }
            else
            {
                IsoLocalDateJsonConverter.WriteValue(writer, bound.Item1);
            }
        },
        _ => CoordinationJsonSchemaDefinitions.Text("^([0-9]{4}|[0-9]{4}-(0[1-9]|1[0-2])|-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))$", 11, "An end of a period: a date uuuu-MM-dd (day), a month uuuu-MM or a year uuuu."));

    private static (LocalDate, DatePrecision) ReadBound(ref Utf8JsonReader reader, bool isEnd)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length is not (4 or 7))
        {
            return (IsoLocalDateJsonConverter.ReadValue(ref reader), DatePrecision.Day);
        }

        var text = reader.ValueSpan;
        var month = 1;
        if (!IsoLocalDateJsonConverter.TryDigits(text[..4], out var year) || year < 1
            || (text.Length == 7 && (text[4] != (byte)'-' || !IsoLocalDateJsonConverter.TryDigits(text.Slice(5, 2), out month) || month is < 1 or > 12)))
        {
            throw new JsonException($"'{reader.GetString()}' is not a year (uuuu, 0001 to 9999), a month (uuuu-MM) or a date (uuuu-MM-dd).");
        }

        var first = new LocalDate(year, month, 1);
        var precision = text.Length == 4 ? DatePrecision.Year : DatePrecision.Month;
        if (!isEnd)
        {
            return (first, precision);
        }

        return year == 9999 && (precision == DatePrecision.Year || month == 12)
            ? throw new JsonException($"A period cannot end in '{reader.GetString()}', the last of the calendar; give an open end.")
            : (precision == DatePrecision.Year ? first.PlusYears(1) : first.PlusMonths(1), precision);
    }
}
