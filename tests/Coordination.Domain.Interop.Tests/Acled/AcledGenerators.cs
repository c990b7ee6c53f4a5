using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>Generators of ACLED files (rows of every layout, in the shapes seen) and of incidents ACLED can express.</summary>
public static class AcledGenerators
{
    private static readonly string[] StateForces = ["Military Forces of Iraq (2020-)", "Police Forces of Iraq (2020-)", "Military Forces of Iraq (2022-) Peshmerga", "Military Forces of Iraq (2020-) Popular Mobilization Forces"];
    private static readonly string[] External = ["Military Forces of Turkey (2016-)", "Military Forces of Iran (1989-)", "Military Forces of the United States (2021-)"];
    private static readonly string[] Armed = ["Islamic State (Iraq)", "PKK: Kurdistan Workers Party", "Kataib Hezbollah", "Shammar Tribal Militia (Iraq)", "KDP: Kurdistan Democratic Party"];
    private static readonly string[] CivilianGroups = ["Farmers (Iraq)", "Women (Iraq)", "Yazidi Ethnic Group (Iraq)", "Health Workers (Iraq)"];
    private static readonly string[] Admin1 = ["Ninewa", "Nīnawá province", "Kirkuk", "Duhok", "Dahūk province", "Arbīl province", "Salah al-Din", "Şalāḩ ad Dīn province", "Al Anbār", "Diyala", "Baghdad"];
    private static readonly string[] Places = ["Mosul", "Kirkuk", "Sinjar", "Kani Masi", "Tuz Khurmatu", "Qara Tapa", "Makhmour", "Ramadi"];
    private static readonly string[] Texts = ["", "On 5 January, drones struck a vehicle near the town.", "Clashes, \"heavy\" fire; 2 killed.\nSecond line.", "  spaced  ", "Rudaw; Kurdistan 24", "Shafaq News"];
    private static readonly string[] PlaceColumns = ["location", "admin1", "country"];
    private static readonly string[] Territories = ["iraq", "ninewa", "kirkuk", "diyala", "erbil", "salah-al-din", "sinjar", "makhmour", "tel-afar", "hawija", "daquq", "kifri", "tuz-khurmatu"];
    private static readonly string[] Always = ["event_date", "event_type", "sub_event_type"];
    private static readonly string[] Disorder = ["Political violence", "Demonstrations", "Strategic developments", "Political violence; Demonstrations"];

    public static Arbitrary<GeneratedFile> Files() => File().ToArbitrary();

    public static Arbitrary<Incident> Expressible() => Incident().ToArbitrary();

