using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Territories;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The region a territory stands for on the map, for areas of responsibility and for incidents located only to a
/// territory: its shape when it has one; else the union of the regions of its parts (children through
/// <see cref="Territory.Parent"/> and members through <see cref="MembershipKind.Member"/> memberships of any period,
/// so that the region is the same on every date); else a disk of a given radius around its point; else none.
/// </summary>
internal sealed class TerritoryRegions
{
    private const int DiskVertices = 64;

    private readonly CoordinationCatalog catalog;
    private readonly TerritoryGeometry shapes;
    private readonly double pointRadiusKm;
    private readonly ILookup<TerritoryId, TerritoryId> parts;
    private readonly Dictionary<TerritoryId, Geometry?> cache = [];
    private readonly HashSet<TerritoryId> fromParts = [];

    internal TerritoryRegions(CoordinationCatalog catalog, TerritoryGeometry shapes, double pointRadiusKm)
    {
        (this.catalog, this.shapes, this.pointRadiusKm) = (catalog, shapes, pointRadiusKm);
        var territories = catalog.Territories.Where(t => t is not null && !t.Id.IsDefault).ToList();
        parts = territories.Where(t => t.Parent is { IsDefault: false }).Select(t => (Whole: t.Parent!.Value, Part: t.Id))
            .Concat(territories.SelectMany(t => t.Memberships.Where(m => m is not null && m.Kind == MembershipKind.Member && !m.Region.IsDefault).Select(m => (Whole: m.Region, Part: t.Id))))
            .Distinct()
            .ToLookup(p => p.Whole, p => p.Part);
    }

    internal double PointRadiusKm => pointRadiusKm;

    internal TerritoryGeometry Shapes => shapes;

    /// <summary>Gets the region of a territory, or <see langword="null"/> when it is unmapped.</summary>
    internal Geometry? RegionOf(TerritoryId territory) => territory.IsDefault ? null : Resolve(territory, []);

    /// <summary>
    /// Adds to <paramref name="unmapped"/> the territories of <paramref name="territory"/>'s part tree that add nothing
    /// to its region: the territory itself when it is unmapped, else, where its region is the union of its parts, each
    /// part that is unmapped (and so on down).
    /// </summary>
    internal void CollectUnmapped(TerritoryId territory, ISet<TerritoryId> unmapped) => Collect(territory, unmapped, []);

    /// <summary>Makes a disk of <see cref="PointRadiusKm"/> around a point, on the sphere.</summary>
    internal Geometry DiskAround(GeoPoint point) => Disk(point, pointRadiusKm, shapes.Shapes.IsEmpty ? GeometryFactories.Wgs84 : shapes.Shapes[0].Geometry.Factory);

    /// <summary>Makes a polygon of 64 vertices approximating the disk of a radius around a point on the sphere (counter-clockwise).</summary>
    internal static Polygon Disk(GeoPoint centre, double radiusKm, GeometryFactory factory)
    {
        var angular = radiusKm / (GeoPoint.MeanEarthRadiusMetres / 1000.0);
        var phi1 = centre.Latitude * Math.PI / 180.0;
        var lambda1 = centre.Longitude * Math.PI / 180.0;
        var ring = new Coordinate[DiskVertices + 1];
        for (var i = 0; i < DiskVertices; i++)
        {
            // Bearings run clockwise on the compass; walking them backwards gives a counter-clockwise ring.
            var bearing = -2 * Math.PI * i / DiskVertices;
            var phi2 = Math.Asin((Math.Sin(phi1) * Math.Cos(angular)) + (Math.Cos(phi1) * Math.Sin(angular) * Math.Cos(bearing)));
            var lambda2 = lambda1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angular) * Math.Cos(phi1), Math.Cos(angular) - (Math.Sin(phi1) * Math.Sin(phi2)));
            ring[i] = new Coordinate(Math.Clamp(lambda2 * 180.0 / Math.PI, -180.0, 180.0), Math.Clamp(phi2 * 180.0 / Math.PI, -90.0, 90.0));
        }

        ring[DiskVertices] = ring[0].Copy();
        return factory.CreatePolygon(ring);
    }

    private void Collect(TerritoryId territory, ISet<TerritoryId> unmapped, HashSet<TerritoryId> seen)
    {
        if (territory.IsDefault || !seen.Add(territory))
        {
            return;
        }

        if (RegionOf(territory) is null)
        {
            unmapped.Add(territory);
        }
        else if (fromParts.Contains(territory))
        {
            foreach (var part in parts[territory])
            {
                Collect(part, unmapped, seen);
            }
        }
    }

    /// <summary>
    /// Gathers regions into one multipolygon of all their polygons, without dissolving them: the parts may overlap,
    /// so whoever asks whether a point is inside asks each polygon (no overlay, which could fail on hostile input).
    /// </summary>
    internal static Geometry Gather(IReadOnlyList<Geometry> regions) =>
        regions[0].Factory.CreateMultiPolygon([.. regions.SelectMany(Polygons)]);

    /// <summary>Lists the polygons of a polygonal geometry.</summary>
    internal static IEnumerable<Polygon> Polygons(Geometry geometry) => geometry switch
    {
        Polygon polygon => polygon.IsEmpty ? [] : [polygon],
        GeometryCollection collection => collection.Geometries.SelectMany(Polygons),
        _ => [],
    };

    private Geometry? Resolve(TerritoryId territory, HashSet<TerritoryId> visiting)
    {
        if (cache.TryGetValue(territory, out var known))
        {
            return known;
        }

        if (shapes.ShapeOf(territory) is { } shape)
        {
            return cache[territory] = shape;
        }

        if (!visiting.Add(territory))
        {
            return null; // a cycle of parent and membership links: the territory adds nothing to itself
        }

        var regions = parts[territory].Select(part => Resolve(part, visiting)).OfType<Geometry>().ToList();
        visiting.Remove(territory);
        Geometry? region = regions.Count switch
        {
            0 => catalog.FindTerritory(territory)?.Point is { } point ? DiskAround(point) : null,
            1 => regions[0],
            _ => Gather(regions),
        };
        if (regions.Count > 0)
        {
            fromParts.Add(territory);
        }

        return cache[territory] = region;
    }
}
