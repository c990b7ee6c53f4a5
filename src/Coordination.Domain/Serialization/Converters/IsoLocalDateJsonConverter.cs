using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> in the ISO calendar as <c>uuuu-MM-dd</c> with NodaTime's
/// <see cref="LocalDatePattern.Iso"/>. Written here rather than taken from NodaTime.Serialization so that
/// a bad date names itself in a <see cref="JsonException"/>, and so that no reflection-based NodaTime
/// converter (<c>DateInterval</c>, <c>Interval</c>) is reachable under Native AOT.
/// </summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    private const string What = "a date";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads a date; the reader stands on its token.</summary>
    internal static LocalDate ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonReading.ReadString(ref reader, What, 16);
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{text}' is not a date in the form uuuu-MM-dd: {result.Exception.Message}", result.Exception);
    }

    /// <summary>Writes a date in the ISO calendar.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, LocalDate value)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new JsonException($"The date {value} is in the {value.Calendar.Id} calendar; the contract writes ISO calendar dates only.");
        }

        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
