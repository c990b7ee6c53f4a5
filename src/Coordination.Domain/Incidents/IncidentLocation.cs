using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Incidents;

/// <summary>Where an incident happened, as precisely as reported.</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record IncidentLocation
{
    /// <summary>Gets the place as the sources name it ("near Prde town"), if named.</summary>
    public string? PlaceName { get; init; }

    /// <summary>Gets the catalogued territory the incident happened in, if known.</summary>
    public TerritoryId? Territory { get; init; }

    /// <summary>Gets a point for the incident, if known.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>Gets how precisely the location is known.</summary>
    public required LocationPrecision Precision { get; init; }
}
