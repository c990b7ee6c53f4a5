using Coordination.Cli.Validation;
using Xunit;

namespace Coordination.Cli.Tests.Validation;

public class ProblemPathTests
{
    [Theory]
    [InlineData("Incidents[0].Casualties[1].Killed", "$.incidents[0].casualties[1].killed")]
    [InlineData("Territories[3].PCode", "$.territories[3].pCode")]
    [InlineData("Territories[3].IsoCode", "$.territories[3].isoCode")]
    [InlineData("Mechanisms[0].StatusHistory[2]", "$.mechanisms[0].statusHistory[2]")]
    [InlineData("Lines[0].SideA", "$.lines[0].sideA")]
    [InlineData("Actors", "$.actors")]
    [InlineData("", "$")]
    [InlineData(null, "$")]
    public void A_property_path_becomes_the_json_path_of_the_contract(string? propertyName, string expected)
    {
        Assert.Equal(expected, ProblemPath.ToJsonPath(propertyName));
    }
}
