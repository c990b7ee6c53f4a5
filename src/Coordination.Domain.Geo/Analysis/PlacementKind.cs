namespace Coordination.Domain.Geo.Analysis;

/// <summary>Where the gap analysis put an incident. Every incident gets exactly one.</summary>
public enum PlacementKind
{
    /// <summary>On one stretch of a line: within the buffer, and (for an incident known only to a territory) the territory's part within the buffer lies by that stretch alone.</summary>
    OnStretch = 0,

    /// <summary>Near the line, stretch unknown: the incident's territory lies within the buffer of two or more stretches, so its stretch cannot be told.</summary>
    NearLineUnplaced = 1,

    /// <summary>Beyond the buffer of every traced line.</summary>
    BeyondBuffer = 2,

    /// <summary>No usable location: no point of enough precision and no territory with a region on the map (or at sea or in the air).</summary>
    Unlocated = 3,
}
