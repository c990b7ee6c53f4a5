namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// UCDP GED's <c>where_prec</c>: how precisely <c>latitude</c>/<c>longitude</c> place an event. Its own type, so that it
/// cannot be mistaken for ACLED's <c>geo_precision</c> or either data set's date precision; the model's
/// <see cref="Geography.LocationPrecision"/> has the same seven levels (<see cref="UcdpScales.ToLocationPrecision"/>).
/// </summary>
public enum UcdpWherePrecision
{
    /// <summary>1: the exact location.</summary>
    ExactLocation = 1,

    /// <summary>2: a limited area (up to about 25 km) around a named place.</summary>
    NearNamedPlace = 2,

    /// <summary>3: only the second-order administrative division (ADM2), placed at its centroid.</summary>
    SecondOrderDivision = 3,

    /// <summary>4: only the first-order administrative division (ADM1), placed at its centroid.</summary>
    FirstOrderDivision = 4,

    /// <summary>5: a part of the country larger than an ADM1, a line between two places, or a vague area.</summary>
    Region = 5,

    /// <summary>6: only the country, placed at its centroid.</summary>
    Country = 6,

    /// <summary>7: over water or in international airspace.</summary>
    InternationalWatersOrAirspace = 7,
}
