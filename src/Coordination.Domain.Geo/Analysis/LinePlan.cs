using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using NetTopologySuite.Geometries;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Distance;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The stretches of one line's trace, which hold on every date: the trace cut at every boundary of a territory shape
/// and of a mechanism's area, each stretch labelled with the smallest shape holding it and the mechanisms whose area
/// takes it in.
/// </summary>
internal sealed class LinePlan
{
    /// <summary>The key segment of a stretch outside every territory shape (not a valid territory identifier).</summary>
    internal const string OutsideEveryShape = "-";

    private LinePlan(CoordinationLineId line, LineTrace trace, ImmutableArray<TraceStretch> stretches, ImmutableArray<TerritoryId> unmapped)
    {
        (Line, Trace, Stretches, UnmappedTerritories) = (line, trace, stretches, unmapped);
    }

    internal CoordinationLineId Line { get; }

    internal LineTrace Trace { get; }

    internal ImmutableArray<TraceStretch> Stretches { get; }

    internal ImmutableArray<TerritoryId> UnmappedTerritories { get; }

    internal static LinePlan Cut(CoordinationLine line, LineTrace trace, IReadOnlyList<CoordinationMechanism> mechanisms, TerritoryRegions regions)
    {
        var geometry = trace.Geometry;
        var envelope = geometry.EnvelopeInternal;
        var zones = new List<Zone>();
        foreach (var shape in regions.Shapes.Shapes)
        {
            if (shape.Geometry.EnvelopeInternal.Intersects(envelope))
            {
                zones.Add(new Zone(shape.Geometry, shape.Territory, shape.Geometry.Area, null));
            }
        }

        var wholeLine = new List<MechanismId>();
        var unmapped = new SortedSet<TerritoryId>();
        foreach (var mechanism in mechanisms)
        {
            var area = mechanism.Area ?? AreaOfResponsibility.None;
            var named = area.LineStretches.Where(s => s is not null && s.Line == line.Id).ToList();
            if (named.Any(s => s.Within is null))
            {
                wholeLine.Add(mechanism.Id);
                continue;
            }

            var territories = named.Select(s => s.Within!.Value).Concat(area.Territories).Where(t => !t.IsDefault).Distinct().ToList();
            var parts = new List<Geometry>();
            foreach (var territory in territories)
            {
                regions.CollectUnmapped(territory, unmapped);
                if (regions.RegionOf(territory) is { } region)
                {
                    parts.Add(region);
                }
            }

            if (parts.Count > 0)
            {
                var region = parts.Count == 1 ? parts[0] : TerritoryRegions.Gather(parts);
                if (!region.IsEmpty)
                {
                    zones.Add(new Zone(region, null, 0, mechanism.Id));
                }
            }
        }

        return new LinePlan(line.Id, trace, Label(line.Id, Split(geometry, zones), zones, wholeLine), [.. unmapped]);
    }

    // Cuts the trace into runs over which the set of zones holding it does not change: each segment of the trace is
    // split where it meets a zone's boundary, each piece is placed by its midpoint (a point on or within a hair of a
    // boundary counts as inside, as a shared boundary belongs to both shapes), and consecutive pieces in the same zones
    // are joined.
    private static List<Run> Split(Geometry trace, List<Zone> zones)
    {
        var runs = new List<Run>();
        var intersector = new RobustLineIntersector();
        foreach (var part in LineStrings(trace))
        {
            var coordinates = part.Coordinates;
            Run? current = null;
            for (var i = 1; i < coordinates.Length; i++)
            {
                var (a, b) = (coordinates[i - 1], coordinates[i]);
                if (a.Equals2D(b))
                {
                    continue;
                }

                var cuts = new List<(double At, Coordinate Point)> { (0.0, a), (1.0, b) };
                var segmentKm = new GeoPoint(a.Y, a.X).DistanceTo(new GeoPoint(b.Y, b.X)) / 1000.0;
                var segment = new Envelope(a, b);
                foreach (var zone in zones)
                {
                    if (!zone.Envelope.Intersects(segment))
                    {
                        continue;
                    }

                    foreach (var edge in zone.Edges.Query(segment))
                    {
                        intersector.ComputeIntersection(a, b, edge.P0, edge.P1);
                        for (var k = 0; k < intersector.IntersectionNum; k++)
                        {
                            var point = intersector.GetIntersection(k);
                            var at = FractionAlong(a, b, point);
                            if (at > 0.0 && at < 1.0)
                            {
                                cuts.Add((at, point));
                            }
                        }
                    }
                }

                cuts.Sort((x, y) => x.At.CompareTo(y.At));
                for (var j = 1; j < cuts.Count; j++)
                {
                    var (from, to) = (cuts[j - 1].Point, cuts[j].Point);
                    if (from.Equals2D(to))
                    {
                        continue;
                    }

                    var label = LabelOf(new Coordinate((from.X + to.X) / 2, (from.Y + to.Y) / 2), zones);
                    if (current is null || current.Label != label)
                    {
                        current = new Run(label, [from.Copy()]);
                        runs.Add(current);
                    }

                    current.Coordinates.Add(to.Copy());
                    current.LengthKm += (cuts[j].At - cuts[j - 1].At) * segmentKm;
                }
            }
        }

        return runs;
    }

