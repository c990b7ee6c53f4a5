using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Coordination.Domain.Interop;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Testing;

/// <summary>
/// Generators of imported rows for <see cref="IncidentImporter"/>: valid rows of every <see cref="DataLayout"/> (ACLED's
/// 2023 and older exports and a reduced ACLED file; UCDP GED's 49- and 42-column releases and the Humanitarian Data
/// Exchange's HXL-tagged file), and rows broken in one way each, paired with the rejection they must get.
/// </summary>
/// <remarks>Values stay in Iraq's data (places, actors, coordinates in Iraq) but vary in every column the importer reads:
/// dates over each data set's coverage (ACLED's in each of the shapes its files use: 2024-01-05, 05-Jan-2024, 5 January 2024), every precision, casualty counts and their estimates, quoted text with commas,
/// quotes and line breaks. Columns the importer does not read hold generated text.</remarks>
public static class ImportRowGenerators
{
    private static readonly (string EventType, string SubEventType)[] AcledKinds =
    [
        ("Battles", "Armed clash"),
        ("Battles", "Government regains territory"),
        ("Explosions/Remote violence", "Air/drone strike"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Violence against civilians", "Attack"),
        ("Violence against civilians", "Abduction/forced disappearance"),
        ("Protests", "Peaceful protest"),
        ("Riots", "Mob violence"),
        ("Strategic developments", "Arrests"),
        ("Strategic developments", "Looting/property destruction"),
    ];

    private static readonly (string Name, int Type)[] AcledActors =
    [
        ("Military Forces of Iraq (2020-)", 1),
        ("Police Forces of Iraq (2020-)", 1),
        ("Islamic State (Iraq)", 2),
        ("PKK: Kurdistan Workers Party", 2),
        ("Kataib Hezbollah", 3),
        ("Protesters (Iraq)", 6),
        ("Military Forces of Turkey (2016-)", 8),
    ];

    private static readonly string[] AcledAdmin1 = ["Ninewa", "Kirkuk", "Duhok", "Erbil", "Salah al-Din", "Diyala", "Baghdad", "Al Anbar", ""];
    private static readonly string[] Places = ["Mosul", "Kirkuk", "Sinjar", "Tuz Khurmatu", "Makhmour", "Daquq", "Hawija", "كركوك", "Şalāḩ ad Dīn"];
    private static readonly string[] Texts = ["", "Rudaw; Kurdistan 24", "Clashes, \"heavy\" fire; 2 killed.\nSecond line.", "  padded  ", "a, b; c", "ناحية", "Shafaq News"];
    private static readonly string[] UcdpGroups = ["IS", "PKK", "Sinjar Resistance Units", "Kata'ib Hizballah", "Ansar al-Islam"];
    private static readonly string[] UcdpGovernments = ["Government of Iraq", "Government of Turkey", "Government of Iran"];
    private static readonly string[] UcdpAdmin1 = ["Kirkuk province", "Nīnawá province", "Şalāḩ ad Dīn province", "Arbīl province", "Baghdad province", ""];
    private static readonly string[] AcledSubsetRequired = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "country"];
    private static readonly string[] AcledSubsetOptional = ["year", "admin1", "location", "latitude", "longitude", "fatalities", "notes", "timestamp"];

    /// <summary>Gets every layout the importer recognises, the layouts these generators cover.</summary>
    public static ImmutableArray<DataLayout> Layouts { get; } = [.. Enum.GetValues<DataLayout>()];

    /// <summary>Generates a valid row of any layout.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ImportRow> ValidRow() => Gen.Elements(Layouts.AsEnumerable()).SelectMany(ValidRow);

    /// <summary>Generates a row of <paramref name="layout"/> that the importer reads as an incident, alone in its file.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The generator; for <see cref="DataLayout.AcledSubset"/>, the header is a reordered subset of ACLED's columns, in any case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is not a defined layout.</exception>
    public static Gen<ImportRow> ValidRow(DataLayout layout)
    {
        var dataSet = DataLayouts.DataSetOf(layout);
        return dataSet == ConflictDataSet.Acled ? AcledRow(layout) : UcdpRow(layout);
    }

    /// <summary>Generates valid rows of one layout and header with distinct event ids, to write as one file.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="maxRows">The most rows (at least 1).</param>
    /// <returns>The generator of 1 to <paramref name="maxRows"/> rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is not a defined layout, or <paramref name="maxRows"/> is less than 1.</exception>
    public static Gen<ImmutableArray<ImportRow>> ValidFile(DataLayout layout, int maxRows = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        return from first in ValidRow(layout)
               from count in Gen.Choose(1, maxRows)
               from others in ValidRow(layout).ListOf(count)
               select ImmutableArray.CreateRange(others.Select((row, i) => Renumbered(row with { Columns = first.Columns, Fields = Reordered(row, first.Columns), HxlTags = first.HxlTags }, i + 1)));
    }

