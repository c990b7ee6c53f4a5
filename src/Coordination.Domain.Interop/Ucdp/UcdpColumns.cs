namespace Coordination.Domain.Interop.Ucdp;

/// <summary>The names of the UCDP GED columns the mapper and the formatter read and write.</summary>
internal static class UcdpColumns
{
    internal const string Id = "id";
    internal const string Year = "year";
    internal const string TypeOfViolence = "type_of_violence";
    internal const string SideA = "side_a";
    internal const string SideB = "side_b";
    internal const string WherePrecision = "where_prec";
    internal const string WhereCoordinates = "where_coordinates";
    internal const string Admin1 = "adm_1";
    internal const string Admin2 = "adm_2";
    internal const string Latitude = "latitude";
    internal const string Longitude = "longitude";
    internal const string GeometryWkt = "geom_wkt";
    internal const string Country = "country";
    internal const string CountryId = "country_id";
    internal const string Iso3 = "iso3";
    internal const string DatePrecision = "date_prec";
    internal const string DateStart = "date_start";
    internal const string DateEnd = "date_end";
    internal const string StartYear = "start_year";
    internal const string EndYear = "end_year";
    internal const string DeathsA = "deaths_a";
    internal const string DeathsB = "deaths_b";
    internal const string DeathsCivilians = "deaths_civilians";
    internal const string DeathsUnknown = "deaths_unknown";
    internal const string Best = "best";
    internal const string High = "high";
    internal const string Low = "low";
    internal const string GwnoA = "gwnoa";
    internal const string GwnoB = "gwnob";

    /// <summary>The name UCDP gives the civilians as <c>side_b</c> of one-sided violence.</summary>
    internal const string Civilians = "Civilians";
}
