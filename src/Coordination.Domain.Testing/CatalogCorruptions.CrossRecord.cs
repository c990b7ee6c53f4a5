using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Testing;

/// <content>Corruptions of the rules that span records.</content>
public static partial class CatalogCorruptions
{
    private static IEnumerable<CatalogCorruption> CrossRecord()
    {
        yield return Corrupt("two records of a kind with one identifier", ValidationCodes.Catalog.DuplicateIdentifier, AnyOf(
            c => Duplicate(c.EnsureActors(2).Catalog, x => x.Actors, (x, a) => x.Rebuild(CatalogRecordKinds.Actors, a)),
            c => Duplicate(c.EnsureSource().Catalog, x => x.Sources, (x, s) => x.Rebuild(CatalogRecordKinds.Sources, s)),
            c => EditTerritory(c, (_, t) => t).SelectMany(x => Duplicate(x, y => y.Territories, (y, t) => y.Rebuild(CatalogRecordKinds.Territories, t))),
            c => EditIncident(c, (_, i) => i).SelectMany(x => Duplicate(x, y => y.Incidents, (y, i) => y.Rebuild(CatalogRecordKinds.Incidents, i))),
            c => EditMechanism(c, (_, m) => m).SelectMany(x => Duplicate(x, y => y.Mechanisms, (y, m) => y.Rebuild(CatalogRecordKinds.Mechanisms, m)))));

        yield return Corrupt("a reference to an actor the catalog lacks", ValidationCodes.Catalog.UnknownActor, AnyOf(
            c => EditActor(c, (x, a) => a with { Relations = a.Relations.Add(new ActorRelation { Kind = ActorRelationKind.MemberOf, Target = GhostActor(x) }) }),
            c => EditLine(c, (x, l) => l with { SideA = GhostActor(x) }),
            c => EditSupport(c, (x, s) => s with { Provider = GhostActor(x) }),
            c => EditStatement(c, (x, s) => s with { OnBehalfOf = GhostActor(x) }),
            c => EditIncident(c, (x, i) => i with { Perpetrators = i.Perpetrators.Add(new Perpetrator(GhostActor(x), Attribution.Claimed)) }),
            c => EditIncident(c, (x, i) => i with { Targets = i.Targets.Add(AffectedParty.Of(GhostActor(x))) }),
            c => EditMechanism(c, (x, m) => m with { Participants = m.Participants.Add(new Participant(GhostActor(x), ParticipantRole.Supporter)) })));

        yield return Corrupt("a speaker the catalog lacks", ValidationCodes.Catalog.UnknownPerson,
            c => EditStatement(c, (x, s) => s with { Speaker = CatalogEdits.FreshId<PersonId>("ghost-person", id => x.FindPerson(id) is not null) }));

        yield return Corrupt("a reference to a territory the catalog lacks", ValidationCodes.Catalog.UnknownTerritory, AnyOf(
            c => EditTerritory(c, (x, t) => t with { Parent = GhostTerritory(x) }),
            c => EditTerritory(c, (x, t) => t with { Memberships = t.Memberships.Add(new Territories.TerritoryMembership { Region = GhostTerritory(x), Kind = Territories.MembershipKind.Member }) }),
            c => EditIncident(c, (x, i) => i with { Location = i.Location with { Territory = GhostTerritory(x) } }),
            c => EditMechanism(c, (x, m) => m with { Site = GhostTerritory(x) })));

        yield return Corrupt("a stretch of a line the catalog lacks", ValidationCodes.Catalog.UnknownLine,
            c => EditMechanism(c, (x, m) => m with
            {
                Area = m.Area with { LineStretches = m.Area.LineStretches.Add(new LineStretch(CatalogEdits.FreshId<CoordinationLineId>("ghost-line", id => x.FindLine(id) is not null))) },
            }));

        yield return Corrupt("a citation of a source the catalog lacks", ValidationCodes.Catalog.UnknownSource, AnyOf(
            c => EditActor(c, (x, a) => a with { Sources = a.Sources.Add(GhostSource(x)) }),
            c => EditIncident(c, (x, i) => i with { Sources = i.Sources.Add(GhostSource(x)) }),
            c => EditStatement(c, (x, s) => s with { Source = GhostSource(x) })));

        yield return Corrupt("a cycle of territory parents", ValidationCodes.Catalog.ParentCycle, ParentCycle);

        yield return Corrupt("a fact dated after the source it rests on", ValidationCodes.Catalog.FactAfterSource, AnyOf(
            c => EditIncident(c, (_, i) => i).SelectMany(x =>
            {
                var index = x.Incidents.IndexOf(x.Incidents.First(i => i is not null));
                var incident = x.Incidents[index];
                var (withSource, early) = AddSourcePublishedOn(x, incident.Date.Earliest.PlusDays(-1));
                return Gen.Constant(withSource.Rebuild(CatalogRecordKinds.Incidents, x.Incidents.SetItem(index, incident with { Date = AnchorOf(incident.Date), Sources = [early] })));
            }),
            c => EditMechanism(c, (_, m) => m).SelectMany(x =>
            {
                var index = x.Mechanisms.IndexOf(x.Mechanisms.First(m => m is not null));
                var mechanism = x.Mechanisms[index];
                var at = mechanism.StatusHistory.LastIndexOf(mechanism.StatusHistory.Last(s => s.Date is not null));
                var last = mechanism.StatusHistory[at];
                var (withSource, early) = AddSourcePublishedOn(x, last.Date!.Value.Earliest.PlusDays(-1));
                var history = mechanism.StatusHistory.SetItem(at, last with { Date = AnchorOf(last.Date!.Value), Sources = [early] });
                return Gen.Constant(withSource.Rebuild(CatalogRecordKinds.Mechanisms, x.Mechanisms.SetItem(index, mechanism with { StatusHistory = history })));
            })));

        yield return Corrupt("a relation dated outside the existence of its actor", ValidationCodes.Catalog.RelationOutsideExistence, c =>
        {
            var (catalog, actors) = c.EnsureActors(2);
            var source = catalog.EnsureSource().Source;
            var safe = catalog.SafeDate();
            var holder = catalog.FreshActor(source, DatePeriod.From(safe)) with
            {
                Relations = [new ActorRelation { Kind = ActorRelationKind.SubordinateTo, Target = actors[0], Period = DatePeriod.Between(safe.PlusDays(-1000), safe.PlusDays(-500)) }],
            };
            return Gen.Constant(catalog.Rebuild(CatalogRecordKinds.Actors, catalog.Actors.Add(holder)));
        });

        yield return Corrupt("a post dated outside the existence of its actor", ValidationCodes.Catalog.PostOutsideExistence, c =>
        {
            var (catalog, source) = c.EnsureSource();
            var safe = catalog.SafeDate();
            var actor = catalog.FreshActor(source, DatePeriod.From(safe));
            catalog = catalog.Rebuild(CatalogRecordKinds.Actors, catalog.Actors.Add(actor));
            var person = catalog.FreshPerson(source) with
            {
                Posts = [new Post { Actor = actor.Id, Title = "Commander", Period = DatePeriod.Between(safe.PlusDays(-1000), safe.PlusDays(-500)) }],
            };
            return Gen.Constant(catalog.Rebuild(CatalogRecordKinds.People, catalog.People.Add(person)));
        });
    }

