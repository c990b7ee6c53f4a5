using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Maps;

/// <summary>Where an incident is drawn.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="At">The position drawn (longitude as X).</param>
/// <param name="IsApproximate">Whether the position is only its territory's (or a point given at a coarse precision), not the place itself.</param>
/// <param name="Territory">The territory whose shape holds the position, or <see langword="null"/> when none does.</param>
/// <param name="PlacedBy">The territory whose point or centre gave the position, or <see langword="null"/> when the incident's own point did.</param>
/// <param name="Killed">The killed (best estimate), or <see langword="null"/> when not reported.</param>
internal sealed record IncidentMark(Incident Incident, Coordinate At, bool IsApproximate, TerritoryId? Territory, TerritoryId? PlacedBy, int? Killed);
