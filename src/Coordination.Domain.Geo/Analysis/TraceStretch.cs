using System;
using System.Collections.Immutable;
using Coordination.Domain.Geo.Internal;
using Coordination.Domain.Internal;
using Coordination.Domain.Identifiers;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// A stretch of a line's trace over which nothing changes on any date: one territory (the smallest with a shape that
/// holds it) and one set of mechanisms whose area of responsibility takes it in. The trace is cut at every boundary
/// of a territory shape and of a mechanism's area, so a stretch is the same whatever the date; only whether it is
/// covered (<see cref="StretchCoverage"/>) changes.
/// </summary>
public sealed record TraceStretch
{
    /// <summary>Gets the stable key of the stretch: <c>line/territory/n</c>, such as <c>kcl/kirkuk/1</c>, numbered along the trace.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the line.</summary>
    public required CoordinationLineId Line { get; init; }

    /// <summary>Gets the smallest territory with a shape that holds the stretch, or <see langword="null"/> outside every shape.</summary>
    public TerritoryId? Territory { get; init; }

    /// <summary>Gets the mechanisms whose area of responsibility takes the stretch in (on some date), in identifier order.</summary>
    public ImmutableArray<MechanismId> Mechanisms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the stretch's geometry (lineal, WGS 84).</summary>
    public required Geometry Geometry { get; init; }

    /// <summary>
    /// Gets the stretch's length in kilometres: its share of the trace's length (a segment of the trace cut at a
    /// boundary gives each piece its fraction of the segment's length on the sphere), so that the stretches of a trace
    /// add up to <see cref="LineTrace.LengthKm"/>.
    /// </summary>
    public required double LengthKm { get; init; }

    /// <inheritdoc />
    public bool Equals(TraceStretch? other) =>
        other is not null && Key == other.Key && Line == other.Line && Territory == other.Territory && LengthKm.Equals(other.LengthKm)
        && Equality.Sequence(Mechanisms, other.Mechanisms) && GeometryEquality.Equal(Geometry, other.Geometry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Line, Territory, LengthKm, Equality.Hash(Mechanisms), GeometryEquality.Hash(Geometry));
}
