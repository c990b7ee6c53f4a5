using Coordination.Cli.Commands.Validate;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Validate;

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

    [Theory]
    [InlineData("Incidents[0].Date.Range.Start", "$.incidents[0].date.start")]
    [InlineData("Incidents[0].Date.Range.End", "$.incidents[0].date.end")]
    [InlineData("Mechanisms[1].StatusHistory[2].Date.Range", "$.mechanisms[1].statusHistory[2].date")]
    [InlineData("Sources[0].Published.Range.Start", "$.sources[0].published.start")]
    [InlineData("Incidents[0].Date.Earliest", "$.incidents[0].date.start")]
    [InlineData("Statements[3].Date.Latest", "$.statements[3].date.end")]
    [InlineData("Incidents[0].Date.TimeOfDay", "$.incidents[0].date.timeOfDay")]
    public void A_member_the_json_flattens_into_its_parent_is_left_out_of_the_path(string propertyName, string expected)
    {
        Assert.Equal(expected, ProblemPath.ToJsonPath(propertyName));
    }

    [Fact]
    public void Every_flattened_path_names_a_value_of_the_written_document()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse("""{"incidents":[{"date":{"start":"2021-05-01","end":"2021-05-01","precision":"day"}}]}""")!;

        foreach (var property in new[] { "Incidents[0].Date.Range.Start", "Incidents[0].Date.Range.End", "Incidents[0].Date.Earliest" })
        {
            var path = ProblemPath.ToJsonPath(property);
            Assert.Equal(path, Locate(document, path)?.GetPath());
        }

        static System.Text.Json.Nodes.JsonNode? Locate(System.Text.Json.Nodes.JsonNode node, string path)
        {
            var current = node;
            foreach (var part in path[2..].Replace("[", ".", System.StringComparison.Ordinal).Replace("]", string.Empty, System.StringComparison.Ordinal).Split('.'))
            {
                current = int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? current?[index] : current?[part];
            }

            return current;
        }
    }
}
