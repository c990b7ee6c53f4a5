using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Territories;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Analysis;

/// <summary>
/// A territory disputed on the situation's date (<c>CoordinationCatalog.DisputeOn</c>: by its own claims or
/// inherited from an ancestor or a region it is a member of), who held it then — the whole and its parts —
/// and who held it before, with what was inferred rather than stated.
/// </summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record DisputedTerritory
{
    /// <summary>Gets the territory.</summary>
    public required TerritoryId Territory { get; init; }

    /// <summary>
    /// Gets the distinct actors disputing it on the date, in identifier order: its own claimants
    /// (<c>Territory.ClaimantsOn</c>), or for an inherited dispute those of <see cref="InheritedFrom"/>.
    /// </summary>
    public ImmutableArray<ActorId> Claimants { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the territory whose claims it inherits its dispute from, or <see langword="null"/> when its own claims make it disputed.</summary>
    public TerritoryId? InheritedFrom { get; init; }

    /// <summary>Gets the claimants among <see cref="Claimants"/> whose claim in force is inferred rather than stated, in identifier order.</summary>
    public ImmutableArray<ActorId> InferredClaimants { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the territory's own record is inferred rather than stated.</summary>
    public bool IsInferred { get; init; }

    /// <summary>
    /// Gets the controller picture on the date (<c>CoordinationCatalog.ControlOn</c>): the whole controller,
    /// control of parts, and control derived from its parts where it has no whole controller; each period
    /// carries its own <c>Inference</c>. <see langword="null"/> only for a territory the catalog does not hold.
    /// </summary>
    public ControlPicture? Control { get; init; }

    /// <summary>Gets the actor in control of the whole territory on the date (<c>Territory.ControllerOn</c>), or <see langword="null"/> when no whole-territory control period covers it.</summary>
    public ActorId? Controller { get; init; }

    /// <summary>Gets the first day of the control period in force, or <see langword="null"/> when there is none or it has no start.</summary>
    public LocalDate? ControlledSince { get; init; }

    /// <summary>
    /// Gets how precisely the sources give <see cref="ControlledSince"/> (<c>DatePeriod.StartPrecision</c>): "since 2014" is
    /// 2014-01-01 of <see cref="DatePrecision.Year"/> precision; <see cref="DatePrecision.Day"/> when there is no start.
    /// </summary>
    public DatePrecision ControlledSincePrecision { get; init; }

    /// <summary>Gets the controller of the whole-territory control period that ended last on or before the date, if any.</summary>
    public ActorId? PreviousController { get; init; }

    /// <summary>Gets the sources cited: the territory's, then those of the claims in force (of <see cref="InheritedFrom"/> for an inherited dispute), of the whole control period, the partial and the derived ones in force, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(DisputedTerritory? other) =>
        other is not null && Territory == other.Territory && Controller == other.Controller && ControlledSince == other.ControlledSince
        && ControlledSincePrecision == other.ControlledSincePrecision && PreviousController == other.PreviousController && Equality.Sequence(Claimants, other.Claimants) && Equality.Sequence(Sources, other.Sources)
        && InheritedFrom == other.InheritedFrom && Equality.Sequence(InferredClaimants, other.InferredClaimants) && IsInferred == other.IsInferred
        && Equals(Control, other.Control);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Territory, Controller, ControlledSince, ControlledSincePrecision, PreviousController, Equality.Hash(Claimants), Equality.Hash(Sources), HashCode.Combine(InheritedFrom, Equality.Hash(InferredClaimants), IsInferred, Control));
}
