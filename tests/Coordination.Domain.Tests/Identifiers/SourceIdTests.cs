using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class SourceIdTests : IdentifierTests<SourceId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(SourceId a, SourceId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("esta-62147")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, SourceId.Parse(slug).Value);
    }
}