    /// <summary>A header and rows of one of the ACLED layouts: the 2023 export, the layout before 2023, or a reduced, re-cased, reordered file.</summary>
    public static Gen<GeneratedFile> File() =>
        from layout in Gen.Elements(DataLayout.AcledSince2023, DataLayout.AcledBefore2023, DataLayout.AcledSubset)
        from columns in Columns(layout)
        from rows in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(RowValues(), n))
        select new GeneratedFile(layout, columns, [.. rows.Select(r => (IReadOnlyDictionary<string, string>)r)]);

    public static Gen<Incident> Incident() =>
        from n in Gen.Choose(1, 999_999)
        from kind in Gen.Elements(Enum.GetValues<IncidentKind>())
        from date in Date()
        from place in Gen.Elements<string?>(null, "Hill 402", "the old market", "Checkpoint 7 on the main road")
        from territory in Gen.Elements(Territories)
        from point in Gen.OneOf(Gen.Constant<GeoPoint?>(null), Point().Select(p => (GeoPoint?)p))
        from precision in Gen.Elements(LocationPrecision.ExactLocation, LocationPrecision.NearNamedPlace, LocationPrecision.FirstOrderDivision)
        from perpetrators in Gen.Choose(0, 3).SelectMany(k => Gen.ListOf(Perpetrator(), k))
        from targets in perpetrators.Count == 0 ? Gen.Constant(new List<AffectedParty>()) : Targets()
        from killed in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 500).Select(k => (int?)k))
        from summary in Gen.Elements<string?>(null, "Drone strike on a vehicle.", "Clashes, \"heavy\" fire; 2 killed.\nSecond line.")
        select new Incident
        {
            Id = IncidentId.Parse("acled-irq" + n.ToString(CultureInfo.InvariantCulture)),
            Kind = kind,
            Date = date,
            Location = new IncidentLocation
            {
                PlaceName = place,
                Territory = TerritoryId.Parse(territory),
                Point = precision == LocationPrecision.ExactLocation ? point ?? new GeoPoint(36.335, 43.1189) : point,
                Precision = precision,
            },
            Perpetrators = [.. perpetrators.Distinct()],
            Targets = [.. targets.Distinct()],
            ReportedTotals = killed is { } k ? new CasualtyTotals { Killed = CasualtyEstimate.Exactly(k) } : null,
            Summary = summary,
            Sources = [SourceId.Parse("acled")],
        };

    private static Gen<ImmutableArray<string>> Columns(DataLayout layout)
    {
        if (layout != DataLayout.AcledSubset)
        {
            return Gen.Constant(DataLayouts.ColumnsOf(layout));
        }

        string[][] groups =
        [
            ["event_id_cnty"], ["year"], ["time_precision"], ["disorder_type"], ["civilian_targeting"], ["iso"], ["region"], ["country"],
            ["admin1"], ["admin2"], ["admin3"], ["location"], ["latitude", "longitude"], ["geo_precision"], ["source"], ["source_scale"],
            ["notes"], ["fatalities"], ["tags"], ["timestamp"],
        ];
        string[][] actors = [[], ["actor1"], ["actor1", "actor2"], ["actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction"], ["actor1", "inter1", "actor2", "inter2"]];
        return from chosen in Gen.ListOf(Gen.Elements(true, false), groups.Length)
               from actorGroup in Gen.Elements(actors)
               from upper in Gen.Elements(true, false)
               from extra in Gen.Elements(true, false)
               from order in Gen.Shuffle(Enumerable.Range(0, 64).ToArray())
               let names = Always
                   .Concat(groups.Where((_, i) => chosen[i]).SelectMany(g => g))
                   .Concat(actorGroup)
                   .Concat(extra ? ["analyst_note"] : Array.Empty<string>())
                   .ToArray()
               let placed = names.Intersect(PlaceColumns).Any() ? names : [.. names, "location"]
               select placed.Select((c, i) => (c, order[i])).OrderBy(p => p.Item2).Select(p => upper ? p.c.ToUpperInvariant() : p.c).ToImmutableArray();
    }

    private static Gen<Dictionary<string, string>> RowValues() =>
        from id in Gen.OneOf(Gen.Choose(1, 99_999).Select(i => "IRQ" + i.ToString(CultureInfo.InvariantCulture)), Gen.Constant(string.Empty))
        from day in Gen.Choose(0, 365 * 33).Select(d => new LocalDate(1997, 1, 1).PlusDays(d))
        from dateShape in Gen.Choose(0, 4)
        from timePrecision in Gen.Choose(1, 3)
        from kind in Gen.Elements(Enum.GetValues<IncidentKind>())
        from casing in Gen.Choose(0, 2)
        from actors in Actors()
        from disorder in Gen.Elements(Disorder)
        from admin1 in Gen.Elements(Admin1)
        from admin2 in Gen.Elements("", "Mosul", "Sinjar", "Amedi", "Kirkuk")
        from location in Gen.Elements(Places)
        from point in Gen.OneOf(Gen.Constant<(string, string)>(("", "")), Point().Select(p => (p.Latitude.ToString("F4", CultureInfo.InvariantCulture), p.Longitude.ToString("F4", CultureInfo.InvariantCulture))))
        from geo in Gen.Choose(1, 3)
        from source in Gen.Elements(Texts)
        from notes in Gen.Elements(Texts.Where(t => t.Trim().Length > 0 || t.Length == 0).ToArray())
        from fatalities in Gen.OneOf(Gen.Constant(string.Empty), Gen.Choose(0, 60).Select(f => f.ToString(CultureInfo.InvariantCulture)))
        from timestamp in Gen.Choose(1_500_000_000, 1_800_000_000)
        select new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["event_id_cnty"] = id,
            ["data_id"] = "8" + timestamp.ToString(CultureInfo.InvariantCulture)[..6],
            ["event_id_no_cnty"] = id.Length > 3 ? id[3..] : string.Empty,
            ["event_date"] = dateShape switch
            {
                0 => AcledDates.Format(day),
                1 => day.ToString("dd-MMM-yy", CultureInfo.InvariantCulture),
                2 => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                3 => day.ToString("dd-MMM-yyyy", CultureInfo.InvariantCulture),
                _ => AcledDates.Format(day) + " 00:00:00",
            },
            ["year"] = day.Year.ToString(CultureInfo.InvariantCulture),
            ["time_precision"] = timePrecision.ToString(CultureInfo.InvariantCulture),
            ["disorder_type"] = disorder,
            ["event_type"] = Cased(AcledEventTypes.EventTypeOf(kind), casing),
            ["sub_event_type"] = Cased(AcledEventTypes.SubEventTypeOf(kind), casing),
            ["actor1"] = actors.Actor1,
            ["assoc_actor_1"] = actors.Assoc1,
            ["inter1"] = actors.Inter1,
            ["actor2"] = actors.Actor2,
            ["assoc_actor_2"] = actors.Assoc2,
            ["inter2"] = actors.Inter2,
            ["interaction"] = actors.Interaction,
            ["civilian_targeting"] = actors.Civilians ? "Civilian targeting" : string.Empty,
            ["iso"] = "368",
            ["iso3"] = "IRQ",
            ["region"] = "Middle East",
            ["country"] = "Iraq",
            ["admin1"] = admin1,
            ["admin2"] = admin2,
            ["admin3"] = string.Empty,
            ["location"] = location,
            ["latitude"] = point.Item1,
            ["longitude"] = point.Item2,
            ["geo_precision"] = geo.ToString(CultureInfo.InvariantCulture),
            ["source"] = source,
            ["source_scale"] = "National",
            ["notes"] = notes,
            ["fatalities"] = fatalities,
            ["tags"] = string.Empty,
            ["timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
            ["analyst_note"] = "kept, not mapped",
        };

    private static Gen<GeneratedActors> Actors() =>
        from type1 in Gen.Choose(1, 8)
        from name1 in NameOf(type1)
        from assoc1 in Gen.Choose(0, 2).SelectMany(k => Gen.ListOf(Gen.Elements(Armed.Concat(StateForces).ToArray()), k))
        from type2 in Gen.Elements(0, 1, 2, 3, 4, 7, 7, 8)
        from name2 in type2 == 0 ? Gen.Constant(string.Empty) : NameOf(type2)
        from assoc2 in type2 == 0 ? Gen.Constant(new List<string>()) : Gen.Choose(0, 2).SelectMany(k => Gen.ListOf(Gen.Elements(type2 == 7 ? CivilianGroups : Armed), k))
        from text in Gen.Elements(true, false)
        let interaction = new AcledInteraction((AcledActorType)type1, (AcledActorType)type2)
        select new GeneratedActors(
            name1,
            string.Join("; ", assoc1.Distinct().Where(n => n != name1)),
            text ? AcledScales.LabelOf((AcledActorType)type1) : type1.ToString(CultureInfo.InvariantCulture),
            name2,
            string.Join("; ", assoc2.Distinct().Where(n => n != name2)),
            text ? AcledScales.LabelOf((AcledActorType)type2) : type2.ToString(CultureInfo.InvariantCulture),
            text ? interaction.Label : interaction.Code.ToString(CultureInfo.InvariantCulture),
            type2 == 7);

    private static Gen<string> NameOf(int type) => type switch
    {
        1 => Gen.Elements(StateForces),
        7 => Gen.Constant("Civilians (Iraq)"),
        8 => Gen.Elements(External),
        3 => Gen.Elements(Armed.Append("Unidentified Armed Group (Iraq)").ToArray()),
        5 => Gen.Constant("Rioters (Iraq)"),
        6 => Gen.Constant("Protesters (Iraq)"),
        _ => Gen.Elements(Armed),
    };

    private static string Cased(string text, int casing) => casing switch
    {
        1 => text.ToUpperInvariant(),
        2 => text.ToLowerInvariant(),
        _ => text,
    };

    private static Gen<ReportedDate> Date() =>
        from d in Gen.Choose(3, (365 * 100) - 3).Select(d => new LocalDate(1997, 1, 1).PlusDays(d))
        from precision in Gen.Elements(AcledTimePrecision.Day, AcledTimePrecision.Week, AcledTimePrecision.Month)
        select AcledScales.ToReportedDate(d, precision);

    private static Gen<GeoPoint> Point() =>
        from lat in Gen.Choose(29_0000, 37_3000)
        from lon in Gen.Choose(38_8000, 48_5000)
        select new GeoPoint(lat / 10_000.0, lon / 10_000.0);

    private static Gen<Perpetrator> Perpetrator() =>
        Gen.Elements(
            Incidents.Perpetrator.Unidentified,
            new Perpetrator(ActorId.Parse("iraqi-army"), Attribution.Attributed),
            new Perpetrator(ActorId.Parse("peshmerga"), Attribution.Attributed),
            new Perpetrator(ActorId.Parse("isis"), Attribution.Attributed),
            new Perpetrator(ActorId.Parse("federal-police"), Attribution.Attributed),
            new Perpetrator(ActorId.Parse("cjtf-oir"), Attribution.Attributed),
            new Perpetrator(ActorId.Parse("united-states"), Attribution.Attributed));

    private static Gen<List<AffectedParty>> Targets() =>
        Gen.OneOf(
            Gen.Constant(new List<AffectedParty>()),
            Gen.Constant(new List<AffectedParty> { AffectedParty.Civilians }),
            Gen.Choose(1, 2).SelectMany(k => Gen.ListOf(
                Gen.Elements(AffectedParty.Unidentified, AffectedParty.Of(ActorId.Parse("isis")), AffectedParty.Of(ActorId.Parse("peshmerga")), AffectedParty.Of(ActorId.Parse("goi"))), k)
                .Select(l => l.ToList())));

    internal sealed record GeneratedActors(string Actor1, string Assoc1, string Inter1, string Actor2, string Assoc2, string Inter2, string Interaction, bool Civilians);
}

/// <summary>A generated ACLED file: its layout, its header and its rows' values by lower-case column name.</summary>
public sealed record GeneratedFile(DataLayout Layout, ImmutableArray<string> Columns, ImmutableArray<IReadOnlyDictionary<string, string>> Rows)
{
    public override string ToString() => $"{Layout}: {string.Join(",", Columns)}\n" + string.Join("\n", Rows.Select(r => string.Join(" | ", Columns.Select(c => r.TryGetValue(c, out var v) ? v : ""))));
}
