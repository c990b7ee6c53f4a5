using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo;

/// <summary>
/// The shapes of territories, keyed by territory, with a spatial index from a point to the territory it lies in.
/// Immutable; built once with <see cref="Create"/> (which refuses invalid geometry) and shared.
/// </summary>
public sealed class TerritoryGeometry : ITerritoryLocator
{
    private TerritoryGeometry(ImmutableArray<TerritoryShape> shapes, string? provenance)
    {
        Shapes = shapes;
        Provenance = provenance;
    }

    /// <summary>Gets the boundaries of Iraq's 18 governorates, embedded in the package (see <c>docs/geo.md</c>).</summary>
    public static TerritoryGeometry IraqGovernorates => throw new NotImplementedException();

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
    public static TerritoryGeometry Create(IEnumerable<TerritoryShape> shapes, string? provenance) =>
        throw new NotImplementedException();

    /// <summary>Gets the shape of a territory.</summary>
    /// <param name="territory">The territory.</param>
    /// <returns>Its shape, or <see langword="null"/> when it has none.</returns>
    public Geometry? ShapeOf(TerritoryId territory) => throw new NotImplementedException();

    /// <inheritdoc />
    public TerritoryId? Locate(GeoPoint point) => throw new NotImplementedException();
}
