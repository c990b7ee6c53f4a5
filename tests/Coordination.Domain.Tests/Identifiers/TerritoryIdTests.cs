using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class TerritoryIdTests : IdentifierTests<TerritoryId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(TerritoryId a, TerritoryId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("kirkuk")]
    [InlineData("makhmour")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, TerritoryId.Parse(slug).Value);
    }
}
