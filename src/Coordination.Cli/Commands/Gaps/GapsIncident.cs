namespace Coordination.Cli.Commands.Gaps;

/// <summary>An incident near a line.</summary>
/// <param name="Id">The incident's identifier.</param>
/// <param name="Date">The day it is dated to (the first of its reported date).</param>
/// <param name="Stretch">Its stretch, or the candidates (<c>a or b</c>) when unplaced.</param>
/// <param name="State"><c>open</c>, <c>covered</c>, or <c>unknown</c>; <c>(date spans a change)</c> added when ambiguous.</param>
/// <param name="DistanceKm">Its distance to the stretch (one decimal).</param>
/// <param name="PlacedBy"><c>point</c> or <c>territory</c>.</param>
internal sealed record GapsIncident(string Id, string Date, string Stretch, string State, double DistanceKm, string PlacedBy);
