using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Reference;
using nietras.SeparatedValues;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>Rows, contexts and a stand-in exporter for testing the ACLED mapper and formatter directly.</summary>
internal static class AcledTesting
{
    public static readonly ImmutableArray<string> Since2023 = DataLayouts.ColumnsOf(DataLayout.AcledSince2023);

    public static readonly ImmutableArray<string> Before2023 = DataLayouts.ColumnsOf(DataLayout.AcledBefore2023);

    /// <summary>A realistic row of a 2023 export: a Turkish drone strike on the PKK in Duhok.</summary>
    public static Dictionary<string, string> Sample() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["event_id_cnty"] = "IRQ12345",
        ["event_date"] = "2022-01-05",
        ["year"] = "2022",
        ["time_precision"] = "1",
        ["disorder_type"] = "Political violence",
        ["event_type"] = "Explosions/Remote violence",
        ["sub_event_type"] = "Air/drone strike",
        ["actor1"] = "Military Forces of Turkey (2016-)",
        ["assoc_actor_1"] = "",
        ["inter1"] = "8",
        ["actor2"] = "PKK: Kurdistan Workers Party",
        ["assoc_actor_2"] = "",
        ["inter2"] = "2",
        ["interaction"] = "28",
        ["civilian_targeting"] = "",
        ["iso"] = "368",
        ["region"] = "Middle East",
        ["country"] = "Iraq",
        ["admin1"] = "Duhok",
        ["admin2"] = "Amedi",
        ["admin3"] = "Kani Masi",
        ["location"] = "Kani Masi",
        ["latitude"] = "37.2312",
        ["longitude"] = "43.4514",
        ["geo_precision"] = "1",
        ["source"] = "Rudaw; Kurdistan 24",
        ["source_scale"] = "National-Regional",
        ["notes"] = "On 5 January 2022, Turkish drones struck PKK positions near Kani Masi (Amedi, Duhok). 2 PKK fighters were killed.",
        ["fatalities"] = "2",
        ["tags"] = "",
        ["timestamp"] = "1642521600",
    };

    public static SourceHeader Header(IEnumerable<string> columns, DataLayout? layout = null)
    {
        var array = columns.ToImmutableArray();
        return new SourceHeader(array, layout ?? DataLayouts.Detect(array) ?? DataLayout.AcledSubset);
    }

    public static SourceRow Row(IReadOnlyDictionary<string, string> values, IEnumerable<string>? columns = null, long line = 2)
    {
        var header = Header(columns ?? Since2023);
        return new SourceRow(header, line, [.. header.Columns.Select(c => values.TryGetValue(c, out var v) ? v : string.Empty)]);
    }

    public static ImportContext Context(ImportOptions? options = null) => new(options ?? new ImportOptions());

    public static RowResult Map(IReadOnlyDictionary<string, string> values, ImportContext? context = null, IEnumerable<string>? columns = null) =>
        new AcledRowMapper().Map(Row(values, columns), context ?? Context());

    public static RowResult MapWith(string column, string value, ImportContext? context = null)
    {
        var values = Sample();
        values[column] = value;
        return Map(values, context);
    }

    public static Incident Imported(RowResult result)
    {
        var imported = Assert.IsType<ImportedRow>(result, exactMatch: false);
        return imported.Incident;
    }

    public static RejectedRow Rejected(RowResult result, string? column)
    {
        var rejected = Assert.IsType<RejectedRow>(result, exactMatch: false);
        Assert.Equal(column, rejected.Column, StringComparer.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
        return rejected;
    }

    /// <summary>The catalog an import leaves: the base catalog with the actors, territories and sources it created.</summary>
    public static CoordinationCatalog CatalogAfter(ImportContext context, CoordinationCatalog? catalog = null)
    {
        var result = catalog ?? ReferenceCatalog.Load();
        var records = context.Records;
        foreach (var actor in records.Actors)
        {
            result = result.With(actor);
        }

        foreach (var territory in records.Territories)
        {
            result = result.With(territory);
        }

        foreach (var source in records.Sources)
        {
            result = result.With(source);
        }

        return result;
    }

    /// <summary>What the exporter writes for an incident's row: the formatter's values, else the origin's, else empty.</summary>
    public static Dictionary<string, string> Export(Incident incident, CoordinationCatalog catalog, IEnumerable<string> columns, DataLayout layout = DataLayout.AcledSince2023)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        new AcledIncidentFormatter().Format(incident, catalog, layout, values);
        var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            row[column] = values.TryGetValue(column.Trim(), out var value) ? value : incident.Origin?.FieldValue(column) ?? string.Empty;
        }

        return row;
    }

    /// <summary>Reads a CSV text's header and rows with Sep, as the importer does.</summary>
    public static (SourceHeader Header, List<SourceRow> Rows) ReadCsv(string text)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(text);
        var columns = reader.Header.ColNames.ToImmutableArray();
        var header = Header(columns);
        var rows = new List<SourceRow>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            rows.Add(new SourceRow(header, row.LineNumberFrom, [.. fields]));
        }

        return (header, rows);
    }

    private static readonly HashSet<string> Numeric = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "time_precision", "geo_precision", "latitude", "longitude", "fatalities", "timestamp", "iso", "data_id", "event_id_no_cnty",
    };

    /// <summary>Tells whether an exported value is the original after normalising dates, codes and numbers.</summary>
    public static bool SameAfterNormalising(string column, string original, string exported)
    {
        if (original == exported)
        {
            return true;
        }

        var name = column.Trim().ToLowerInvariant();
        return name switch
        {
            "event_date" => AcledDates.TryParse(original, out var a, out _) && AcledDates.TryParse(exported, out var b, out _) && a == b,
            "event_type" or "sub_event_type" => AcledEventTypes.Fold(original) == AcledEventTypes.Fold(exported),
            "inter1" or "inter2" => AcledScales.TryParseActorType(original, out var t1) && AcledScales.TryParseActorType(exported, out var t2) && t1 == t2,
            "interaction" => AcledInteraction.TryParse(original, out var i1) && AcledInteraction.TryParse(exported, out var i2) && i1 == i2,
            _ when Numeric.Contains(name) => decimal.TryParse(original, NumberStyles.Float, CultureInfo.InvariantCulture, out var n1)
                && decimal.TryParse(exported, NumberStyles.Float, CultureInfo.InvariantCulture, out var n2) && n1 == n2,
            _ => false,
        };
    }
}
