using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Report;

/// <summary>A coordination mechanism with its status on the report's date, or with none when the sources date no status of it.</summary>
/// <param name="Id">The mechanism's identifier.</param>
/// <param name="Name">The mechanism's primary name.</param>
/// <param name="Acronym">The mechanism's first acronym, if any (<c>JCCC</c>).</param>
/// <param name="Kind">The kind of mechanism, in the contract's words (<c>jointCoordinationCentre</c>).</param>
/// <param name="Status">The status in force on the date, in the contract's words (<c>operational</c>), or <c>not dated by the sources</c> (after the undated status the history ends at, if any: <c>proposed, not dated by the sources</c>).</param>
/// <param name="StatusSince">The reported date of the change to that status, as the model formats it (<c>2015</c>, <c>2021-05-20</c>), or <see langword="null"/> when the sources date no change to it (it is only attested, or the mechanism is undated).</param>
/// <param name="Parties">The actors taking part as parties.</param>
/// <param name="Site">The name of the territory where it sits, if known.</param>
/// <param name="Area">The names of the territories and line stretches where it works.</param>
/// <param name="Sources">The identifiers of the sources behind the mechanism and its status history up to the date.</param>
/// <param name="AttestedOn">The date of the attestation that gives or confirms the status, if any (<c>2021-05-31</c>).</param>
/// <param name="Implied">The statuses the lifecycle implies just before the status in force, which no source dates (<c>established</c>), or <see langword="null"/>.</param>
/// <param name="Inferred"><see langword="true"/> when the status or the mechanism is inferred rather than stated, otherwise <see langword="null"/> (left out of the JSON).</param>
internal sealed record MechanismEntry(
    string Id,
    string Name,
    string? Acronym,
    string Kind,
    string Status,
    string? StatusSince,
    ImmutableArray<ActorReference> Parties,
    string? Site,
    ImmutableArray<string> Area,
    ImmutableArray<string> Sources,
    string? AttestedOn = null,
    string? Implied = null,
    bool? Inferred = null);
