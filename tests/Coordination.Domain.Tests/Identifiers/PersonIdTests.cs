using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class PersonIdTests : IdentifierTests<PersonId>
{
    [Theory]
    [InlineData("masrour-barzani")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, PersonId.Parse(slug).Value);
    }
}