    /// <summary>Generates a row broken in one way, of any layout, with the rejection it must get.</summary>
    /// <returns>The generator.</returns>
    public static Gen<MalformedImportRow> MalformedRow() => Gen.Elements(Layouts.AsEnumerable()).SelectMany(MalformedRow);

    /// <summary>Generates a row of <paramref name="layout"/> broken in one way — a bad or impossible date, an out-of-range
    /// or unreadable coordinate, a missing required field, a bad count, hostile text in a name — with the rejection it must get.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is not a defined layout.</exception>
    public static Gen<MalformedImportRow> MalformedRow(DataLayout layout) =>
        from row in ValidRow(layout)
        from breakage in Gen.Elements((DataLayouts.DataSetOf(layout) == ConflictDataSet.Acled ? AcledBreakages : UcdpBreakages).Where(b => Spelled(row, b.Column) is not null))
        from value in breakage.Values
        let column = Spelled(row, breakage.Column)!
        select new MalformedImportRow(breakage.Name, Prepared(row, breakage.Column).With(column, value), column, breakage.Reason);

    private static readonly Breakage[] AcledBreakages =
    [
        new("a date that is not one", "event_date", "Expected a date such as", Gen.Elements("2024-13-45x", "yesterday", "5th of May", "2024.01.05")),
        new("a day the month does not have", "event_date", "There is no day", Gen.Elements("2023-02-29", "2024-04-31", "2021-06-31")),
        new("a year before ACLED's coverage", "event_date", "is outside", Gen.Elements("0025-05-16", "1066-10-14", "1900-01-01")),
        new("an empty event_date", "event_date", "the cell is empty", Gen.Elements("", "   ")),
        new("an empty sub_event_type", "sub_event_type", "the cell is empty", Gen.Elements("", " ")),
        new("a sub-event type ACLED does not have", "sub_event_type", "sub-event types", Gen.Elements("Skirmish", "Armed clash!", "<script>alert(1)</script>")),
        new("a latitude out of range", "latitude", "from -90 to 90", Gen.Elements("91", "-90.5", "NaN", "Infinity", "1e400", "35,5", "north")),
        new("a longitude out of range", "longitude", "from -180 to 180", Gen.Elements("180.0001", "-181", "NaN", "-Infinity", "east")),
        new("a negative or fractional count", "fatalities", "whole number", Gen.Elements("-1", "2.5", "many")),
        new("a timestamp that is not Unix seconds", "timestamp", "Unix seconds", Gen.Elements("-5", "2024-01-01", "99999999999999999999")),
        new("a year that is not the date's", "year", "Expected the year of event_date", Gen.Elements("1999", "20x4")),
        new("a control character in an actor's name", "actor1", "An actor's name", Gen.Elements("Islamic State\u0007 (Iraq)", "Islamic\nState", new string('x', 300))),
    ];

    private static readonly Breakage[] UcdpBreakages =
    [
        new("a type of violence UCDP does not have", "type_of_violence", "type_of_violence is 1", Gen.Elements("0", "4", "", "state-based", "-1")),
        new("a missing date_start", "date_start", "date_start is required", Gen.Elements("", "  ")),
        new("a date_start that is not a date", "date_start", "date_start:", Gen.Elements("2017-02-30", "21/09/2017", "yesterday", "2017-13-01")),
        new("a date_end before date_start", "date_end", "date_end is before date_start", Gen.Elements("1988-12-31", "1900-01-01")),
        new("a latitude out of range", "latitude", "from -90 to 90", Gen.Elements("91", "-95.25", "NaN", "Infinity", "35,3287")),
        new("a longitude out of range", "longitude", "from -180 to 180", Gen.Elements("181", "-180.5", "NaN", "-Infinity", "43,77")),
        new("a where_prec out of range", "where_prec", "where_prec is 1", Gen.Elements("0", "8", "exact")),
        new("a date_prec out of range", "date_prec", "date_prec is 1", Gen.Elements("0", "6", "day")),
        new("a negative count of deaths", "deaths_a", "is a count of deaths", Gen.Elements("-1", "2.5", "few")),
        new("a country number that is not one", "country_id", "Gleditsch–Ward", Gen.Elements("Iraq", "-645", "645x")),
        new("an actor's name too long", "side_a", "at most 256 characters", Gen.Constant(new string('A', 257))),
    ];

