using System;
using System.Globalization;
using Coordination.Domain.Finance;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Finance;

public sealed class MoneyTests
{
    [Fact]
    public void More_than_five_billion_dollars_since_2014()
    {
        var money = new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan);

        Assert.Equal(5_000_000_000m, money.Amount);
        Assert.Equal(CurrencyCode.UnitedStatesDollar, money.Currency);
        Assert.Equal(AmountQualifier.MoreThan, money.Qualifier);
        Assert.Equal("more than 5000000000 USD", money.ToString());
    }

    [Fact]
    public void By_default_an_amount_is_exact()
    {
        Assert.Equal(AmountQualifier.Exactly, new Money(10m, CurrencyCode.IraqiDinar).Qualifier);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.01)]
    public void Zero_and_small_amounts_are_accepted(decimal amount)
    {
        Assert.Equal(amount, new Money(amount, CurrencyCode.Euro).Amount);
    }

    [Fact]
    public void The_largest_decimal_is_accepted()
    {
        Assert.Equal(decimal.MaxValue, new Money(decimal.MaxValue, CurrencyCode.Euro).Amount);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(-1)]
    public void A_negative_amount_is_refused_naming_amount(decimal amount)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(amount, CurrencyCode.UnitedStatesDollar));

        Assert.Equal("amount", error.ParamName);
        Assert.Equal(amount, error.ActualValue);
    }

    [Fact]
    public void A_default_currency_is_refused_naming_currency()
    {
        var error = Assert.Throws<ArgumentException>(() => new Money(1m, default));

        Assert.Equal("currency", error.ParamName);
    }

    [Fact]
    public void An_undefined_qualifier_is_refused_naming_qualifier()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(1m, CurrencyCode.UnitedStatesDollar, (AmountQualifier)4));

        Assert.Equal("qualifier", error.ParamName);
    }

    [Fact]
    public void The_default_has_no_currency()
    {
        Assert.True(default(Money).Currency.IsDefault);
    }

    [Fact]
    public void Amounts_equal_in_value_are_equal_whatever_their_scale()
    {
        var a = new Money(5.0m, CurrencyCode.UnitedStatesDollar);
        var b = new Money(5.00m, CurrencyCode.UnitedStatesDollar);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Amounts_differ_by_currency_and_by_qualifier()
    {
        var dollars = new Money(5m, CurrencyCode.UnitedStatesDollar);

        Assert.NotEqual(dollars, new Money(5m, CurrencyCode.IraqiDinar));
        Assert.NotEqual(dollars, new Money(5m, CurrencyCode.UnitedStatesDollar, AmountQualifier.About));
    }

    [Fact]
    public void An_amount_is_formatted_in_the_invariant_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal("about 1234.5 EUR", new Money(1234.5m, CurrencyCode.Euro, AmountQualifier.About).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Rebuilding_from_the_members_gives_an_equal_amount(Money money) =>
        new Money(money.Amount, money.Currency, money.Qualifier) == money && money.Amount >= 0m && !money.Currency.IsDefault;

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Equality_compares_the_amount_numerically(Money money) =>
        new Money(decimal.Round(money.Amount, 2) * 1.000m, money.Currency, money.Qualifier) == money;
}
