using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The security vacuum over a period: the coverage of each line on its last day, every incident of the period placed
/// (on a stretch, near the line but unplaced, beyond the buffer, or unlocated), the tallies per stretch and month, and
/// the before/after comparison for each mechanism that became operational by the last day.
/// </summary>
public sealed record GapReport
{
    /// <summary>Gets the first day of the period, or <see langword="null"/> when it takes in every incident up to <see cref="To"/>.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last day of the period: the date of <see cref="Coverage"/>.</summary>
    public required LocalDate To { get; init; }

    /// <summary>Gets the options the analysis ran with.</summary>
    public required GapOptions Options { get; init; }

    /// <summary>Gets the coverage of each traced line on <see cref="To"/>.</summary>
    public ImmutableArray<LineCoverage> Coverage { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the placement of each incident of the period, in catalog order.</summary>
    public ImmutableArray<IncidentPlacement> Placements { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the tallies per stretch and month, in order along the lines, then by month.</summary>
    public ImmutableArray<StretchMonth> Months { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the before/after comparisons, in identifier order of the mechanisms.</summary>
    public ImmutableArray<MechanismEffect> Effects { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the number of incidents placed on a stretch that was open on the incident's date.</summary>
    public int InOpenStretches => Placements.Count(p => p is { Kind: PlacementKind.OnStretch, IsCovered: false });

    /// <summary>Gets the number of incidents placed on a stretch that was covered on the incident's date.</summary>
    public int InCoveredStretches => Placements.Count(p => p is { Kind: PlacementKind.OnStretch, IsCovered: true });

    /// <summary>Counts the placements of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The number of incidents placed so.</returns>
    public int CountOf(PlacementKind kind) => Placements.Count(p => p is not null && p.Kind == kind);

    /// <inheritdoc />
    public bool Equals(GapReport? other) =>
        other is not null && From == other.From && To == other.To && Equals(Options, other.Options)
        && Equality.Sequence(Coverage, other.Coverage) && Equality.Sequence(Placements, other.Placements)
        && Equality.Sequence(Months, other.Months) && Equality.Sequence(Effects, other.Effects);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(From, To, Options, Equality.Hash(Coverage), Equality.Hash(Placements), Equality.Hash(Months), Equality.Hash(Effects));
}
