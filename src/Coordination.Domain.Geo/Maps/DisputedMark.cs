using Coordination.Domain.Territories;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Maps;

/// <summary>A territory disputed on the date, drawn by its shape or, without one, as a disk around its point.</summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="Shape">The territory's shape, or <see langword="null"/>.</param>
/// <param name="Point">The territory's point when it has no shape, else <see langword="null"/>.</param>
/// <param name="Name">The name to label it with.</param>
internal sealed record DisputedMark(TerritoryDispute Dispute, Geometry? Shape, Coordinate? Point, string Name);
