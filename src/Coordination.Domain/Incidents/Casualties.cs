namespace Coordination.Domain.Incidents;

/// <summary>The people of one affected party killed and injured in an incident, as far as reported.</summary>
/// <param name="Party">Whose people.</param>
/// <param name="Killed">How many were killed; <see langword="null"/> when not reported (an explicit zero is <see cref="CasualtyEstimate.Zero"/>).</param>
/// <param name="Injured">How many were injured; <see langword="null"/> when not reported (an explicit zero is <see cref="CasualtyEstimate.Zero"/>).</param>
/// <remarks>
/// A source that gives a figure for one side only ("three Peshmerga were killed") leaves the other
/// <see langword="null"/>: absent means <em>not reported</em>, never zero. Equality compares all three members.
/// </remarks>
public sealed record Casualties(AffectedParty Party, CasualtyEstimate? Killed = null, CasualtyEstimate? Injured = null);
