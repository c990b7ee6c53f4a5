namespace Coordination.Domain.Territories;

/// <summary>What kind of territory a <see cref="Territory"/> is, from a country down to a site.</summary>
public enum TerritoryKind
{
    /// <summary>A sovereign country (Iraq).</summary>
    Country = 0,

    /// <summary>A federal region of a country (the Kurdistan Region, ISO 3166-2 IQ-KR).</summary>
    FederalRegion = 1,

    /// <summary>A governorate or province, first-order division (Kirkuk, IQ-KI).</summary>
    Governorate = 2,

    /// <summary>A district, second-order division (Makhmour district).</summary>
    District = 3,

    /// <summary>A sub-district (nahiya), third-order division.</summary>
    SubDistrict = 4,

    /// <summary>A town, city or village (Prde).</summary>
    Town = 5,

    /// <summary>A site: a camp, base or building (Camp Zeravani).</summary>
    Site = 6,

    /// <summary>A region with no administrative standing (the Hamrin mountains, the disputed territories).</summary>
    InformalRegion = 7,
}
