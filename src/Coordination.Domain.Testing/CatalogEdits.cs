using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Testing;

/// <summary>
/// Edits the corruptions are made of: replacing a record at an index, and fresh records that are valid
/// in any valid catalog (fresh identifiers, dated before every source's publication, citing a source of
/// the catalog).
/// </summary>
internal static class CatalogEdits
{
    private static readonly LocalDate Latest = new(2015, 1, 1);

    /// <summary>The catalog with <paramref name="records"/> as its records of <paramref name="kind"/>, as they are.</summary>
    internal static CoordinationCatalog Rebuild<TRecord, TId>(this CoordinationCatalog c, CatalogRecordKind<TRecord, TId> kind, ImmutableArray<TRecord> records)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId> => kind.WithRecords(c, records);

    /// <summary>A date on or before which every fact is safe: before 2015 and before every source's publication.</summary>
    internal static LocalDate SafeDate(this CoordinationCatalog c)
    {
        var earliest = c.Sources.Where(s => s?.Published is not null).Select(s => s.Published!.Value.Earliest).DefaultIfEmpty(Latest.PlusDays(1)).Min();
        return LocalDate.Min(Latest, earliest.PlusDays(-1));
    }

    /// <summary>An identifier of the form <c>{stem}-N</c> that <paramref name="taken"/> does not hold.</summary>
    internal static TId FreshId<TId>(string stem, Func<TId, bool> taken)
        where TId : struct, IIdentifier<TId>
    {
        for (var n = 0; ; n++)
        {
            var id = TId.Parse($"{stem}-{n}");
            if (!taken(id))
            {
                return id;
            }
        }
    }

    /// <summary>The catalog with at least one source (adding an undated one when it has none), and that source's identifier.</summary>
    internal static (CoordinationCatalog Catalog, SourceId Source) EnsureSource(this CoordinationCatalog c)
    {
        if (c.Sources.FirstOrDefault(s => s is not null) is { } existing)
        {
            return (c, existing.Id);
        }

        var id = FreshId<SourceId>("corruption-source", i => c.FindSource(i) is not null);
        return (c.Rebuild(CatalogRecordKinds.Sources, c.Sources.Add(new Source { Id = id, Publisher = "Corruption", Title = "A source added by a corruption" })), id);
    }

    /// <summary>The catalog with at least <paramref name="count"/> actors, and the first <paramref name="count"/> of them.</summary>
    internal static (CoordinationCatalog Catalog, ImmutableArray<ActorId> Actors) EnsureActors(this CoordinationCatalog c, int count)
    {
        var (catalog, source) = c.EnsureSource();
        while (catalog.Actors.Count(a => a is not null) < count)
        {
            catalog = catalog.Rebuild(CatalogRecordKinds.Actors, catalog.Actors.Add(catalog.FreshActor(source)));
        }

        return (catalog, [.. catalog.Actors.Where(a => a is not null).Take(count).Select(a => a.Id)]);
    }

    internal static Actor FreshActor(this CoordinationCatalog c, SourceId source, DatePeriod? existence = null) => new()
    {
        Id = FreshId<ActorId>("corruption-actor", i => c.FindActor(i) is not null),
        Kind = ActorKind.ArmedForce,
        Names = NameSet.Of("Corruption Force"),
        Existence = existence,
        Sources = [source],
    };

    internal static Territory FreshTerritory(this CoordinationCatalog c, SourceId source) => new()
    {
        Id = FreshId<TerritoryId>("corruption-territory", i => c.FindTerritory(i) is not null),
        Kind = TerritoryKind.Town,
        Names = NameSet.Of("Prde", "Altun Kupri"),
        Sources = [source],
    };

    internal static CoordinationMechanism FreshMechanism(this CoordinationCatalog c, SourceId source, ActorId a, ActorId b) => new()
    {
        Id = FreshId<MechanismId>("corruption-mechanism", i => c.FindMechanism(i) is not null),
        Kind = MechanismKind.JointCoordinationCentre,
        Names = NameSet.Of("Joint Coordination Centre"),
        Participants = [new Participant(a, ParticipantRole.Party), new Participant(b, ParticipantRole.Party)],
        StatusHistory = [new StatusChange { Status = MechanismStatus.Proposed, Date = ReportedDate.OnDay(c.SafeDate()) }],
        Sources = [source],
    };

    internal static Incident FreshIncident(this CoordinationCatalog c, SourceId source, LocalDate? date = null) => new()
    {
        Id = FreshId<IncidentId>("corruption-incident", i => c.FindIncident(i) is not null),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.OnDay(date ?? c.SafeDate()),
        Location = new IncidentLocation { PlaceName = "near Prde", Precision = Geography.LocationPrecision.NearNamedPlace },
        Sources = [source],
    };

    internal static EnablingSupport FreshSupport(this CoordinationCatalog c, SourceId source, ActorId provider, ActorId recipient) => new()
    {
        Id = FreshId<SupportId>("corruption-support", i => c.FindSupport(i) is not null),
        Provider = provider,
        Recipients = [recipient],
        Kinds = [SupportKind.Training],
        Sources = [source],
    };

    internal static Statement FreshStatement(this CoordinationCatalog c, SourceId source, ActorId onBehalfOf) => new()
    {
        Id = FreshId<StatementId>("corruption-statement", i => c.FindStatement(i) is not null),
        OnBehalfOf = onBehalfOf,
        Quote = "The Coalition supports establishing joint coordination centres.",
        Source = source,
    };

    internal static Person FreshPerson(this CoordinationCatalog c, SourceId source) => new()
    {
        Id = FreshId<PersonId>("corruption-person", i => c.FindPerson(i) is not null),
        Names = NameSet.Of("Wayne Marotto"),
        Sources = [source],
    };

    internal static CoordinationLine FreshLine(this CoordinationCatalog c, SourceId source, ActorId a, ActorId b) => new()
    {
        Id = FreshId<CoordinationLineId>("corruption-line", i => c.FindLine(i) is not null),
        Names = NameSet.Of("Kurdish Coordination Line"),
        SideA = a,
        SideB = b,
        Sources = [source],
    };
}
