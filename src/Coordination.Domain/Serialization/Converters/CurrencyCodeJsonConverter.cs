using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Finance;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>Reads and writes a <see cref="CurrencyCode"/> as its ISO 4217 code (<c>"USD"</c>).</summary>
internal sealed class CurrencyCodeJsonConverter : JsonConverter<CurrencyCode>
{
    private const string What = "a currency code";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override CurrencyCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CurrencyCode value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads a code; the reader stands on its token.</summary>
    internal static CurrencyCode ReadValue(ref Utf8JsonReader reader)
    {
        var text = JsonReading.ReadString(ref reader, What, 8);
        return CurrencyCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"'{text}' is not an active ISO 4217 currency code (three upper-case letters such as USD).");
    }

    /// <summary>Writes a code.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, CurrencyCode value)
    {
        if (value.IsDefault)
        {
            throw new JsonException("A default CurrencyCode names no currency and cannot be written.");
        }

        writer.WriteStringValue(value.Value);
    }
}
