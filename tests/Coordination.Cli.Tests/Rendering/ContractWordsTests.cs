using Coordination.Cli.Rendering;
using Coordination.Domain.Finance;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Xunit;

namespace Coordination.Cli.Tests.Rendering;

public class ContractWordsTests
{
    [Theory]
    [InlineData("jointCoalitionCoordinationCentre", "joint coalition coordination centre")]
    [InlineData("armedClash", "armed clash")]
    [InlineData("operational", "operational")]
    public void Contract_words_read_as_words(string camel, string words)
    {
        Assert.Equal(words, ContractWords.Humanize(camel));
    }

    [Fact]
    public void Enum_members_are_written_in_the_contract_s_words_and_read_as_words()
    {
        Assert.Equal("jointCoalitionCoordinationCentre", ContractWords.Of(MechanismKind.JointCoalitionCoordinationCentre));
        Assert.Equal("early hours", ContractWords.Humanize(PartOfDay.EarlyHours));
        Assert.Equal("attributed", ContractWords.Humanize(Attribution.Attributed));
    }

    [Theory]
    [InlineData(new string[0], "-")]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a, b")]
    public void A_list_is_joined_with_commas_or_is_a_dash(string[] items, string expected)
    {
        Assert.Equal(expected, ContractWords.List(items));
    }

    [Theory]
    [InlineData(AmountQualifier.MoreThan, "more than 5,000,000,000 USD")]
    [InlineData(AmountQualifier.LessThan, "less than 5,000,000,000 USD")]
    [InlineData(AmountQualifier.About, "about 5,000,000,000 USD")]
    [InlineData(AmountQualifier.Exactly, "5,000,000,000 USD")]
    public void An_amount_takes_its_qualifier_words_from_the_model(AmountQualifier qualifier, string expected)
    {
        var money = new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, qualifier);

        Assert.Equal(expected, money.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Replace(",", string.Empty, System.StringComparison.Ordinal), money.ToString());
    }
}
