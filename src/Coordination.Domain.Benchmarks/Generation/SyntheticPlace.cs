namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>A place a generated row names, in ACLED's spelling and UCDP GED's, with its coordinates.</summary>
/// <param name="Admin1">ACLED's <c>admin1</c> (the governorate).</param>
/// <param name="Admin2">ACLED's <c>admin2</c> (the district).</param>
/// <param name="Admin3">ACLED's <c>admin3</c> (the sub-district).</param>
/// <param name="Location">ACLED's <c>location</c> (the town).</param>
/// <param name="Latitude">The town's latitude.</param>
/// <param name="Longitude">The town's longitude.</param>
/// <param name="Weight">How often rows fall there, relative to the other places.</param>
/// <param name="UcdpAdm1">UCDP GED's <c>adm_1</c> (<c>Kirkūk province</c>).</param>
/// <param name="UcdpAdm2">UCDP GED's <c>adm_2</c> (<c>Daquq district</c>).</param>
internal sealed record SyntheticPlace(string Admin1, string Admin2, string Admin3, string Location, double Latitude, double Longitude, int Weight, string UcdpAdm1, string UcdpAdm2);
