using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>Places incidents on the stretches of a <see cref="CoveragePlan"/> (see <see cref="GapAnalysis"/> for the rules).</summary>
internal sealed class IncidentPlacer
{
    private const double KmPerDegreeOfLatitude = Math.PI * GeoPoint.MeanEarthRadiusMetres / 180_000.0;

    private readonly CoveragePlan plan;
    private readonly GapOptions options;
    private readonly List<TraceStretch> stretches;
    private readonly StretchLocator locator;
    private readonly Dictionary<TerritoryId, ImmutableArray<(TraceStretch Stretch, double DistanceKm)>> byTerritory = [];

    internal IncidentPlacer(CoveragePlan plan, GapOptions options)
    {
        (this.plan, this.options) = (plan, options);
        stretches = [.. plan.Lines.SelectMany(l => l.Stretches)];
        locator = new StretchLocator(stretches);
    }

    internal IncidentPlacement Place(Incident incident)
    {
        var day = incident.Date.Earliest;
        var location = incident.Location;
        var placement = new IncidentPlacement { Incident = incident.Id, Kind = PlacementKind.Unlocated, Date = day };
        if (location is null || location.Precision == LocationPrecision.InternationalWatersOrAirspace)
        {
            return placement;
        }

        if (location.Point is { } point && location.Precision is LocationPrecision.ExactLocation or LocationPrecision.NearNamedPlace)
        {
            placement = placement with { IsByPoint = true };
            return locator.TryFindNearest(point, options.BufferKm, out var nearest, out var distance)
                ? OnStretch(placement, incident, nearest, distance)
                : placement with { Kind = PlacementKind.BeyondBuffer };
        }

        var candidates = CandidatesFor(location);
        if (candidates is not { } found)
        {
            return placement;
        }

        return found.Length switch
        {
            0 => placement with { Kind = PlacementKind.BeyondBuffer },
            1 => OnStretch(placement, incident, found[0].Stretch, found[0].DistanceKm),
            _ => Unplaced(placement, found),
        };
    }

    private IncidentPlacement OnStretch(IncidentPlacement placement, Incident incident, TraceStretch stretch, double distanceKm)
    {
        var covering = plan.CoveringOn(stretch, placement.Date);
        var latest = incident.Date.Latest;
        return placement with
        {
            Kind = PlacementKind.OnStretch,
            Line = stretch.Line,
            Stretch = stretch.Key,
            DistanceKm = distanceKm,
            IsCovered = !covering.IsEmpty,
            CoveredBy = covering,
            IsDateAmbiguous = latest > placement.Date && plan.CoveringOn(stretch, latest).IsEmpty != covering.IsEmpty,
        };
    }

    private IncidentPlacement Unplaced(IncidentPlacement placement, ImmutableArray<(TraceStretch Stretch, double DistanceKm)> found)
    {
        var states = found.Select(f => !plan.CoveringOn(f.Stretch, placement.Date).IsEmpty).Distinct().ToList();
        return placement with
        {
            Kind = PlacementKind.NearLineUnplaced,
            DistanceKm = found.Min(f => f.DistanceKm),
            IsCovered = states.Count == 1 ? states[0] : null,
            Candidates = [.. found.Select(f => f.Stretch.Key)],
        };
    }

    // The stretches within the buffer of the region standing for a location without a usable point, or null when no
    // region stands for it: its territory's region; else, for a point given to its district, a disk of the point
    // radius; for a point given to its governorate, the smallest shape holding the point.
    private ImmutableArray<(TraceStretch Stretch, double DistanceKm)>? CandidatesFor(IncidentLocation location)
    {
        if (location.Territory is { IsDefault: false } territory && plan.Regions.RegionOf(territory) is { } region)
        {
            if (!byTerritory.TryGetValue(territory, out var known))
            {
                byTerritory[territory] = known = Near(region);
            }

            return known;
        }

        if (location.Point is not { } point)
        {
            return null;
        }

        if (location.Precision == LocationPrecision.SecondOrderDivision)
        {
            return Near(plan.Regions.DiskAround(point));
        }

        if (location.Precision == LocationPrecision.FirstOrderDivision && plan.Regions.Shapes.Locate(point) is { } holder && plan.Regions.Shapes.ShapeOf(holder) is { } shape)
        {
            if (!byTerritory.TryGetValue(holder, out var known))
            {
                byTerritory[holder] = known = Near(shape);
            }

            return known;
        }

        return null;
    }

    private ImmutableArray<(TraceStretch Stretch, double DistanceKm)> Near(Geometry region)
    {
        var prepared = TerritoryRegions.Polygons(region).Select(PreparedGeometryFactory.Prepare).ToList();
        var envelope = region.EnvelopeInternal;
        var dLat = options.BufferKm / KmPerDegreeOfLatitude;
        var highest = Math.Max(Math.Abs(envelope.MinY), Math.Abs(envelope.MaxY)) + dLat;
        var dLon = highest >= 89.0 ? 360.0 : dLat / Math.Cos(highest * Math.PI / 180.0);
        var widened = new Envelope(envelope.MinX - dLon, envelope.MaxX + dLon, envelope.MinY - dLat, envelope.MaxY + dLat);
        var near = ImmutableArray.CreateBuilder<(TraceStretch, double)>();
        foreach (var stretch in stretches)
        {
            if (!widened.Intersects(stretch.Geometry.EnvelopeInternal))
            {
                continue;
            }

            var distance = prepared.Exists(p => p.Intersects(stretch.Geometry)) ? 0.0 : DistanceKm(region, stretch.Geometry);
            if (distance <= options.BufferKm)
            {
                near.Add((stretch, distance));
            }
        }

        return near.ToImmutable();
    }

    // The distance between a region and a stretch that do not meet: the least distance from a vertex of either to the other.
    private static double DistanceKm(Geometry region, Geometry stretch)
    {
        var best = double.PositiveInfinity;
        foreach (var c in stretch.Coordinates)
        {
            best = Math.Min(best, GeoMeasure.DistanceKm(new GeoPoint(c.Y, c.X), region));
        }

        foreach (var c in region.Coordinates)
        {
            best = Math.Min(best, GeoMeasure.DistanceKm(new GeoPoint(c.Y, c.X), stretch));
        }

        return best;
    }
}
