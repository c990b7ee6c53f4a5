using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class IncidentIdTests : IdentifierTests<IncidentId>
{
    [Theory]
    [InlineData("prde-2021-05-01")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, IncidentId.Parse(slug).Value);
    }
}
