namespace Coordination.Domain.Interop.Places;

/// <summary>A country with its three codes: ISO 3166-1 alpha-3 and numeric (ACLED <c>iso</c>, HDX <c>iso3</c>) and Gleditsch–Ward (UCDP <c>country_id</c>, <c>gwnoa</c>).</summary>
/// <param name="Name">The country's English short name, for example <c>Iraq</c>.</param>
/// <param name="Iso3">The ISO 3166-1 alpha-3 code, for example <c>IRQ</c>.</param>
/// <param name="IsoNumeric">The ISO 3166-1 numeric code, for example 368.</param>
/// <param name="GleditschWard">The Gleditsch–Ward number, for example 645; <see langword="null"/> for a country the list does not hold.</param>
public sealed record Country(string Name, string Iso3, int IsoNumeric, int? GleditschWard);
