using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class PersonIdTests : IdentifierTests<PersonId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(PersonId a, PersonId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("masrour-barzani")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, PersonId.Parse(slug).Value);
    }
}
