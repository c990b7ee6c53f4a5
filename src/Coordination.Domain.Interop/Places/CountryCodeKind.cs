namespace Coordination.Domain.Interop.Places;

/// <summary>Which code system a country code is read in; the same number means different countries in ISO 3166-1 and Gleditsch–Ward.</summary>
public enum CountryCodeKind
{
    /// <summary>ISO 3166-1 numeric (ACLED <c>iso</c>): Iraq is 368.</summary>
    IsoNumeric = 1,

    /// <summary>ISO 3166-1 alpha-3 (ACLED <c>iso3</c>, HDX <c>iso3</c>): Iraq is <c>IRQ</c>.</summary>
    Iso3 = 2,

    /// <summary>Gleditsch–Ward (UCDP <c>country_id</c>, <c>gwnoa</c>, <c>gwnob</c>): Iraq is 645.</summary>
    GleditschWard = 3,
}
