using System;
using System.Globalization;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Finance;

/// <summary>
/// An amount of money as reported: a non-negative decimal amount, its ISO 4217 currency and how the
/// report qualifies it ("more than $5 billion" is 5 000 000 000, <c>USD</c>, <see cref="AmountQualifier.MoreThan"/>).
/// </summary>
/// <remarks>
/// Equality compares amount (numerically: 5.0 equals 5.00), currency and qualifier.
/// <c>default(Money)</c> has no currency and is reported invalid by validators.
/// </remarks>
public readonly record struct Money : IFormattable
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount, zero or more.</param>
    /// <param name="currency">The currency; not <c>default</c>.</param>
    /// <param name="qualifier">How the report qualifies the amount.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="qualifier"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public Money(decimal amount, CurrencyCode currency, AmountQualifier qualifier = AmountQualifier.Exactly)
    {
        Preconditions.CheckArgumentRange(nameof(amount), amount, 0m, decimal.MaxValue);
        Preconditions.CheckArgument(!currency.IsDefault, nameof(currency), "A currency is required.");
        Preconditions.CheckDefined(qualifier, nameof(qualifier));
        Amount = amount;
        Currency = currency;
        Qualifier = qualifier;
    }

    /// <summary>Gets the amount, zero or more.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Gets how the report qualifies the amount.</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>Formats the amount as <c>more than 5000000000 USD</c> (invariant culture).</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount as <c>more than 5,000,000,000 USD</c>: the qualifier in words, the amount in
    /// <paramref name="format"/> (a <see cref="decimal"/> format such as <c>#,0.##</c>), then the currency.
    /// </summary>
    /// <param name="format">The format of the amount, or <see langword="null"/> for the general format.</param>
    /// <param name="formatProvider">The culture of the amount, or <see langword="null"/> for the current culture.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid <see cref="decimal"/> format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var prefix = Qualifier switch
        {
            AmountQualifier.MoreThan => "more than ",
            AmountQualifier.LessThan => "less than ",
            AmountQualifier.About => "about ",
            _ => string.Empty,
        };
        return $"{prefix}{Amount.ToString(format, formatProvider)} {Currency}";
    }
}
