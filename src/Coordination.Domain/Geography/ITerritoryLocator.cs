using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Geography;

/// <summary>
/// Finds the territory a point lies in. The core library has no geometry of its own; the
/// <c>Coordination.Domain.Geo</c> package implements this over territory polygons, and readers of outside data (the
/// Interop gazetteer) use it to place a row whose place names do not resolve.
/// </summary>
public interface ITerritoryLocator
{
    /// <summary>Finds the smallest territory whose shape contains <paramref name="point"/>.</summary>
    /// <param name="point">The point (WGS 84).</param>
    /// <returns>The territory, or <see langword="null"/> when no shape contains the point.</returns>
    TerritoryId? Locate(GeoPoint point);
}
