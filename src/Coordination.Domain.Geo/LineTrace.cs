using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;
using Coordination.Domain.Provenance;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo;

/// <summary>
/// Where a coordination line runs: a <see cref="LineString"/> or <see cref="MultiLineString"/> in WGS 84 (longitude
/// as X). The sources give no trace of the Kurdish Coordination Line; <see cref="InferredKcl"/> is an inference,
/// marked as one, and a user's own trace replaces it (<see cref="CatalogGeometry.WithTrace"/>).
/// </summary>
public sealed record LineTrace
{
    /// <summary>Gets the line traced.</summary>
    public required CoordinationLineId Line { get; init; }

    /// <summary>Gets the trace: lineal, non-empty, valid.</summary>
    public required Geometry Geometry { get; init; }

    /// <summary>Gets the sources of the trace (for an inferred trace, those its reasoning rests on).</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the reasoning when the trace is inferred rather than reported, or <see langword="null"/>.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets a value indicating whether the trace is inferred (<see cref="Inference"/> is set).</summary>
    public bool IsInferred => Inference is not null;

    /// <summary>Gets the length of the trace in kilometres, measured on the sphere.</summary>
    public double LengthKm => throw new NotImplementedException();

    /// <summary>
    /// Gets the inferred trace of the Kurdish Coordination Line (<c>kcl</c>): the boundary the three Kurdistan Region
    /// governorates share with Ninewa, Kirkuk, Salah al-Din and Diyala, to which the Peshmerga withdrew after
    /// October 2017 (see <c>docs/geo.md</c>).
    /// </summary>
    public static LineTrace InferredKcl => throw new NotImplementedException();

    /// <summary>Makes a trace from a catalog line's own points (its sources, no inference).</summary>
    /// <param name="line">The line.</param>
    /// <returns>The trace, or <see langword="null"/> when the line has fewer than two points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public static LineTrace? FromPoints(CoordinationLine line) => throw new NotImplementedException();

    /// <inheritdoc />
    public bool Equals(LineTrace? other) => throw new NotImplementedException();

    /// <inheritdoc />
    public override int GetHashCode() => throw new NotImplementedException();
}
