using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Coordination.Cli.Commands.Validate;

/// <summary>Turns FluentValidation property paths into JSON paths of the catalog document.</summary>
internal static class ProblemPath
{
    /// <summary>
    /// The members the JSON contract does not write as a member of their own: a <c>ReportedDate</c>'s
    /// <c>Range</c> is written as the date's own <c>start</c> and <c>end</c>, so <c>Date.Range.Start</c>
    /// is <c>date.start</c>.
    /// </summary>
    private static readonly FrozenSet<string> Flattened = FrozenSet.Create(StringComparer.Ordinal, "Range");

    /// <summary>
    /// The computed members that stand for a written one: a <c>ReportedDate</c>'s <c>Earliest</c> and
    /// <c>Latest</c> are its <c>start</c> and <c>end</c>.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Earliest"] = "start",
        ["Latest"] = "end",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Converts a property path such as <c>Incidents[0].Casualties[1].Killed</c> to the JSON path
    /// <c>$.incidents[0].casualties[1].killed</c>, naming each member as the JSON contract does (camelCase),
    /// leaving out members the contract flattens into their parent (<c>Incidents[0].Date.Range.Start</c> is
    /// <c>$.incidents[0].date.start</c>).
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
            var bracket = member.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? member : member[..bracket];
            if (name.Length > 0 && !(bracket < 0 && Flattened.Contains(name)))
            {
                path.Append('.').Append(Aliases.TryGetValue(name, out var written) ? written : JsonNamingPolicy.CamelCase.ConvertName(name));
            }

            if (bracket >= 0)
            {
                path.Append(member[bracket..]);
            }
        }

        return path.ToString();
    }
}
