using Coordination.Domain.Identifiers;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo;

/// <summary>
/// The shape of one territory: a polygon or multipolygon in WGS 84, longitude as X and latitude as Y (the order of
/// GeoJSON and of NetTopologySuite). Shapes live beside the catalog, keyed by territory, in a
/// <see cref="TerritoryGeometry"/>; the catalog's records never carry them.
/// </summary>
/// <param name="Territory">The territory the shape belongs to.</param>
/// <param name="Geometry">The shape: a <see cref="Polygon"/> or <see cref="MultiPolygon"/>.</param>
public sealed record TerritoryShape(TerritoryId Territory, Geometry Geometry);
