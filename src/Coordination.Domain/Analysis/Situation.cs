using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Analysis;

/// <summary>
/// What a catalog says about one date, as identifiers, dates and enums: the disputed territories with
/// their claimants and controllers, the coordination lines, the mechanisms with the status in force,
/// the incidents up to the date with their casualties, the support begun by then, and the sources all
/// of it cites. Returned by <see cref="SituationAnalysis.SituationOn"/>; a report, a dashboard or an
/// export draws the words from it and looks the records up in the catalog by their identifiers.
/// </summary>
/// <remarks>
/// Immutable. Equality compares every member, collections in order.
/// </remarks>
public sealed record Situation
{
    /// <summary>Gets the date the situation is on (a calendar date, as the model's dates are kept in Asia/Baghdad).</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the territories two or more actors claimed on the date, in catalog order.</summary>
    public ImmutableArray<DisputedTerritory> DisputedTerritories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the coordination lines, in catalog order.</summary>
    public ImmutableArray<LineInPlace> Lines { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the mechanisms with a status in force on the date, in catalog order; a mechanism whose first change is later is not yet in the situation.</summary>
    public ImmutableArray<MechanismInForce> Mechanisms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the mechanisms whose sources date no status at all, in catalog order; they are listed on every date.</summary>
    public ImmutableArray<UndatedMechanism> UndatedMechanisms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the incidents whose reported date begins on or before the date, latest first (by reported date, then identifier).</summary>
    public ImmutableArray<IncidentToDate> Incidents { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the support whose period began on or before the date (in force or ended), in catalog order.</summary>
    public ImmutableArray<SupportGiven> Support { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the relations between actors in force on the date, in catalog order of the actors, then in order of relation kind.</summary>
    public ImmutableArray<RelationInForce> Relations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the posts people held on the date, in catalog order of the people.</summary>
    public ImmutableArray<PostHeld> Posts { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the sources cited by the entries above, each once, in order of first citation: disputed
    /// territories, lines, mechanisms in force, undated mechanisms, incidents, support, relations, posts.
    /// An identifier the catalog holds no source for is listed too; validation reports it.
    /// </summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the support still in force on the date, in catalog order.</summary>
    public ImmutableArray<SupportGiven> SupportInForce => [.. Support.Where(s => s.InForce)];

    /// <summary>
    /// Gets the killed of all the incidents up to the date, added up: partial (a lower bound) when some
    /// incident's toll is not reported or partial; <see langword="null"/> when no incident reports one.
    /// </summary>
    public CasualtyTotal? TotalKilled => CasualtyTotal.OfReported(Incidents.Select(i => i.TotalKilled));

    /// <summary>
    /// Gets the injured of all the incidents up to the date, added up: partial (a lower bound) when some
    /// incident's toll is not reported or partial; <see langword="null"/> when no incident reports one.
    /// </summary>
    public CasualtyTotal? TotalInjured => CasualtyTotal.OfReported(Incidents.Select(i => i.TotalInjured));

    /// <inheritdoc />
    public bool Equals(Situation? other) =>
        other is not null && Date == other.Date
        && Equality.Sequence(DisputedTerritories, other.DisputedTerritories) && Equality.Sequence(Lines, other.Lines)
        && Equality.Sequence(Mechanisms, other.Mechanisms) && Equality.Sequence(UndatedMechanisms, other.UndatedMechanisms)
        && Equality.Sequence(Incidents, other.Incidents) && Equality.Sequence(Support, other.Support)
        && Equality.Sequence(Relations, other.Relations) && Equality.Sequence(Posts, other.Posts) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        Date, Equality.Hash(DisputedTerritories), Equality.Hash(Lines), Equality.Hash(Mechanisms), Equality.Hash(UndatedMechanisms),
        Equality.Hash(Incidents), Equality.Hash(Support), HashCode.Combine(Equality.Hash(Relations), Equality.Hash(Posts), Equality.Hash(Sources)));
}
