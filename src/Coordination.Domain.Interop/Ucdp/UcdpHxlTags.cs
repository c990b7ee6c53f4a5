using System;
using System.Collections.Generic;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// The HXL hashtags of the UCDP GED files the Humanitarian Data Exchange publishes (the row under the header), as the
/// HDX scraper for UCDP tags them; the other columns carry no tag.
/// </summary>
internal static class UcdpHxlTags
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        [UcdpColumns.Year] = "#date+year",
        [UcdpColumns.SideA] = "#group+name+first",
        [UcdpColumns.SideB] = "#group+name+second",
        ["source_article"] = "#meta+source",
        ["source_headline"] = "#description",
        [UcdpColumns.WhereCoordinates] = "#loc+name",
        [UcdpColumns.Admin1] = "#adm1+name",
        [UcdpColumns.Admin2] = "#adm2+name",
        [UcdpColumns.Latitude] = "#geo+lat",
        [UcdpColumns.Longitude] = "#geo+lon",
        [UcdpColumns.Country] = "#country+name",
        [UcdpColumns.Iso3] = "#country+code",
        ["region"] = "#region+name",
        [UcdpColumns.DateStart] = "#date+start",
        [UcdpColumns.DateEnd] = "#date+end",
        [UcdpColumns.Best] = "#affected+killed",
    };

    /// <summary>Gets the hashtag of a column, or <see langword="null"/>.</summary>
    internal static string? Of(string column) => Tags.GetValueOrDefault(column.Trim());
}
