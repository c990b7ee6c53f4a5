using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Interop.Tests.Ucdp;

/// <summary>Generated UCDP GED rows of every layout that UCDP's rules allow, with the variety real files show.</summary>
public static class UcdpRowGenerators
{
    private static readonly string[] Governments = ["Government of Iraq", "Government of Turkey", "Government of Iran", "Government of United States of America"];
    private static readonly string[] Groups = ["IS", "PKK", "Sinjar Resistance Units", "Kata'ib Hizballah", "Ansar al-Islam", "KDP militia, \"Zeravani\""];
    private static readonly string[] Admin1 = ["Kirkuk province", "Nīnawá province", "Şalāḩ ad Dīn province", "Arbīl province", "Baghdad province", "Dahūk province", "Al Anbār province", ""];
    private static readonly string[] Admin2 = ["Hawija district", "Sinjar district", "Dibis district", "Tuz Khurmatu district", ""];
    private static readonly string[] Places = ["Hawija town", "Sinjar town", "Altun Kupri village", "Tal Afar town", "Hamrin mountains", ""];
    private static readonly string[] Texts = ["", "Clear", "Iraq: Government", "\"Rudaw,2017-09-21\";\"AFP\"", "a, b; c", "ناحية", "line one\nline two", "  padded  ", "IRQ-2017-1-259-117"];

    /// <summary>A row of one of the three UCDP layouts.</summary>
    public static Arbitrary<SourceRow> Rows() => Row().ToArbitrary();

    /// <summary>The generator of <see cref="Rows"/>.</summary>
    public static Gen<SourceRow> Row() =>
        from layout in Gen.Elements(DataLayout.UcdpGed, DataLayout.UcdpGed42, DataLayout.UcdpGedHdx)
        from values in Values()
        from others in Gen.Elements(Texts).ArrayOf(60)
        let columns = DataLayouts.ColumnsOf(layout)
        select new SourceRow(new SourceHeader(columns, layout), 2, [.. columns.Select((c, i) => values.TryGetValue(c, out var v) ? v : others[i])]);

    private static Gen<Dictionary<string, string>> Values() =>
        from id in Gen.OneOf(Gen.Choose(1, 999_999).Select(n => n.ToString(CultureInfo.InvariantCulture)), Gen.Constant(string.Empty))
        from violence in Gen.Choose(1, 3)
        from sideA in violence == 2 ? Gen.Elements(Groups) : Gen.Elements([.. Governments, .. Groups])
        from sideB in violence == 3 ? Gen.Elements("Civilians", "") : Gen.Elements([.. Groups, .. Governments, ""])
        from gwnoa in sideA.StartsWith("Government of", System.StringComparison.Ordinal) && violence != 2 ? Gen.Elements("645", "640", "900, 200, 2", "") : Gen.Constant(string.Empty)
        from date in Dates()
        from wherePrec in Gen.Choose(1, 7)
        from point in Gen.OneOf(Gen.Constant<(string, string)>((string.Empty, string.Empty)), Points())
        from admin1 in Gen.Elements(Admin1)
        from admin2 in Gen.Elements(Admin2)
        from place in Gen.Elements(Places)
        from deaths in Deaths()
        select new Dictionary<string, string>
        {
            ["id"] = id,
            ["type_of_violence"] = violence.ToString(CultureInfo.InvariantCulture),
            ["side_a"] = sideA,
            ["side_b"] = sideB,
            ["gwnoa"] = gwnoa,
            ["gwnob"] = string.Empty,
            ["date_start"] = date.Start,
            ["date_end"] = date.End,
            ["date_prec"] = date.Precision,
            ["where_prec"] = wherePrec.ToString(CultureInfo.InvariantCulture),
            ["latitude"] = point.Item1,
            ["longitude"] = point.Item2,
            ["adm_1"] = admin1,
            ["adm_2"] = admin2,
            ["where_coordinates"] = place,
            ["country"] = "Iraq",
            ["country_id"] = "645",
            ["iso3"] = "IRQ",
            ["deaths_a"] = deaths[0],
            ["deaths_b"] = deaths[1],
            ["deaths_civilians"] = deaths[2],
            ["deaths_unknown"] = deaths[3],
            ["low"] = deaths[4],
            ["best"] = deaths[5],
            ["high"] = deaths[6],
        };

    private static Gen<(string Start, string End, string Precision)> Dates() =>
        from day in Gen.Choose(0, 13_000)
        from length in Gen.Elements(0, 0, 0, 1, 2, 5, 6, 20, 45, 400)
        from precision in Gen.Elements("1", "2", "3", "4", "5", "")
        from time in Gen.Elements(string.Empty, " 00:00:00.000", "T00:00:00")
        let start = new LocalDate(1989, 1, 1).PlusDays(day)
        select ($"{start:uuuu-MM-dd}{time}", $"{start.PlusDays(length):uuuu-MM-dd}{time}", precision);

    private static Gen<(string, string)> Points() =>
        from lat in Gen.Choose(290_000, 375_000)
        from lon in Gen.Choose(385_000, 485_000)
        select ((lat / 10_000.0).ToString(CultureInfo.InvariantCulture), (lon / 10_000.0).ToString(CultureInfo.InvariantCulture));

    private static Gen<string[]> Deaths() =>
        from parties in Gen.Choose(0, 40).ArrayOf(4)
        from blanks in Gen.Elements(0, 0, 0, 1, 2, 15)
        from below in Gen.Choose(0, 5)
        from above in Gen.Choose(0, 30)
        from extra in Gen.Choose(0, 3)
        let given = parties.Select((n, i) => (blanks & (1 << i)) == 0 ? (int?)n : null).ToArray()
        let best = given.Sum(n => n ?? 0) + (given.All(n => n is not null) ? 0 : extra)
        select blanks == 15 && extra == 0
            ? new[] { string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty }
            : [.. given.Select(n => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
               System.Math.Max(0, best - below).ToString(CultureInfo.InvariantCulture), best.ToString(CultureInfo.InvariantCulture), (best + above).ToString(CultureInfo.InvariantCulture)];
}
