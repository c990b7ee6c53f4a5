using System;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Territories;

/// <summary>A control period of one part of a territory, counted in the territory's <see cref="ControlPicture"/>.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record DerivedControl
{
    /// <summary>Gets the part the control comes from: a child or a <see cref="MembershipKind.Member"/> of the territory, or of one of its parts.</summary>
    public required TerritoryId From { get; init; }

    /// <summary>Gets the part's control period in force (of the whole part, or of a part of it).</summary>
    public required ControlPeriod Period { get; init; }

    /// <summary>Gets the actor in control.</summary>
    public ActorId Controller => Period.Controller;
}