    private static double FractionAlong(Coordinate a, Coordinate b, Coordinate point)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        return Math.Abs(dx) >= Math.Abs(dy) ? (point.X - a.X) / dx : (point.Y - a.Y) / dy;
    }

    private static string LabelOf(Coordinate point, List<Zone> zones)
    {
        var label = new StringBuilder();
        for (var z = 0; z < zones.Count; z++)
        {
            if (zones[z].Holds(point))
            {
                label.Append(z).Append(',');
            }
        }

        return label.ToString();
    }

    private static ImmutableArray<TraceStretch> Label(CoordinationLineId line, List<Run> runs, List<Zone> zones, List<MechanismId> wholeLine)
    {
        var factory = GeometryFactories.Wgs84;
        var numbers = new Dictionary<string, int>();
        var stretches = ImmutableArray.CreateBuilder<TraceStretch>(runs.Count);
        foreach (var run in runs)
        {
            Zone? holder = null;
            var mechanisms = new SortedSet<MechanismId>(wholeLine);
            foreach (var zone in run.Label.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => zones[int.Parse(i, CultureInfo.InvariantCulture)]))
            {
                if (zone.Mechanism is { } mechanism)
                {
                    mechanisms.Add(mechanism);
                }
                else if (holder is null || zone.Area < holder.Area || (zone.Area == holder.Area && zone.Territory < holder.Territory))
                {
                    holder = zone;
                }
            }

            var part = factory.CreateLineString([.. run.Coordinates]);
            var segment = holder?.Territory?.Value ?? OutsideEveryShape;
            var n = numbers[segment] = numbers.GetValueOrDefault(segment) + 1;
            stretches.Add(new TraceStretch
            {
                Key = string.Create(CultureInfo.InvariantCulture, $"{line.Value}/{segment}/{n}"),
                Line = line,
                Territory = holder?.Territory,
                Mechanisms = [.. mechanisms],
                Geometry = part,
                LengthKm = run.LengthKm,
            });
        }

        return stretches.MoveToImmutable();
    }

    private static IEnumerable<LineString> LineStrings(Geometry geometry)
    {
        if (geometry is LineString lineString)
        {
            yield return lineString;
        }
        else if (geometry is GeometryCollection collection)
        {
            foreach (var part in collection.Geometries)
            {
                foreach (var inner in LineStrings(part))
                {
                    yield return inner;
                }
            }
        }
    }

    private sealed record Run(string Label, List<Coordinate> Coordinates)
    {
        public double LengthKm { get; set; }
    }

    private sealed class Zone
    {
        // A point this close to a zone's boundary (in degrees: about 0.1 mm) is on it: a midpoint of two shared
        // vertices, computed in floating point, may miss the shared edge by a rounding error.
        private const double OnBoundary = 1e-9;

        private readonly IndexedPointInAreaLocator[] locators;
        private IndexedFacetDistance? boundary;

        internal Zone(Geometry geometry, TerritoryId? territory, double area, MechanismId? mechanism)
        {
            (Geometry, Territory, Area, Mechanism) = (geometry, territory, area, mechanism);
            Envelope = geometry.EnvelopeInternal;
            locators = [.. TerritoryRegions.Polygons(geometry).Select(p => new IndexedPointInAreaLocator(p))];
            Edges = new STRtree<LineSegment>();
            foreach (var ring in Rings(geometry))
            {
                var coordinates = ring.Coordinates;
                for (var i = 1; i < coordinates.Length; i++)
                {
                    var edge = new LineSegment(coordinates[i - 1], coordinates[i]);
                    Edges.Insert(new Envelope(edge.P0, edge.P1), edge);
                }
            }

            Edges.Build();
        }

        internal Geometry Geometry { get; }

        internal TerritoryId? Territory { get; }

        internal double Area { get; }

        internal MechanismId? Mechanism { get; }

        internal Envelope Envelope { get; }

        internal STRtree<LineSegment> Edges { get; }

        internal bool Holds(Coordinate point)
        {
            if (point.X < Envelope.MinX - OnBoundary || point.X > Envelope.MaxX + OnBoundary || point.Y < Envelope.MinY - OnBoundary || point.Y > Envelope.MaxY + OnBoundary)
            {
                return false;
            }

            foreach (var locator in locators)
            {
                if (locator.Locate(point) != Location.Exterior)
                {
                    return true;
                }
            }

            boundary ??= new IndexedFacetDistance(Geometry.Boundary);
            return boundary.Distance(Geometry.Factory.CreatePoint(point)) <= OnBoundary;
        }

        private static IEnumerable<LineString> Rings(Geometry geometry)
        {
            if (geometry is Polygon polygon)
            {
                yield return polygon.ExteriorRing;
                foreach (var hole in polygon.InteriorRings)
                {
                    yield return hole;
                }
            }
            else if (geometry is GeometryCollection collection)
            {
                foreach (var part in collection.Geometries)
                {
                    foreach (var ring in Rings(part))
                    {
                        yield return ring;
                    }
                }
            }
        }
    }
}
