using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class ActorIdTests : IdentifierTests<ActorId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(ActorId a, ActorId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("krg")]
    [InlineData("peshmerga")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, ActorId.Parse(slug).Value);
    }
}
