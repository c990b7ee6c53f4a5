using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class IncidentIdTests : IdentifierTests<IncidentId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(IncidentId a, IncidentId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("prde-2021-05-01")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, IncidentId.Parse(slug).Value);
    }
}
