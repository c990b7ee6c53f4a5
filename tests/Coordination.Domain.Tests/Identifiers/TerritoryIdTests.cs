using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class TerritoryIdTests : IdentifierTests<TerritoryId>
{
    [Theory]
    [InlineData("kirkuk")]
    [InlineData("makhmour")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, TerritoryId.Parse(slug).Value);
    }
}
