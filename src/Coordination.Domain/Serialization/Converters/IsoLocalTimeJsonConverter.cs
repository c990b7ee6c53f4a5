using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="LocalTime"/> as <c>HH:mm:ss</c>, with a fraction of a second only when
/// there is one (<c>02:00:00</c>, <c>02:00:00.5</c>), using NodaTime's <see cref="LocalTimePattern.ExtendedIso"/>,
/// so that every value round-trips exactly.
/// </summary>
internal sealed class IsoLocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private const string What = "a time of day";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads a time; the reader stands on its token.</summary>
    internal static LocalTime ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonReading.ReadString(ref reader, What, 24);
        var result = LocalTimePattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{text}' is not a time of day in the form HH:mm:ss: {result.Exception.Message}", result.Exception);
    }

    /// <summary>Writes a time.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, LocalTime value) => writer.WriteStringValue(LocalTimePattern.ExtendedIso.Format(value));
}
