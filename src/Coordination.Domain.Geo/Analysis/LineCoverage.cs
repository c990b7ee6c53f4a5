using System;
using System.Collections.Immutable;
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
    /// point and no part with either, so that no stretch could be given to them; in identifier order.
    /// </summary>
    public ImmutableArray<TerritoryId> UnmappedTerritories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the trace's length in kilometres.</summary>
    public double LengthKm => throw new NotImplementedException();

    /// <summary>Gets the length of the covered stretches in kilometres.</summary>
    public double CoveredKm => throw new NotImplementedException();

    /// <summary>Gets the length of the open stretches in kilometres.</summary>
    public double OpenKm => throw new NotImplementedException();

    /// <inheritdoc />
    public bool Equals(LineCoverage? other) => throw new NotImplementedException();

    /// <inheritdoc />
    public override int GetHashCode() => throw new NotImplementedException();
}
