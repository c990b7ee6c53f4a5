using System.Text.Json.Serialization;

namespace Coordination.Cli.Commands.Validate;

/// <summary>One problem a validator found in a catalog file.</summary>
/// <param name="Code">The stable error code (<c>COORD-INC-005</c>).</param>
/// <param name="Severity">The severity: <c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Path">The JSON path of the offending value (<c>$.incidents[0].casualties[0].killed</c>).</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Line">The line of the offending value in the file, from 1, when it can be found.</param>
/// <param name="Column">The column of the offending value, from 1, when it can be found.</param>
internal sealed record CatalogProblem(string Code, string Severity, string Path, string Message, int? Line, int? Column)
{
    /// <summary>Gets a value indicating whether the problem makes the file invalid (severity <c>error</c>).</summary>
    [JsonIgnore]
    public bool IsError => Severity == "error";
}
