using System;
using Coordination.Domain.Geo.Internal;
using Coordination.Domain.Identifiers;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo;

/// <summary>
/// The shape of one territory: a polygon or multipolygon in WGS 84, longitude as X and latitude as Y (the order of
/// GeoJSON and of NetTopologySuite). Shapes live beside the catalog, keyed by territory, in a
/// <see cref="TerritoryGeometry"/>; the catalog's records never carry them.
/// </summary>
/// <remarks>Equality compares the territory and the geometry exactly, vertex by vertex
/// (<see cref="Geometry.EqualsExact(Geometry)"/>), not topologically.</remarks>
/// <param name="Territory">The territory the shape belongs to.</param>
/// <param name="Geometry">The shape: a <see cref="Polygon"/> or <see cref="MultiPolygon"/>.</param>
public sealed record TerritoryShape(TerritoryId Territory, Geometry Geometry)
{
    /// <inheritdoc />
    public bool Equals(TerritoryShape? other) =>
        other is not null && Territory == other.Territory && GeometryEquality.Equal(Geometry, other.Geometry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Territory, GeometryEquality.Hash(Geometry));
}
