using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class SupportIdTests : IdentifierTests<SupportId>
{
    [Theory]
    [InlineData("coalition-enabling-support")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, SupportId.Parse(slug).Value);
    }
}
