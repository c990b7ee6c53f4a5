using System;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Coordination.Domain.Finance;

/// <summary>An active ISO 4217 alphabetic currency code, such as <c>USD</c>, <c>IQD</c> or <c>GBP</c>.</summary>
/// <remarks>
/// Only codes on the ISO 4217 list of active currencies and funds are accepted (upper case, as ISO
/// writes them). Equality is ordinal. <c>default(CurrencyCode)</c> names no currency:
/// <see cref="IsDefault"/> is <see langword="true"/>.
/// </remarks>
public readonly record struct CurrencyCode
{
    private static readonly FrozenSet<string> Active = FrozenSet.Create(StringComparer.Ordinal,
        "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD", "BIF", "BMD", "BND", "BOB", "BOV",
        "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP",
        "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF",
        "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR",
        "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT",
        "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
        "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
        "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX",
        "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD",
        "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG");

    private readonly string? value;

    private CurrencyCode(string value) => this.value = value;

    /// <summary>Gets the United States dollar, <c>USD</c>.</summary>
    public static CurrencyCode UnitedStatesDollar { get; } = new("USD");

    /// <summary>Gets the Iraqi dinar, <c>IQD</c>.</summary>
    public static CurrencyCode IraqiDinar { get; } = new("IQD");

    /// <summary>Gets the euro, <c>EUR</c>.</summary>
    public static CurrencyCode Euro { get; } = new("EUR");

    /// <summary>Gets the pound sterling, <c>GBP</c>.</summary>
    public static CurrencyCode PoundSterling { get; } = new("GBP");

    /// <summary>Gets the three-letter code.</summary>
    /// <exception cref="InvalidOperationException">The code is <c>default</c>.</exception>
    public string Value => value ?? throw new InvalidOperationException("This CurrencyCode is the default value, which names no currency.");

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which names no currency.</summary>
    public bool IsDefault => value is null;

    /// <summary>Parses an ISO 4217 alphabetic code.</summary>
    /// <param name="text">The code, such as <c>USD</c>.</param>
    /// <returns>The currency code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an active ISO 4217 code.</exception>
    public static CurrencyCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"Argument 'text' is not an active ISO 4217 currency code (three upper-case letters such as USD): '{(text.Length <= 8 ? text : text[..8] + "…")}'.");
    }

    /// <summary>Tries to parse an ISO 4217 alphabetic code.</summary>
    /// <param name="text">The code; may be <see langword="null"/>.</param>
    /// <param name="result">The code when parsing succeeded; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an active ISO 4217 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CurrencyCode result)
    {
        result = text is { Length: 3 } && Active.TryGetValue(text, out var known) ? new CurrencyCode(known) : default;
        return !result.IsDefault;
    }

    /// <summary>Returns the code, or an empty string for <c>default</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => value ?? string.Empty;
}
