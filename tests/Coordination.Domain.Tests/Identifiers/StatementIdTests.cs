using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class StatementIdTests : IdentifierTests<StatementId>
{
    [Theory]
    [InlineData("marotto-jcc-support")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, StatementId.Parse(slug).Value);
    }
}
