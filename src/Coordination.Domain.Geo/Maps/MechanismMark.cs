using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo.Maps;

/// <summary>Where a mechanism is drawn, and its status on the date.</summary>
/// <param name="Mechanism">The mechanism.</param>
/// <param name="Status">Its status on the date.</param>
/// <param name="At">The position drawn (longitude as X).</param>
/// <param name="Placement">How the position was found: <c>site</c>, <c>site-region</c> (a territory holding the site), <c>stretch</c> (the middle of its stretch of line) or <c>area</c>.</param>
/// <param name="PlacedBy">The territory or stretch whose point gave the position.</param>
internal sealed record MechanismMark(CoordinationMechanism Mechanism, MechanismStatus Status, Coordinate At, string Placement, string PlacedBy);
