using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Report;

/// <summary>A territory two or more actors claimed on the report's date, and who held it then.</summary>
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
    ImmutableArray<string> Sources);
