using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class StatementIdTests : IdentifierTests<StatementId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(StatementId a, StatementId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("marotto-jcc-support")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, StatementId.Parse(slug).Value);
    }
}
