using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Deterministic catalogs of many incidents for the benchmarks: every incident different, varied the
/// way real incident data varies (dates of each precision, optional members present or not), ASCII text
/// so that the baseline writes the same bytes with the framework's default encoder.
/// </summary>
public static class SyntheticCatalog
{
    private static readonly ActorId[] Actors = [.. new[] { "isis", "peshmerga", "isf", "cjtf-oir", "pmf" }.Select(ActorId.Parse)];
    private static readonly TerritoryId[] Territories = [.. new[] { "kirkuk", "diyala", "ninewa", "makhmour", "prde", "sinjar" }.Select(TerritoryId.Parse)];
    private static readonly SourceId[] Sources = [.. new[] { "esta-62147", "acled-2021", "ucdp-ged-24" }.Select(SourceId.Parse)];
    private static readonly IncidentKind[] Kinds = Enum.GetValues<IncidentKind>();

    // The columns of an imported row: one string per column for all rows, as the importer takes them from the header.
    private static readonly string[] OriginColumns = [.. Enumerable.Range(0, 12).Select(f => "column_" + f)];

    /// <summary>Creates a catalog holding <paramref name="count"/> incidents and nothing else.</summary>
    public static CoordinationCatalog Create(int count) => new() { Incidents = [.. Incidents(count)] };

    /// <summary>
    /// Creates a catalog holding <paramref name="count"/> incidents and the actors, territories and
    /// sources they refer to, so that it is valid (for the validation benchmark).
    /// </summary>
    public static CoordinationCatalog CreateValid(int count) => CreateValid(count, IncidentShape.Typical);

    /// <summary>
    /// Creates a catalog holding <paramref name="count"/> incidents of a <paramref name="shape"/> and the actors,
    /// territories and sources they refer to, so that it is valid.
    /// </summary>
    public static CoordinationCatalog CreateValid(int count, IncidentShape shape) => new()
    {
        Actors = [.. Actors.Select(id => new Actor { Id = id, Kind = ActorKind.ArmedForce, Names = NameSet.Of(id.Value), Sources = [Sources[0]] })],
        Territories = [.. Territories.Select(id => new Territory { Id = id, Kind = TerritoryKind.District, Names = NameSet.Of(id.Value), Sources = [Sources[0]] })],
        Sources = [.. Sources.Select(id => new Source { Id = id, Publisher = "Publisher", Title = id.Value })],
        Incidents = [.. Incidents(count).Select(incident => Shaped(incident, shape))],
    };

    /// <summary>
    /// Creates a catalog of <paramref name="count"/> typical incidents each wrong twice: its first party's killed
    /// are unordered (low above best), and its territory is not in the catalog.
    /// </summary>
    public static CoordinationCatalog CreateInvalid(int count)
    {
        var valid = CreateValid(count, IncidentShape.Typical);
        var nowhere = TerritoryId.Parse("nowhere");
        return CatalogRecordKinds.Incidents.WithRecords(valid, [.. valid.Incidents.Select(incident => incident with
        {
            Location = incident.Location with { Territory = nowhere },
            Casualties = incident.Casualties.SetItem(0, incident.Casualties[0] with { Killed = new CasualtyEstimate(3, 1, 2) }),
        })]);
    }

    /// <summary>Creates <paramref name="count"/> incidents lazily.</summary>
    public static IEnumerable<Incident> Incidents(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Incident(i);
        }
    }

    /// <summary>Creates incident number <paramref name="i"/>.</summary>
    public static Incident Incident(int i)
    {
        var day = new LocalDate(2014, 6, 1).PlusDays(i % 3650);
        var date = (i % 5) switch
        {
            0 => ReportedDate.OnDay(day),
            1 => ReportedDate.OnDay(day, new LocalTime(i % 24, i % 60)),
            2 => ReportedDate.OnDay(day, (PartOfDay)(i % 5)),
            3 => ReportedDate.InMonth(new YearMonth(day.Year, day.Month)),
            _ => ReportedDate.InWeek(day, day.PlusDays(3)),
        };
        var actor = Actors[i % Actors.Length];
        var victim = Actors[(i + 1) % Actors.Length];
        return new Incident
        {
            Id = IncidentId.Parse($"incident-{i}"),
            Kind = Kinds[i % Kinds.Length],
            Date = date,
            Location = new IncidentLocation
            {
                PlaceName = i % 3 == 0 ? $"near village {i % 97}" : null,
                Territory = Territories[i % Territories.Length],
                Point = i % 2 == 0 ? new GeoPoint(34 + ((i % 1000) / 1000.0), 43 + ((i % 777) / 777.0)) : null,
                Precision = i % 2 == 0 ? (LocationPrecision)(1 + (i % 7)) : (LocationPrecision)(2 + (i % 6)),
            },
            Perpetrators = i % 4 == 0 ? [Perpetrator.Unidentified] : [new Perpetrator(actor, (Attribution)(i % 3))],
            Targets = [AffectedParty.Of(victim), .. i % 3 == 0 ? new[] { AffectedParty.Civilians } : []],
            Casualties =
            [
                new Casualties(AffectedParty.Of(victim), new CasualtyEstimate(i % 3, (i % 3) + (i % 2), (i % 3) + (i % 2) + (i % 4)), CasualtyEstimate.Exactly(i % 4)),
                .. i % 3 == 0 ? new[] { new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(i % 2), CasualtyEstimate.Zero) } : [],
            ],
            Summary = i % 2 == 0 ? $"Militants attacked positions near village {i % 97} in the early hours." : null,
            Sources = [Sources[i % Sources.Length], .. i % 4 == 0 ? new[] { Sources[(i + 1) % Sources.Length] } : []],
        };
    }

    private static Incident Shaped(Incident incident, IncidentShape shape) => shape switch
    {
        IncidentShape.Sparse => new Incident
        {
            Id = incident.Id,
            Kind = incident.Kind,
            Date = incident.Date,
            Location = new IncidentLocation { Territory = incident.Location.Territory, Precision = LocationPrecision.SecondOrderDivision },
            Sources = [incident.Sources[0]],
        },
        IncidentShape.Imported => incident with
        {
            ReportedTotals = new CasualtyTotals { Killed = incident.TotalKilled, Injured = incident.TotalInjured, Sources = [incident.Sources[0]] },
            Origin = new RecordOrigin
            {
                DataSet = "ACLED",
                Release = "2024-06",
                EventId = "IRQ" + incident.Id.Value,
                Fields = [.. OriginColumns.Select((column, f) => new OriginField(column, $"value {f} of {incident.Id}"))],
            },
        },
        _ => incident,
    };
}
