using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Finance;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes <see cref="Money"/> as <c>{ "amount": "5000000000", "currency": "USD", "qualifier": "moreThan" }</c>.
/// The amount is a decimal written as a string (invariant culture, digits and an optional decimal point,
/// scale kept: <c>"5.00"</c> stays <c>"5.00"</c>), so no precision is lost to binary floating point.
/// <c>amount</c> and <c>currency</c> are required; <c>qualifier</c> defaults to <c>exactly</c>.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string What = "an amount of money";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        decimal amount = 0;
        CurrencyCode currency = default;
        var qualifier = AmountQualifier.Exactly;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("amount"u8))
            {
                JsonReading.Mark(ref seen, 0, "amount", What);
                JsonReading.Value(ref reader);
                amount = ReadAmount(ref reader);
            }
            else if (reader.ValueTextEquals("currency"u8))
            {
                JsonReading.Mark(ref seen, 1, "currency", What);
                JsonReading.Value(ref reader);
                currency = CurrencyCodeJsonConverter.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("qualifier"u8))
            {
                JsonReading.Mark(ref seen, 2, "qualifier", What);
                JsonReading.Value(ref reader);
                qualifier = CamelCaseEnumJsonConverter<AmountQualifier>.ReadValue(ref reader);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "amount", What);
        JsonReading.Require(seen, 1, "currency", What);
        try
        {
            return new Money(amount, currency, qualifier);
        }
        catch (ArgumentException error)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("amount"u8, value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WritePropertyName("currency"u8);
        CurrencyCodeJsonConverter.WriteValue(writer, value.Currency);
        writer.WritePropertyName("qualifier"u8);
        CamelCaseEnumJsonConverter<AmountQualifier>.WriteValue(writer, value.Qualifier);
        writer.WriteEndObject();
    }

    private static decimal ReadAmount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            throw new JsonException("The amount of money is a decimal written as a string (\"5000000000\"), not a JSON number, so that no precision is lost.");
        }

        var text = JsonReading.ReadString(ref reader, "the amount of money", 64);
        return IsDecimalSyntax(text) && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new JsonException($"'{text}' is not an amount: expected a decimal number written as a string, with digits and an optional '.', within ±{decimal.MaxValue}.");
    }

    // The schema's pattern, ^[0-9]+(\.[0-9]+)?$, plus a leading '-' so that a negative amount is refused by
    // Money itself, naming the rule: no '+', no '.5' or '5.', no exponent, white space or group separators.
    private static bool IsDecimalSyntax(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i++] != '.' || i == text.Length)
        {
            return false;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i == text.Length;
    }
}
