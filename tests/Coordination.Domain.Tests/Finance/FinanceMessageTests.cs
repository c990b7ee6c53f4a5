using System;
using Coordination.Domain.Finance;
using Xunit;

namespace Coordination.Domain.Tests.Finance;

public sealed class FinanceMessageTests
{
    [Fact]
    public void A_refused_currency_is_quoted_up_to_8_characters()
    {
        Assert.EndsWith("'ABCDEFGH'.", Assert.Throws<FormatException>(() => CurrencyCode.Parse("ABCDEFGH")).Message, StringComparison.Ordinal);
        Assert.EndsWith("'ABCDEFGH…'.", Assert.Throws<FormatException>(() => CurrencyCode.Parse("ABCDEFGHI")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_currencies_are_refused_with_a_reason()
    {
        Assert.Equal("This CurrencyCode is the default value, which names no currency.", Assert.Throws<InvalidOperationException>(() => default(CurrencyCode).Value).Message);
        var error = Assert.Throws<ArgumentException>(() => new Money(1m, default));
        Assert.Equal("currency", error.ParamName);
        Assert.StartsWith("A currency is required.", error.Message, StringComparison.Ordinal);
    }
}
