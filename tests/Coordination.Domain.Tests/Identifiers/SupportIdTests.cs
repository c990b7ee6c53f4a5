using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class SupportIdTests : IdentifierTests<SupportId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(SupportId a, SupportId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("coalition-enabling-support")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, SupportId.Parse(slug).Value);
    }
}
