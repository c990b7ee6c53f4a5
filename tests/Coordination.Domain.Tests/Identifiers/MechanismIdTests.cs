using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class MechanismIdTests : IdentifierTests<MechanismId>
{
    protected override (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(MechanismId a, MechanismId b) => ((a < b), (a > b), (a <= b), (a >= b));

    [Theory]
    [InlineData("jccc-zeravani")]
    [InlineData("jcc-kirkuk")]
    public void Parse_accepts_the_documented_examples(string slug)
    {
        Assert.Equal(slug, MechanismId.Parse(slug).Value);
    }
}
