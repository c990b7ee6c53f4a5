using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> in the ISO calendar as <c>uuuu-MM-dd</c> with NodaTime's
/// <see cref="LocalDatePattern.Iso"/>; the common shape (years 1 to 9999) is read and written directly,
/// without allocating, which the tests check against the pattern. Written here rather than taken from NodaTime.Serialization so that
/// a bad date names itself in a <see cref="JsonException"/>, and so that no reflection-based NodaTime
/// converter (<c>DateInterval</c>, <c>Interval</c>) is reachable under Native AOT.
/// </summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>, IJsonSchemaSource
{
    private const string What = "a date";


    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public string? DefinitionName => "localDate";

    /// <inheritdoc />
    public JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions) =>
        CoordinationJsonSchemaDefinitions.Text("^-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", 11, "A date of the ISO calendar, uuuu-MM-dd.");

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads a date; the reader stands on its token.</summary>
    internal static LocalDate ReadValue(ref Utf8JsonReader reader)
    {
        // The common shape, yyyy-MM-dd with a year of 1 to 9999, is read without allocating; anything else
        // (negative years, errors) goes through NodaTime's pattern, which gives the message.
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && TryReadCommonShape(reader.ValueSpan, out var date))
        {
            return date;
        }

        return JsonReading.Parse(LocalDatePattern.Iso, JsonReading.ReadString(ref reader, What, 16), "a date in the form uuuu-MM-dd");
    }

    /// <summary>Writes a date in the ISO calendar.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, LocalDate value)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new JsonException($"The date {value} is in the {value.Calendar.Id} calendar; the contract writes ISO calendar dates only.");
        }

        if (value.Year is >= 1 and <= 9999)
        {
            Span<byte> text = stackalloc byte[10];
            Digits(text[..4], value.Year);
            text[4] = (byte)'-';
            Digits(text.Slice(5, 2), value.Month);
            text[7] = (byte)'-';
            Digits(text.Slice(8, 2), value.Day);
            writer.WriteStringValue(text);
            return;
        }

        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    private static bool TryReadCommonShape(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads ASCII digits as a number.</summary>
    internal static bool TryDigits(ReadOnlySpan<byte> text, out int value)
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

    /// <summary>Writes a number of zero or more as ASCII digits filling <paramref name="text"/>, with leading zeros.</summary>
    internal static void Digits(Span<byte> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
