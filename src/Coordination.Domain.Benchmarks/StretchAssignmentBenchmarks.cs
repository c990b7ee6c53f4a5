using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Reference;
using NodaTime;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Assigning incidents to the stretches of the inferred KCL (the reference coverage, 11 stretches, 484 vertices):
/// the STR-tree of <see cref="StretchLocator"/> beside a brute-force baseline that measures the distance to every
/// stretch. The points are spread over the line's box widened by half a degree, so some fall within the 20 km
/// buffer and most do not, as incidents of a whole country would.
/// </summary>
[MemoryDiagnoser]
public class StretchAssignmentBenchmarks
{
    private const double BufferKm = GapOptions.DefaultBufferKm;

    private ImmutableArray<TraceStretch> stretches;
    private StretchLocator locator = null!;
    private GeoPoint[] points = [];

    [Params(1_000_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var coverage = ReferenceCatalog.Load().CoverageOn(CatalogGeometry.Reference, new LocalDate(2021, 6, 1)).Single();
        stretches = [.. coverage.Stretches.Select(s => s.Stretch)];
        locator = new StretchLocator(stretches);
        var box = coverage.Trace.Geometry.EnvelopeInternal;
        var random = new Random(11);
        points = new GeoPoint[Incidents];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new GeoPoint(box.MinY - 0.5 + (random.NextDouble() * (box.Height + 1)), box.MinX - 0.5 + (random.NextDouble() * (box.Width + 1)));
        }

        // Both ways must give the same answer, or the comparison means nothing.
        for (var i = 0; i < Math.Min(points.Length, 2_000); i++)
        {
            var indexed = locator.TryFindNearest(points[i], BufferKm, out var stretch, out _) ? stretch.Key : null;
            if (indexed != Nearest(points[i]))
            {
                throw new InvalidOperationException($"The index and the brute force disagree at {points[i]}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int BruteForce()
    {
        var placed = 0;
        foreach (var point in points)
        {
            placed += Nearest(point) is null ? 0 : 1;
        }

        return placed;
    }

    [Benchmark]
    public int StrTree()
    {
        var placed = 0;
        foreach (var point in points)
        {
            placed += locator.TryFindNearest(point, BufferKm, out _, out _) ? 1 : 0;
        }

        return placed;
    }

    private string? Nearest(GeoPoint point)
    {
        string? best = null;
        var bestKm = double.PositiveInfinity;
        foreach (var stretch in stretches)
        {
            var km = GeoMeasure.DistanceKm(point, stretch.Geometry);
            if (km <= BufferKm && km < bestKm)
            {
                (best, bestKm) = (stretch.Key, km);
            }
        }

        return best;
    }
}
