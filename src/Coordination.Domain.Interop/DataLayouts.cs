using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Coordination.Domain.Interop;

/// <summary>What is known about each <see cref="DataLayout"/>: its data set, its columns, and how a header is recognised.</summary>
public static class DataLayouts
{
    private static readonly ImmutableArray<string> AcledSince2023Columns =
    [
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "disorder_type",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "inter1",
        "actor2",
        "assoc_actor_2",
        "inter2",
        "interaction",
        "civilian_targeting",
        "iso",
        "region",
        "country",
        "admin1",
        "admin2",
        "admin3",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "source_scale",
        "notes",
        "fatalities",
        "tags",
        "timestamp",
    ];

    private static readonly ImmutableArray<string> AcledBefore2023Columns =
    [
        "data_id",
        "iso",
        "event_id_cnty",
        "event_id_no_cnty",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "inter1",
        "actor2",
        "assoc_actor_2",
        "inter2",
        "interaction",
        "region",
        "country",
        "admin1",
        "admin2",
        "admin3",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "source_scale",
        "notes",
        "fatalities",
        "timestamp",
        "iso3",
    ];

    private static readonly ImmutableArray<string> UcdpGedColumns =
    [
        "id",
        "relid",
        "year",
        "active_year",
        "code_status",
        "type_of_violence",
        "conflict_dset_id",
        "conflict_new_id",
        "conflict_name",
        "dyad_dset_id",
        "dyad_new_id",
        "dyad_name",
        "side_a_dset_id",
        "side_a_new_id",
        "side_a",
        "side_b_dset_id",
        "side_b_new_id",
        "side_b",
        "number_of_sources",
        "source_article",
        "source_office",
        "source_date",
        "source_headline",
        "source_original",
        "where_prec",
        "where_coordinates",
        "where_description",
        "adm_1",
        "adm_2",
        "latitude",
        "longitude",
        "geom_wkt",
        "priogrid_gid",
        "country",
        "country_id",
        "region",
        "event_clarity",
        "date_prec",
        "date_start",
        "date_end",
        "deaths_a",
        "deaths_b",
        "deaths_civilians",
        "deaths_unknown",
        "best",
        "high",
        "low",
        "gwnoa",
        "gwnob",
    ];

    private static readonly ImmutableArray<string> UcdpGed42Columns =
    [
        "id",
        "year",
        "active_year",
        "type_of_violence",
        "conflict_new_id",
        "conflict_name",
        "dyad_new_id",
        "dyad_name",
        "side_a_new_id",
        "side_a",
        "side_b_new_id",
        "side_b",
        "number_of_sources",
        "source_article",
        "source_office",
        "source_date",
        "source_headline",
        "source_original",
        "where_prec",
        "where_coordinates",
        "adm_1",
        "adm_2",
        "latitude",
        "longitude",
        "geom_wkt",
        "priogrid_gid",
        "country",
        "country_id",
        "region",
        "event_clarity",
        "date_prec",
        "date_start",
        "date_end",
        "deaths_a",
        "deaths_b",
        "deaths_civilians",
        "deaths_unknown",
        "low",
        "best",
        "high",
        "gwnoa",
        "gwnob",
    ];

    private static readonly ImmutableArray<string> UcdpGedHdxColumns =
    [
        "id",
        "year",
        "start_year",
        "end_year",
        "type_of_violence",
        "conflict_new_id",
        "conflict_name",
        "dyad_new_id",
        "dyad_name",
        "side_a_new_id",
        "side_a",
        "side_b_new_id",
        "side_b",
        "number_of_sources",
        "source_article",
        "where_prec",
        "where_coordinates",
        "where_description",
        "adm_1",
        "adm_2",
        "latitude",
        "longitude",
        "country",
        "country_id",
        "iso3",
        "region",
        "event_clarity",
        "date_prec",
        "date_start",
        "date_end",
        "deaths_a",
        "deaths_b",
        "deaths_civilians",
        "deaths_unknown",
        "best",
        "high",
        "low",
    ];

    /// <summary>Gets the data set a layout belongs to.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns><see cref="ConflictDataSet.Acled"/> or <see cref="ConflictDataSet.UcdpGed"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is not a defined layout.</exception>
    public static ConflictDataSet DataSetOf(DataLayout layout) => layout switch
    {
        DataLayout.AcledSince2023 or DataLayout.AcledBefore2023 or DataLayout.AcledSubset => ConflictDataSet.Acled,
        DataLayout.UcdpGed or DataLayout.UcdpGed42 or DataLayout.UcdpGedHdx => ConflictDataSet.UcdpGed,
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a defined DataLayout."),
    };

    /// <summary>Gets the columns a layout's files hold, in the order the data set writes them (lower case).</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The column names; for <see cref="DataLayout.AcledSubset"/>, the columns of <see cref="DataLayout.AcledSince2023"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is not a defined layout.</exception>
    public static ImmutableArray<string> ColumnsOf(DataLayout layout) => layout switch
    {
        DataLayout.AcledSince2023 or DataLayout.AcledSubset => AcledSince2023Columns,
        DataLayout.AcledBefore2023 => AcledBefore2023Columns,
        DataLayout.UcdpGed => UcdpGedColumns,
        DataLayout.UcdpGed42 => UcdpGed42Columns,
        DataLayout.UcdpGedHdx => UcdpGedHdxColumns,
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a defined DataLayout."),
    };

    /// <summary>Recognises a layout from a file's header (names compared ignoring case and surrounding white space).</summary>
    /// <param name="header">The header's column names, in the file's order.</param>
    /// <returns>The layout, or <see langword="null"/> when the header is neither data set's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    public static DataLayout? Detect(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in header)
        {
            if (column is not null)
            {
                names.Add(column.Trim());
            }
        }

        if (names.Contains("event_date") && (names.Contains("event_type") || names.Contains("sub_event_type")))
        {
            if (ContainsAll(names, AcledSince2023Columns))
            {
                return DataLayout.AcledSince2023;
            }

            return ContainsAll(names, AcledBefore2023Columns) ? DataLayout.AcledBefore2023 : DataLayout.AcledSubset;
        }

        if (names.Contains("id") && names.Contains("type_of_violence") && names.Contains("date_start"))
        {
            if (names.Contains("start_year") || names.Contains("iso3"))
            {
                return DataLayout.UcdpGedHdx;
            }

            return names.Contains("relid") || names.Contains("where_description") ? DataLayout.UcdpGed : DataLayout.UcdpGed42;
        }

        return null;
    }

    private static bool ContainsAll(HashSet<string> names, ImmutableArray<string> columns)
    {
        foreach (var column in columns)
        {
            if (!names.Contains(column))
            {
                return false;
            }
        }

        return true;
    }
}
