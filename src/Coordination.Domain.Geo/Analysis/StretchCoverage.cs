using System;
using System.Collections.Immutable;
using Coordination.Domain.Internal;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>A stretch on a date: covered when a mechanism whose area takes it in is operational on that date.</summary>
public sealed record StretchCoverage
{
    /// <summary>Gets the stretch.</summary>
    public required TraceStretch Stretch { get; init; }

    /// <summary>Gets the mechanisms covering the stretch on the date (operational, area taking it in), in identifier order.</summary>
    public ImmutableArray<MechanismId> CoveredBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a value indicating whether the stretch is covered on the date.</summary>
    public bool IsCovered => !CoveredBy.IsEmpty;

    /// <inheritdoc />
    public bool Equals(StretchCoverage? other) =>
        other is not null && Equals(Stretch, other.Stretch) && Equality.Sequence(CoveredBy, other.CoveredBy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Stretch, Equality.Hash(CoveredBy));
}
