using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class CoordinationLineIdTests : IdentifierTests<CoordinationLineId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(CoordinationLineId a, CoordinationLineId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("kcl")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, CoordinationLineId.Parse(slug).Value);
    }
}
