namespace Coordination.Domain.Incidents;

/// <summary>The people of one affected party killed and injured in an incident.</summary>
/// <param name="Party">Whose people.</param>
/// <param name="Killed">How many were killed.</param>
/// <param name="Injured">How many were injured.</param>
/// <remarks>Equality compares all three members.</remarks>
public sealed record Casualties(AffectedParty Party, CasualtyEstimate Killed, CasualtyEstimate Injured);
