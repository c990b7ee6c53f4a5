namespace Coordination.Cli.Commands.Report;

/// <summary>The killed and injured of one party hit by an incident.</summary>
/// <param name="Party">The party: an actor's identifier, <c>civilians</c> or <c>unidentified</c>.</param>
/// <param name="PartyName">The party's name to show.</param>
/// <param name="Killed">How many were killed; <see langword="null"/> (omitted from JSON) when not reported.</param>
/// <param name="Injured">How many were injured; <see langword="null"/> (omitted from JSON) when not reported.</param>
internal sealed record CasualtyEntry(string Party, string PartyName, CasualtyCount? Killed, CasualtyCount? Injured);