    private static Gen<ImportRow> AcledRow(DataLayout layout) =>
        from id in Gen.Choose(1, 999_999)
        from day in Gen.Choose(0, (new LocalDate(2025, 12, 31) - new LocalDate(1997, 1, 1)).Days)
        from dateFormat in Gen.Elements("uuuu-MM-dd", "uuuu-MM-dd", "dd-MMM-uuuu", "d MMMM uuuu")
        from timePrecision in Gen.Choose(1, 3)
        from kind in Gen.Elements(AcledKinds)
        from actor1 in Gen.Elements(AcledActors)
        from second in Gen.Elements(true, false)
        from actor2 in Gen.Elements(AcledActors.Where(a => a.Name != actor1.Name).ToArray())
        from admin1 in Gen.Elements(AcledAdmin1)
        from place in Gen.Elements(Places)
        from point in Gen.OneOf(Gen.Constant<(string, string)?>(null), IraqPoint().Select(p => ((string, string)?)p))
        from geoPrecision in Gen.Choose(1, 3)
        from fatalities in Gen.OneOf(Gen.Constant(string.Empty), Gen.Choose(0, 500).Select(Text))
        from timestamp in Gen.OneOf(Gen.Constant(string.Empty), Gen.Choose(1_500_000_000, 1_800_000_000).Select(Text))
        from notes in Gen.Elements(Texts)
        from source in Gen.Elements(Texts)
        from others in Gen.Elements(Texts).ArrayOf(64)
        from subset in AcledSubsetColumns()
        let date = new LocalDate(1997, 1, 1).PlusDays(day)
        let inter2 = second ? actor2.Type : 0
        select Assemble(
            layout,
            layout == DataLayout.AcledSubset ? subset : DataLayouts.ColumnsOf(layout),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["event_id_cnty"] = "IRQ" + Text(id),
                ["data_id"] = Text(id),
                ["event_id_no_cnty"] = Text(id),
                ["event_date"] = date.ToString(dateFormat, CultureInfo.InvariantCulture),
                ["year"] = Text(date.Year),
                ["time_precision"] = Text(timePrecision),
                ["disorder_type"] = kind.EventType == "Protests" || kind.EventType == "Riots" ? "Demonstrations" : "Political violence",
                ["event_type"] = kind.EventType,
                ["sub_event_type"] = kind.SubEventType,
                ["actor1"] = actor1.Name,
                ["assoc_actor_1"] = string.Empty,
                ["inter1"] = Text(actor1.Type),
                ["actor2"] = second ? actor2.Name : string.Empty,
                ["assoc_actor_2"] = string.Empty,
                ["inter2"] = Text(inter2),
                ["interaction"] = Text(inter2 == 0 ? 10 * actor1.Type : (10 * Math.Min(actor1.Type, inter2)) + Math.Max(actor1.Type, inter2)),
                ["civilian_targeting"] = string.Empty,
                ["iso"] = "368",
                ["iso3"] = "IRQ",
                ["region"] = "Middle East",
                ["country"] = "Iraq",
                ["admin1"] = admin1,
                ["admin2"] = string.Empty,
                ["admin3"] = string.Empty,
                ["location"] = place,
                ["latitude"] = point?.Item1 ?? string.Empty,
                ["longitude"] = point?.Item2 ?? string.Empty,
                ["geo_precision"] = Text(geoPrecision),
                ["source"] = source,
                ["source_scale"] = "National",
                ["notes"] = notes,
                ["fatalities"] = fatalities,
                ["tags"] = string.Empty,
                ["timestamp"] = timestamp,
            },
            others,
            []);

    private static Gen<ImmutableArray<string>> AcledSubsetColumns() =>
        from chosen in Gen.Elements(true, false).ArrayOf(AcledSubsetOptional.Length)
        from upper in Gen.Elements(true, false)
        from order in Gen.Shuffle(Enumerable.Range(0, 16).ToArray())
        let names = AcledSubsetRequired
            .Concat(AcledSubsetOptional.Where((c, i) => chosen[i] && (c is not ("latitude" or "longitude") || (chosen[Array.IndexOf(AcledSubsetOptional, "latitude")] && chosen[Array.IndexOf(AcledSubsetOptional, "longitude")]))))
            .ToArray()
        select names.Select((c, i) => (Name: upper ? c.ToUpperInvariant() : c, Order: order[i])).OrderBy(p => p.Order).Select(p => p.Name).ToImmutableArray();

    private static Gen<ImportRow> UcdpRow(DataLayout layout) =>
        from id in Gen.Choose(1, 999_999)
        from violence in Gen.Choose(1, 3)
        from government in Gen.Elements(UcdpGovernments)
        from armed in Gen.Elements(UcdpGroups)
        from otherGroup in Gen.Elements(UcdpGroups.Where(g => g != armed).ToArray())
        from day in Gen.Choose(0, (new LocalDate(2024, 12, 31) - new LocalDate(1989, 1, 1)).Days)
        from length in Gen.Elements(0, 0, 0, 1, 5, 30, 300)
        from datePrecision in Gen.Elements("1", "2", "3", "4", "5", "")
        from wherePrecision in Gen.Choose(1, 6)
        from point in IraqPoint()
        from admin1 in Gen.Elements(UcdpAdmin1)
        from place in Gen.Elements(Places)
        from parties in Gen.Choose(0, 40).ArrayOf(4)
        from below in Gen.Choose(0, 5)
        from above in Gen.Choose(0, 30)
        from others in Gen.Elements(Texts).ArrayOf(64)
        let start = new LocalDate(1989, 1, 1).PlusDays(day)
        let end = start.PlusDays(length)
        let sideA = violence == 2 ? armed : government
        let sideB = violence == 3 ? "Civilians" : violence == 2 ? otherGroup : armed
        let best = parties.Sum()
        let hdx = layout == DataLayout.UcdpGedHdx
        select Assemble(
            layout,
            DataLayouts.ColumnsOf(layout),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["id"] = Text(id),
                ["relid"] = $"IRQ-{start.Year}-1-259-{Text(id)}",
                ["year"] = Text(start.Year),
                ["start_year"] = Text(start.Year),
                ["end_year"] = Text(end.Year),
                ["active_year"] = "1",
                ["type_of_violence"] = Text(violence),
                ["side_a"] = sideA,
                ["side_b"] = sideB,
                ["number_of_sources"] = "1",
                ["where_prec"] = Text(wherePrecision),
                ["where_coordinates"] = place,
                ["adm_1"] = admin1,
                ["adm_2"] = string.Empty,
                ["latitude"] = point.Latitude,
                ["longitude"] = point.Longitude,
                ["geom_wkt"] = $"POINT ({point.Longitude} {point.Latitude})",
                ["country"] = "Iraq",
                ["country_id"] = "645",
                ["iso3"] = "IRQ",
                ["region"] = "Middle East",
                ["date_prec"] = datePrecision,
                ["date_start"] = start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                ["date_end"] = end.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                ["deaths_a"] = Text(parties[0]),
                ["deaths_b"] = Text(parties[1]),
                ["deaths_civilians"] = Text(parties[2]),
                ["deaths_unknown"] = Text(parties[3]),
                ["best"] = Text(best),
                ["low"] = Text(Math.Max(0, best - below)),
                ["high"] = Text(best + above),
                ["gwnoa"] = violence == 2 ? string.Empty : "645",
                ["gwnob"] = string.Empty,
            },
            others,
            hdx ? [.. DataLayouts.ColumnsOf(layout).Select(c => "#x_" + c)] : []);

    private static Gen<(string Latitude, string Longitude)> IraqPoint() =>
        from lat in Gen.Choose(291_000, 372_000)
        from lon in Gen.Choose(388_000, 484_000)
        select (Text(lat / 10_000.0), Text(lon / 10_000.0));

    private static ImportRow Assemble(DataLayout layout, ImmutableArray<string> columns, Dictionary<string, string> values, string[] others, ImmutableArray<string> hxlTags) =>
        new(layout, columns, [.. columns.Select((c, i) => values.TryGetValue(c, out var v) ? v : others[i % others.Length])], hxlTags);

    private static ImmutableArray<string> Reordered(ImportRow row, ImmutableArray<string> columns) =>
        [.. columns.Select(c => row[c] ?? string.Empty)];

    private static ImportRow Renumbered(ImportRow row, int n)
    {
        foreach (var column in (ReadOnlySpan<string>)["event_id_cnty", "id"])
        {
            if (row[column] is not null)
            {
                row = row.With(row.Columns.First(c => c.Equals(column, StringComparison.OrdinalIgnoreCase)), (column == "id" ? string.Empty : "IRQ") + Text(n));
            }
        }

        return row;
    }

    private static string? Spelled(ImportRow row, string column) =>
        row.Columns.FirstOrDefault(c => c.Equals(column, StringComparison.OrdinalIgnoreCase));

    // A broken coordinate needs its partner given, so that the pair is read; a broken date_end needs a date_start after it.
    private static ImportRow Prepared(ImportRow row, string column)
    {
        if (column is "latitude" && Spelled(row, "longitude") is { } longitude && string.IsNullOrWhiteSpace(row[longitude]))
        {
            row = row.With(longitude, "43.77");
        }

        if (column is "longitude" && Spelled(row, "latitude") is { } latitude && string.IsNullOrWhiteSpace(row[latitude]))
        {
            row = row.With(latitude, "35.33");
        }

        return row;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Breakage(string Name, string Column, string Reason, Gen<string> Values);
}
