using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Internal;
using Coordination.Domain.Identifiers;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// One coordination line on a date: its stretches, each covered or open, and the lengths. Covered and open lengths
/// add up to the trace's length.
/// </summary>
public sealed record LineCoverage
{
    /// <summary>Gets the line.</summary>
    public required CoordinationLineId Line { get; init; }

    /// <summary>Gets the date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the trace the stretches are cut from.</summary>
    public required LineTrace Trace { get; init; }

    /// <summary>Gets the stretches, in order along the trace.</summary>
    public ImmutableArray<StretchCoverage> Stretches { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the territories named by some mechanism's area of responsibility for this line that have no shape, no
    /// point and no part with either, so that no stretch could be given to them — and, for a named territory whose
    /// region is the union of its parts, each such part (the line's part within them is not known); in identifier order.
    /// </summary>
    public ImmutableArray<TerritoryId> UnmappedTerritories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the trace's length in kilometres.</summary>
    public double LengthKm => Trace.LengthKm;

    /// <summary>Gets the length of the covered stretches in kilometres.</summary>
    public double CoveredKm => Stretches.Where(s => s is { IsCovered: true }).Sum(s => s.Stretch?.LengthKm ?? 0.0);

    /// <summary>Gets the length of the open stretches in kilometres.</summary>
    public double OpenKm => Stretches.Where(s => s is { IsCovered: false }).Sum(s => s.Stretch?.LengthKm ?? 0.0);

    /// <inheritdoc />
    public bool Equals(LineCoverage? other) =>
        other is not null && Line == other.Line && Date == other.Date && Equals(Trace, other.Trace)
        && Equality.Sequence(Stretches, other.Stretches) && Equality.Sequence(UnmappedTerritories, other.UnmappedTerritories);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Date, Trace, Equality.Hash(Stretches), Equality.Hash(UnmappedTerritories));
}
