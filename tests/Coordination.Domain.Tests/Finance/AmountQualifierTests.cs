using System;
using Coordination.Domain.Finance;
using Xunit;

namespace Coordination.Domain.Tests.Finance;

public sealed class AmountQualifierTests
{
    [Theory]
    [InlineData(AmountQualifier.Exactly, 0, "5 USD")]
    [InlineData(AmountQualifier.MoreThan, 1, "more than 5 USD")]
    [InlineData(AmountQualifier.LessThan, 2, "less than 5 USD")]
    [InlineData(AmountQualifier.About, 3, "about 5 USD")]
    public void Each_qualifier_keeps_its_value_and_reads_as_English(AmountQualifier qualifier, int value, string text)
    {
        Assert.Equal(value, (int)qualifier);
        Assert.Equal(text, new Money(5m, CurrencyCode.UnitedStatesDollar, qualifier).ToString());
    }

    [Fact]
    public void There_are_exactly_four_qualifiers_and_exact_is_the_default()
    {
        Assert.Equal(4, Enum.GetValues<AmountQualifier>().Length);
        Assert.Equal(AmountQualifier.Exactly, default);
    }
}
