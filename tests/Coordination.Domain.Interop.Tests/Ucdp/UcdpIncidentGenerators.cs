using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Interop.Tests.Ucdp;

/// <summary>Generated incidents that UCDP GED can express: clashes and attacks on civilians with one side each, deaths per party that add up, no time of day.</summary>
public static class UcdpIncidentGenerators
{
    /// <summary>Actors of the reference catalog whose primary name reads back as themselves.</summary>
    private static readonly ActorId[] Actors = [.. ReferenceCatalog.Load().Actors
        .Where(a => !string.Equals(a.Names.Primary.Text, "Civilians", System.StringComparison.OrdinalIgnoreCase))
        .Where(a => UcdpRows.Context().ResolveActor(a.Names.Primary.Text, ConflictDataSet.UcdpGed, a.Kind) == a.Id)
        .Select(a => a.Id)];

    /// <summary>Territories (governorates and districts of the reference catalog, and the gazetteer's governorates it lacks) that the formatter's names resolve back to.</summary>
    private static readonly TerritoryId?[] Territories = [null, .. ReferenceCatalog.Load().Territories.Select(t => t.Id)
        .Concat(Gazetteer.Governorates.Select(g => g.Id)).Distinct()
        .Where(RoundTrips).Select(t => (TerritoryId?)t)];

    /// <summary>The layouts.</summary>
    public static Arbitrary<DataLayout> Layouts() => Gen.Elements(DataLayout.UcdpGed, DataLayout.UcdpGed42, DataLayout.UcdpGedHdx).ToArbitrary();

    /// <summary>The incidents.</summary>
    public static Arbitrary<Incident> Incidents() =>
        (from id in Gen.Choose(1, 999_999)
         from oneSided in Gen.Elements(true, false)
         from perpetrator in Gen.OneOf(Gen.Constant(Perpetrator.Unidentified), Gen.Elements(Actors).Select(a => new Perpetrator(a, Attribution.Attributed)))
         from targetActor in Gen.Elements(Actors.Where(a => a != perpetrator.Actor).ToArray())
         from targetKnown in Gen.Elements(true, false)
         let target = oneSided ? AffectedParty.Civilians : targetKnown ? AffectedParty.Of(targetActor) : AffectedParty.Unidentified
         from date in Dates()
         from precision in Gen.Choose(1, 7)
         from point in Gen.OneOf(Gen.Constant<GeoPoint?>(null), from lat in Gen.Choose(-900_000, 900_000) from lon in Gen.Choose(-1_799_999, 1_799_999) select (GeoPoint?)new GeoPoint(lat / 10_000.0, lon / 10_000.0))
         from place in Gen.Elements<string?>(null, "the old road", "Hill 42 checkpoint")
         from territory in Gen.Elements(Territories)
         from counts in Gen.Choose(0, 30).ArrayOf(4)
         from given in Gen.Choose(0, 15)
         from totals in Gen.Elements(true, true, false)
         from extra in Gen.Choose(0, 4)
         from spread in Gen.Choose(0, 6)
         let parties = new[] { perpetrator.Actor is { } a ? AffectedParty.Of(a) : (AffectedParty?)null, target.Kind == AffectedPartyKind.Actor ? target : null, AffectedParty.Civilians, AffectedParty.Unidentified }
         let casualties = parties.Select((p, i) => (p, i)).Where(x => x.p is not null && (given & (1 << x.i)) != 0).Select(x => new Casualties(x.p!.Value, CasualtyEstimate.Exactly(counts[x.i]))).ToArray()
         let sum = casualties.Sum(c => c.Killed!.Value.Best)
         let complete = casualties.Length == parties.Count(p => p is not null)
         let best = sum + (complete ? 0 : extra)
         select new Incident
         {
             Id = IncidentId.Parse($"ucdp-ged-{id}"),
             Kind = oneSided ? IncidentKind.AttackOnCivilians : IncidentKind.ArmedClash,
             Date = date,
             Location = new IncidentLocation { PlaceName = place, Territory = territory, Point = point, Precision = (LocationPrecision)precision },
             Perpetrators = [perpetrator],
             Targets = [target],
             Casualties = [.. casualties],
             ReportedTotals = totals || casualties.Length > 0 ? new CasualtyTotals { Killed = new CasualtyEstimate(System.Math.Max(0, best - spread), best, best + spread) } : null,
             Sources = [SourceId.Parse("ucdp-ged-25-1")],
         }).ToArbitrary();

    private static bool RoundTrips(TerritoryId territory)
    {
        var probe = new Incident
        {
            Id = IncidentId.Parse("ucdp-ged-1"),
            Kind = IncidentKind.ArmedClash,
            Date = ReportedDate.InYear(2017),
            Location = new IncidentLocation { Territory = territory, Precision = LocationPrecision.Region },
        };
        var layout = DataLayout.UcdpGed;
        var row = new SourceRow(new SourceHeader(DataLayouts.ColumnsOf(layout), layout), 2, UcdpRoundTrip.Export(probe, ReferenceCatalog.Load(), layout));
        return (row["adm_1"]!.Length > 0 || row["adm_2"]!.Length > 0)
            && UcdpRows.Context().ResolvePlace(UcdpRowMapper.QueryOf(c => row[c], []))?.Territory == territory;
    }

    /// <summary>How many territories round trip (so that a test can tell the generator is not vacuous).</summary>
    internal static int TerritoryCount => Territories.Length - 1;

    private static Gen<ReportedDate> Dates() =>
        from day in Gen.Choose(0, 13_000)
        from kind in Gen.Choose(0, 3)
        from length in Gen.Choose(2, 7)
        let start = new LocalDate(1989, 1, 1).PlusDays(day)
        select kind switch
        {
            0 => ReportedDate.OnDay(start),
            1 => ReportedDate.InWeek(start, start.PlusDays(length - 1)),
            2 => ReportedDate.InMonth(new YearMonth(start.Year, start.Month)),
            _ => ReportedDate.InYear(start.Year),
        };
}