    private static Gen<CoordinationCatalog> Duplicate<T>(CoordinationCatalog c, System.Func<CoordinationCatalog, System.Collections.Immutable.ImmutableArray<T>> records, System.Func<CoordinationCatalog, System.Collections.Immutable.ImmutableArray<T>, CoordinationCatalog> rebuild)
        where T : class =>
        Gen.Elements(records(c).Where(r => r is not null).ToArray()).Select(r => rebuild(c, records(c).Add(r)));

    private static Gen<CoordinationCatalog> ParentCycle(CoordinationCatalog c)
    {
        var (catalog, source) = c.EnsureSource();
        while (catalog.Territories.Count(t => t is not null) < 3)
        {
            catalog = catalog.Rebuild(CatalogRecordKinds.Territories, catalog.Territories.Add(catalog.FreshTerritory(source)));
        }

        var indexes = Enumerable.Range(0, catalog.Territories.Length).Where(i => catalog.Territories[i] is not null).ToArray();
        return from length in Gen.Choose(2, 3)
               from shuffled in Gen.Shuffle(indexes)
               select Cycle(catalog, shuffled.Take(length).ToArray());
    }

    private static CoordinationCatalog Cycle(CoordinationCatalog c, int[] members)
    {
        var territories = c.Territories;
        for (var k = 0; k < members.Length; k++)
        {
            var parent = c.Territories[members[(k + 1) % members.Length]].Id;
            territories = territories.SetItem(members[k], territories[members[k]] with { Parent = parent });
        }

        return c.Rebuild(CatalogRecordKinds.Territories, territories);
    }

    // The date a one-sided date is anchored on, within: "on or before" a day has no earliest day to be checked against a source.
    private static ReportedDate AnchorOf(ReportedDate date) =>
        date.IsTimeApproximate ? ReportedDate.OnDayAbout(date.Earliest, date.TimeOfDay!.Value) : new ReportedDate(date.Range, date.Precision, date.TimeOfDay, date.PartOfDay);

    private static (CoordinationCatalog Catalog, SourceId Source) AddSourcePublishedOn(CoordinationCatalog c, LocalDate date)
    {
        var id = CatalogEdits.FreshId<SourceId>("early-source", i => c.FindSource(i) is not null);
        var source = new Source { Id = id, Publisher = "Esta Media Network", Title = "An earlier report", Published = ReportedDate.OnDay(date) };
        return (c.Rebuild(CatalogRecordKinds.Sources, c.Sources.Add(source)), id);
    }

    private static ActorId GhostActor(CoordinationCatalog c) => CatalogEdits.FreshId<ActorId>("ghost-actor", id => c.FindActor(id) is not null);

    private static TerritoryId GhostTerritory(CoordinationCatalog c) => CatalogEdits.FreshId<TerritoryId>("ghost-territory", id => c.FindTerritory(id) is not null);

    private static SourceId GhostSource(CoordinationCatalog c) => CatalogEdits.FreshId<SourceId>("ghost-source", id => c.FindSource(id) is not null);
}
