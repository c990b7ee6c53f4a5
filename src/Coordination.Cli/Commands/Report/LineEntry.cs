using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Coordination.Cli.Commands.Report;

/// <summary>A coordination line and the actors on its two sides.</summary>
/// <param name="Id">The line's identifier.</param>
/// <param name="Name">The line's primary name.</param>
/// <param name="Acronym">The line's first acronym, if any (<c>KCL</c>).</param>
/// <param name="SideA">The actor holding the first side.</param>
/// <param name="SideB">The actor holding the other side.</param>
/// <param name="LengthKm">The length of the traced line in kilometres, rounded to one decimal, or <see langword="null"/> when its trace is not known.</param>
/// <param name="Description">A short description, if any.</param>
/// <param name="Sources">The identifiers of the sources behind the line.</param>
internal sealed record LineEntry(
    string Id,
    string Name,
    string? Acronym,
    ActorReference SideA,
    ActorReference SideB,
    double? LengthKm,
    string? Description,
    ImmutableArray<string> Sources)
{
    /// <summary>Gets whether the line is inferred rather than stated by its sources; written to JSON only when true.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Inferred { get; init; }
}
