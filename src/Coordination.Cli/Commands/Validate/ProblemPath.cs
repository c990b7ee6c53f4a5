using System.Text;
using System.Text.Json;

namespace Coordination.Cli.Commands.Validate;

/// <summary>Turns FluentValidation property paths into JSON paths of the catalog document.</summary>
internal static class ProblemPath
{
    /// <summary>
    /// Converts a property path such as <c>Incidents[0].Casualties[1].Killed</c> to the JSON path
    /// <c>$.incidents[0].casualties[1].killed</c>, naming each member as the JSON contract does (camelCase).
    /// </summary>
    /// <param name="propertyName">The property path; empty or <see langword="null"/> for the catalog itself.</param>
    /// <returns>The JSON path.</returns>
    public static string ToJsonPath(string? propertyName)
    {
        var path = new StringBuilder("$");
        if (string.IsNullOrWhiteSpace(propertyName))
        {
            return path.ToString();
        }

        foreach (var member in propertyName.Split('.'))
        {
            var bracket = member.IndexOf('[', System.StringComparison.Ordinal);
            var name = bracket < 0 ? member : member[..bracket];
            if (name.Length > 0)
            {
                path.Append('.').Append(JsonNamingPolicy.CamelCase.ConvertName(name));
            }

            if (bracket >= 0)
            {
                path.Append(member[bracket..]);
            }
        }

        return path.ToString();
    }
}
