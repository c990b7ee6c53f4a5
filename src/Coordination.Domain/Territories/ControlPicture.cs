using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Territories;

/// <summary>
/// Who controlled a territory on a date, as far as the catalog says (<c>CoordinationCatalog.ControlOn</c>):
/// its own whole-territory controller, its own periods of control over part of it, and — only where it has
/// no whole controller of its own — the control of its parts.
/// </summary>
/// <remarks>
/// <para>The derivation rule: the parts of a territory are its children (by <see cref="Territory.Parent"/>)
/// and the territories that are <see cref="MembershipKind.Member"/>s of it on the date
/// (<see cref="MembershipKind.PartlyWithin"/> does not count). Each part contributes its whole control period
/// in force and its partial ones; a part with a whole controller stands for everything below it, a part
/// without one is looked into in turn. Parts are visited breadth first, each once. Control derived from
/// parts is never promoted to control of the whole: "ISF, in Kirkuk city" is not "ISF, all of Kirkuk".</para>
/// <para>Equality compares every member, collections in order.</para>
/// </remarks>
public sealed record ControlPicture
{
    /// <summary>Gets the territory.</summary>
    public required TerritoryId Territory { get; init; }

    /// <summary>Gets the territory's own whole-territory control period in force, if any.</summary>
    public ControlPeriod? Whole { get; init; }

    /// <summary>Gets the territory's own periods of control over part of it in force, in order.</summary>
    public ImmutableArray<ControlPeriod> Partial { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the control of its parts, when it has no whole controller of its own; empty otherwise.</summary>
    public ImmutableArray<DerivedControl> Derived { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the actor in control of the whole territory (<see cref="Territories.Territory.ControllerOn"/>), or <see langword="null"/>.</summary>
    public ActorId? Controller => Whole?.Controller;

    /// <summary>Gets whether the picture says nothing: no whole, partial or derived control.</summary>
    public bool IsEmpty => Whole is null && Partial.IsEmpty && Derived.IsEmpty;

    /// <summary>Returns the distinct actors in control of the territory or any part of it, in the order met: whole, partial, derived.</summary>
    /// <returns>The actors.</returns>
    public ImmutableArray<ActorId> Controllers() =>
        [.. (Whole is null ? [] : new[] { Whole.Controller }).Concat(Partial.Select(p => p.Controller)).Concat(Derived.Select(d => d.Controller)).Distinct()];

    /// <inheritdoc />
    public bool Equals(ControlPicture? other) =>
        other is not null && Territory == other.Territory && Equals(Whole, other.Whole)
        && Equality.Sequence(Partial, other.Partial) && Equality.Sequence(Derived, other.Derived);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Territory, Whole, Equality.Hash(Partial), Equality.Hash(Derived));
}
