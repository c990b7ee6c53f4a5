using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Interop.Ucdp;

namespace Coordination.Domain.Interop.Tests.Ucdp;

/// <summary>Rows in the UCDP GED layouts for the mapper's tests: a realistic Iraq row, and the same with some columns changed.</summary>
internal static class UcdpRows
{
    /// <summary>A state-based event in Kirkuk governorate as GED 25.1 would hold it (49 columns).</summary>
    internal static readonly IReadOnlyDictionary<string, string> Kirkuk = new Dictionary<string, string>
    {
        ["id"] = "244657",
        ["relid"] = "IRQ-2017-1-259-117",
        ["year"] = "2017",
        ["active_year"] = "1",
        ["code_status"] = "Clear",
        ["type_of_violence"] = "1",
        ["conflict_dset_id"] = "259",
        ["conflict_new_id"] = "259",
        ["conflict_name"] = "Iraq: Government",
        ["dyad_dset_id"] = "524",
        ["dyad_new_id"] = "524",
        ["dyad_name"] = "Government of Iraq - IS",
        ["side_a_dset_id"] = "116",
        ["side_a_new_id"] = "116",
        ["side_a"] = "Government of Iraq",
        ["side_b_dset_id"] = "234",
        ["side_b_new_id"] = "234",
        ["side_b"] = "IS",
        ["number_of_sources"] = "2",
        ["source_article"] = "\"Rudaw,2017-09-21,Hawija offensive begins\";\"AFP,2017-09-21\"",
        ["source_office"] = "Rudaw;AFP",
        ["source_date"] = "2017-09-21;2017-09-21",
        ["source_headline"] = "Hawija offensive begins",
        ["source_original"] = "Iraqi security forces",
        ["where_prec"] = "1",
        ["where_coordinates"] = "Hawija town",
        ["where_description"] = "Hawija, west of Kirkuk",
        ["adm_1"] = "Kirkuk province",
        ["adm_2"] = "Hawija district",
        ["latitude"] = "35.3287",
        ["longitude"] = "43.7713",
        ["geom_wkt"] = "POINT (43.7713 35.3287)",
        ["priogrid_gid"] = "180088",
        ["country"] = "Iraq",
        ["country_id"] = "645",
        ["region"] = "Middle East",
        ["event_clarity"] = "1",
        ["date_prec"] = "1",
        ["date_start"] = "2017-09-21",
        ["date_end"] = "2017-09-21",
        ["deaths_a"] = "2",
        ["deaths_b"] = "5",
        ["deaths_civilians"] = "1",
        ["deaths_unknown"] = "0",
        ["best"] = "8",
        ["high"] = "10",
        ["low"] = "8",
        ["gwnoa"] = "645",
        ["gwnob"] = "",
    };

    /// <summary>Makes a row of <paramref name="layout"/> from <see cref="Kirkuk"/> with some columns changed (HDX's own columns filled in).</summary>
    internal static SourceRow Row(DataLayout layout, params (string Column, string Value)[] changes)
    {
        var values = new Dictionary<string, string>(Kirkuk)
        {
            ["start_year"] = "2017",
            ["end_year"] = "2017",
            ["iso3"] = "IRQ",
        };
        foreach (var (column, value) in changes)
        {
            values[column] = value;
        }

        var columns = DataLayouts.ColumnsOf(layout);
        return new SourceRow(new SourceHeader(columns, layout), 2, [.. columns.Select(c => values[c])]);
    }

    /// <summary>Makes a 49-column row from <see cref="Kirkuk"/> with some columns changed.</summary>
    internal static SourceRow Row(params (string Column, string Value)[] changes) => Row(DataLayout.UcdpGed, changes);

    /// <summary>A context as the importer makes it for a file of release 25.1 against the reference catalog.</summary>
    internal static ImportContext Context(string? release = "25.1") => new(new ImportOptions { Release = release });

    /// <summary>Maps a row with a fresh context.</summary>
    internal static RowResult Map(SourceRow row) => new UcdpRowMapper().Map(row, Context());

    /// <summary>Maps a row that must be imported.</summary>
    internal static ImportedRow Imported(SourceRow row)
    {
        var result = Map(row);
        return result as ImportedRow ?? throw new Xunit.Sdk.XunitException($"Expected the row to be imported, but: {result}");
    }

    /// <summary>Maps a row that must be rejected.</summary>
    internal static RejectedRow Rejected(SourceRow row)
    {
        var result = Map(row);
        return result as RejectedRow ?? throw new Xunit.Sdk.XunitException($"Expected the row to be rejected, but it was imported as {((ImportedRow)result).Incident.Id}.");
    }

    /// <summary>The actors the context created, by id.</summary>
    internal static ImmutableArray<Coordination.Domain.Actors.Actor> CreatedActors(ImportContext context) => context.Records.Actors;
}
