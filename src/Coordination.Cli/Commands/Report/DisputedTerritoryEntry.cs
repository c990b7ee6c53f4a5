using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Report;

/// <summary>A territory disputed on the report's date (by its own claims or inherited), and who held it then, the whole and its parts.</summary>
/// <param name="Id">The territory's identifier.</param>
/// <param name="Name">The territory's primary name.</param>
/// <param name="Kind">The kind of territory, in the contract's words (<c>governorate</c>).</param>
/// <param name="Claimants">The actors claiming it on the date, in identifier order.</param>
/// <param name="Controller">The actor in control on the date, or <see langword="null"/> when no control period covers it.</param>
/// <param name="ControlledSince">The start of the control period in force, as precisely as the sources give it (<c>uuuu-MM-dd</c>, <c>uuuu-MM</c> or <c>uuuu</c>), or <see langword="null"/> when open or unknown.</param>
/// <param name="PreviousController">The actor in control in the period before, if any.</param>
/// <param name="Sources">The identifiers of the sources behind the territory, its claims and its control.</param>
internal sealed record DisputedTerritoryEntry(
    string Id,
    string Name,
    string Kind,
    ImmutableArray<ActorReference> Claimants,
    ActorReference? Controller,
    string? ControlledSince,
    ActorReference? PreviousController,
    ImmutableArray<string> Sources)
{
    /// <summary>Gets the name of the territory it inherits its dispute from (an ancestor or a region it is a member of), or <see langword="null"/> when its own claims make it disputed.</summary>
    public string? DisputedAsPartOf { get; init; }

    /// <summary>Gets the claimants whose claim is inferred rather than stated.</summary>
    public ImmutableArray<ActorReference> InferredClaimants { get; init; } = [];

    /// <summary>Gets whether the control of the whole territory is inferred rather than stated.</summary>
    public bool ControlInferred { get; init; }

    /// <summary>Gets the territory's own control of parts of it, then the control derived from its parts where it has no whole controller.</summary>
    public ImmutableArray<PartControlEntry> PartControl { get; init; } = [];

    /// <summary>Gets whether the territory's record is inferred rather than stated.</summary>
    public bool Inferred { get; init; }
}
