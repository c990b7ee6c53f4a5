using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Coordination.Domain.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// Finds the stretch nearest a point, within a distance, through a spatial index (an STR-tree over runs of at most 32
/// segments of each stretch): only the runs whose box, widened by the distance, holds the point are measured, with
/// <see cref="GeoMeasure.DistanceKm"/>. Immutable and safe to share between threads.
/// </summary>
public sealed class StretchLocator
{
    private const int RunLength = 32;
    private const double KmPerDegreeOfLatitude = Math.PI * GeoPoint.MeanEarthRadiusMetres / 180_000.0;

    private readonly STRtree<Run> index = new();

    /// <summary>Initializes the locator.</summary>
    /// <param name="stretches">The stretches.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stretches"/> or an element is <see langword="null"/>.</exception>
    public StretchLocator(IEnumerable<TraceStretch> stretches)
    {
        ArgumentNullException.ThrowIfNull(stretches);
        var builder = ImmutableArray.CreateBuilder<TraceStretch>();
        foreach (var stretch in stretches)
        {
            if (stretch?.Geometry is null)
            {
                throw new ArgumentNullException(nameof(stretches), "A stretch, or its geometry, is null.");
            }

            var order = builder.Count;
            builder.Add(stretch);
            foreach (var part in Parts(stretch.Geometry))
            {
                var coordinates = part.Coordinates;
                for (var start = 0; start < coordinates.Length - 1; start += RunLength)
                {
                    var run = coordinates[start..Math.Min(coordinates.Length, start + RunLength + 1)];
                    var line = stretch.Geometry.Factory.CreateLineString(run);
                    index.Insert(line.EnvelopeInternal, new Run(stretch, order, line));
                }
            }
        }

        Stretches = builder.ToImmutable();
        index.Build();
    }

    /// <summary>Gets the stretches, in the order given.</summary>
    public ImmutableArray<TraceStretch> Stretches { get; }

    /// <summary>Finds the stretch nearest a point, if one lies within a distance; a tie goes to the stretch given first.</summary>
    /// <param name="point">The point.</param>
    /// <param name="withinKm">The distance in kilometres (finite, ≥ 0).</param>
    /// <param name="stretch">The nearest stretch, or <see langword="null"/>.</param>
    /// <param name="distanceKm">Its distance in kilometres, or <see cref="double.PositiveInfinity"/>.</param>
    /// <returns><see langword="true"/> when a stretch lies within <paramref name="withinKm"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinKm"/> is negative, infinite or NaN.</exception>
    public bool TryFindNearest(GeoPoint point, double withinKm, [NotNullWhen(true)] out TraceStretch? stretch, out double distanceKm)
    {
        if (!(withinKm >= 0 && withinKm < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(nameof(withinKm), withinKm, "The distance must be finite and at least 0 km.");
        }

        var dLat = (withinKm / KmPerDegreeOfLatitude) + 1e-9;
        var highest = Math.Abs(point.Latitude) + dLat;
        var dLon = highest >= 89.0 ? 360.0 : dLat / Math.Cos(highest * Math.PI / 180.0);
        var box = new Envelope(point.Longitude - dLon, point.Longitude + dLon, point.Latitude - dLat, point.Latitude + dLat);
        (stretch, distanceKm) = (null, double.PositiveInfinity);
        var bestOrder = int.MaxValue;
        foreach (var run in index.Query(box))
        {
            var distance = GeoMeasure.DistanceKm(point, run.Line);
            if (distance <= withinKm && (distance < distanceKm || (distance == distanceKm && run.Order < bestOrder)))
            {
                (stretch, distanceKm, bestOrder) = (run.Stretch, distance, run.Order);
            }
        }

        return stretch is not null;
    }

    private static IEnumerable<LineString> Parts(Geometry geometry) =>
        geometry switch
        {
            LineString line => [line],
            GeometryCollection collection => collection.Geometries.SelectMany(Parts),
            _ => [],
        };

    private sealed record Run(TraceStretch Stretch, int Order, LineString Line);
}
