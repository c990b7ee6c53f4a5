namespace Coordination.Domain.Geography;

/// <summary>
/// How precisely an event's location is known. The seven levels are UCDP GED's <c>where_prec</c>
/// (the numeric values are those codes); ACLED's three <c>geo_precision</c> levels map onto them
/// (1 → <see cref="ExactLocation"/>, 2 → <see cref="NearNamedPlace"/>, 3 → <see cref="FirstOrderDivision"/>).
/// </summary>
public enum LocationPrecision
{
    /// <summary>The exact location (a named town or site with known coordinates). UCDP 1, ACLED 1.</summary>
    ExactLocation = 1,

    /// <summary>A limited area around a named place, coded to that place. UCDP 2, ACLED 2.</summary>
    NearNamedPlace = 2,

    /// <summary>Only the second-order administrative division (district) is known. UCDP 3, ACLED 3.</summary>
    SecondOrderDivision = 3,

    /// <summary>Only the first-order administrative division (governorate) is known. UCDP 4, ACLED 3.</summary>
    FirstOrderDivision = 4,

    /// <summary>A larger or vague region (a mountain range, "between two towns"), short of the whole country. UCDP 5, ACLED 3.</summary>
    Region = 5,

    /// <summary>Only the country is known. UCDP 6, ACLED 3.</summary>
    Country = 6,

    /// <summary>Over water or in international airspace. UCDP 7, ACLED 3.</summary>
    InternationalWatersOrAirspace = 7,
}
