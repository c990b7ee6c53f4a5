using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Analysis;

/// <summary>A territory two or more actors claimed on the situation's date, who held it then and who held it before.</summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record DisputedTerritory
{
    /// <summary>Gets the territory.</summary>
    public required TerritoryId Territory { get; init; }

    /// <summary>Gets the distinct actors claiming it on the date, in identifier order (<c>Territory.ClaimantsOn</c>).</summary>
    public ImmutableArray<ActorId> Claimants { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the actor in control on the date (<c>Territory.ControllerOn</c>), or <see langword="null"/> when no control period covers it.</summary>
    public ActorId? Controller { get; init; }

    /// <summary>Gets the first day of the control period in force, or <see langword="null"/> when there is none or it has no start.</summary>
    public LocalDate? ControlledSince { get; init; }

    /// <summary>
    /// Gets how precisely the sources give <see cref="ControlledSince"/> (<c>DatePeriod.StartPrecision</c>): "since 2014" is
    /// 2014-01-01 of <see cref="DatePrecision.Year"/> precision; <see cref="DatePrecision.Day"/> when there is no start.
    /// </summary>
    public DatePrecision ControlledSincePrecision { get; init; }

    /// <summary>Gets the controller of the control period that ended last on or before the date, if any.</summary>
    public ActorId? PreviousController { get; init; }

    /// <summary>Gets the sources cited: the territory's, then those of the claims and the control period in force, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(DisputedTerritory? other) =>
        other is not null && Territory == other.Territory && Controller == other.Controller && ControlledSince == other.ControlledSince
        && ControlledSincePrecision == other.ControlledSincePrecision         && PreviousController == other.PreviousController && Equality.Sequence(Claimants, other.Claimants) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Territory, Controller, ControlledSince, ControlledSincePrecision, PreviousController, Equality.Hash(Claimants), Equality.Hash(Sources));
}
