namespace Coordination.Cli.Commands.Report;

/// <summary>Control of part of a disputed territory: the territory's own control of a part, or control derived from one of its parts.</summary>
/// <param name="Controller">The actor in control.</param>
/// <param name="Part">The part: the named part (<c>Kirkuk city</c>), <c>unnamed part</c>, or for derived control the part territory's name, followed by the part of it when only part of it is held.</param>
/// <param name="Derived">Whether the control is derived from a part territory rather than held by the territory's own records.</param>
/// <param name="Inferred">Whether the control period is inferred rather than stated.</param>
internal sealed record PartControlEntry(ActorReference Controller, string Part, bool Derived, bool Inferred);
