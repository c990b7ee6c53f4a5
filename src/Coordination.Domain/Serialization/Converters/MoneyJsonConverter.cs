using System;
using System.Globalization;
using System.Text.Json;
using Coordination.Domain.Finance;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// <see cref="Money"/> as <c>{ "amount": "5000000000", "currency": "USD", "qualifier": "moreThan" }</c>. The
/// amount is a decimal written as a string (invariant culture, digits and an optional decimal point, scale
/// kept: <c>"5.00"</c> stays <c>"5.00"</c>), so no precision is lost to binary floating point. <c>amount</c>
/// and <c>currency</c> are required; <c>qualifier</c> defaults to <c>exactly</c>.
/// </summary>
internal sealed class MoneyJsonConverter() : ObjectJsonConverter<Money, (decimal Amount, CurrencyCode Currency, AmountQualifier Qualifier)>(
    "an amount of money",
    "An amount of money as reported; the amount is a decimal written as a string so that no precision is lost.",
    Required("amount", Amount, money => money.Amount, (ref s, amount) => s.Amount = amount),
    Required("currency", new CurrencyCodeJsonConverter(), money => money.Currency, (ref s, currency) => s.Currency = currency),
    Optional("qualifier", new CamelCaseEnumJsonConverter<AmountQualifier>(), money => money.Qualifier, (ref s, qualifier) => s.Qualifier = qualifier))
{
    private static ValueJsonConverter<decimal> Amount => new(
        (ref reader, _) => ReadAmount(ref reader),
        (writer, amount, _) =>
        {
            Span<char> text = stackalloc char[64];
            writer.WriteStringValue(amount.TryFormat(text, out var length, default, CultureInfo.InvariantCulture) ? text[..length] : amount.ToString(CultureInfo.InvariantCulture));
        },
        _ => new() { ["type"] = "string", ["pattern"] = "^[0-9]+(\\.[0-9]+)?$", ["maxLength"] = 64 });

    /// <inheritdoc />
    protected override Money Create(in (decimal Amount, CurrencyCode Currency, AmountQualifier Qualifier) state) => new(state.Amount, state.Currency, state.Qualifier);

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
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == start || i == text.Length)
        {
            return i > start;
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
