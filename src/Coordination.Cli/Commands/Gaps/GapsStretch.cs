using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>A stretch.</summary>
/// <param name="Key">The stretch's key.</param>
/// <param name="Territory">The territory holding it, or <c>-</c>.</param>
/// <param name="LengthKm">Its length (one decimal).</param>
/// <param name="State"><c>covered</c> or <c>open</c> on the last day.</param>
/// <param name="CoveredBy">The mechanisms covering it then.</param>
/// <param name="Mechanisms">The mechanisms whose area takes it in.</param>
/// <param name="Incidents">The incidents of the period placed on it.</param>
/// <param name="OpenIncidents">Those on days it was open.</param>
/// <param name="Killed">The killed reported (text: exact, a range, or <c>at least</c>), or <c>-</c>.</param>
/// <param name="TollUnknown">How many of its incidents report no killed.</param>
internal sealed record GapsStretch(string Key, string Territory, double LengthKm, string State, ImmutableArray<string> CoveredBy, ImmutableArray<string> Mechanisms, int Incidents, int OpenIncidents, string Killed, int TollUnknown);
