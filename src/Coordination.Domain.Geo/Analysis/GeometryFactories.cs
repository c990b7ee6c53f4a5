using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>The geometry factory of the analysis: floating precision, SRID 4326 (WGS 84).</summary>
internal static class GeometryFactories
{
    internal static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
}
