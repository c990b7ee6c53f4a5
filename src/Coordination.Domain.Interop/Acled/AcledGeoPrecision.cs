namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// ACLED's <c>geo_precision</c>: how precisely the row's coordinates place the event. A scale of its own, never
/// interchangeable with <see cref="AcledTimePrecision"/>, UCDP's <c>where_prec</c> or the model's
/// <see cref="Geography.LocationPrecision"/>; <see cref="AcledScales.ToLocationPrecision"/> maps it onto the model.
/// </summary>
public enum AcledGeoPrecision
{
    /// <summary>1: a named town (or a site) whose coordinates are known.</summary>
    NamedPlace = 1,

    /// <summary>2: near a town, or part of a region, coded to a representative town nearby.</summary>
    NearNamedPlace = 2,

    /// <summary>3: only a larger region is known, coded to the nearest natural feature or the provincial capital.</summary>
    LargerRegion = 3,
}
