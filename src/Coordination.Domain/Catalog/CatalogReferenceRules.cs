using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Validation;
using FluentValidation;

namespace Coordination.Domain.Catalog;

/// <summary>
/// The rule that every identifier a record mentions resolves to a record of the catalog (codes
/// <see cref="ValidationCodes.Catalog.UnknownActor"/> to <see cref="ValidationCodes.Catalog.UnknownSource"/>).
/// Default identifiers are left to the record validators, which report them as missing.
/// </summary>
internal sealed class CatalogReferenceRules : AbstractValidator<CoordinationCatalog>
{
    /// <summary>Creates the rules.</summary>
    /// <param name="fastPath">Whether an incident whose every reference resolves skips the walk that names each reference's path.</param>
    internal CatalogReferenceRules(bool fastPath = true)
    {
        RuleFor(c => c).Custom((catalog, context) => Check(catalog, CatalogFailureSink.Of(context), fastPath));
    }

    /// <summary>Checks the rules on <paramref name="catalog"/>, reporting to <paramref name="sink"/>.</summary>
    internal static void Check(CoordinationCatalog catalog, CatalogFailureSink sink, bool fastPath = true) => new Resolver(catalog, sink, fastPath).CheckAll();

    private sealed class Resolver(CoordinationCatalog catalog, CatalogFailureSink context, bool fastPath)
    {
        private readonly HashSet<ActorId> actors = [.. catalog.Actors.Where(r => r is not null).Select(r => r.Id)];
        private readonly HashSet<PersonId> people = [.. catalog.People.Where(r => r is not null).Select(r => r.Id)];
        private readonly HashSet<TerritoryId> territories = [.. catalog.Territories.Where(r => r is not null).Select(r => r.Id)];
        private readonly HashSet<CoordinationLineId> lines = [.. catalog.Lines.Where(r => r is not null).Select(r => r.Id)];
        private readonly HashSet<SourceId> sources = [.. catalog.Sources.Where(r => r is not null).Select(r => r.Id)];

        internal void CheckAll()
        {
            CheckActors();
            CheckPeople();
            CheckTerritories();
            CheckLines();
            CheckMechanisms();
            CheckIncidents();
            CheckSupport();
            CheckProvenance();
        }

        private void CheckActors()
        {
            for (var i = 0; i < catalog.Actors.Length; i++)
            {
                var actor = catalog.Actors[i];
                if (actor is null)
                {
                    continue;
                }

                var at = CatalogPath.Record(CatalogRecordKinds.Actors, i);
                for (var j = 0; j < actor.Relations.Length; j++)
                {
                    if (actor.Relations[j] is { } relation)
                    {
                        var relationAt = at.Member(nameof(actor.Relations), j);
                        Actor(relationAt.Member(nameof(relation.Target)), relation.Target);
                        Cited(relationAt, relation.Sources, relation.Inference);
                    }
                }

                Cited(at, actor.Sources, actor.Inference);
            }
        }

        private void CheckPeople()
        {
            for (var i = 0; i < catalog.People.Length; i++)
            {
                var person = catalog.People[i];
                if (person is null)
                {
                    continue;
                }

                var at = CatalogPath.Record(CatalogRecordKinds.People, i);
                for (var j = 0; j < person.Posts.Length; j++)
                {
                    if (person.Posts[j] is { } post)
                    {
                        var postAt = at.Member(nameof(person.Posts), j);
                        Actor(postAt.Member(nameof(post.Actor)), post.Actor);
                        Cited(postAt, post.Sources, post.Inference);
                    }
                }

                Cited(at, person.Sources, person.Inference);
            }
        }

        private void CheckTerritories()
        {
            for (var i = 0; i < catalog.Territories.Length; i++)
            {
                var territory = catalog.Territories[i];
                if (territory is null)
                {
                    continue;
                }

                var at = CatalogPath.Record(CatalogRecordKinds.Territories, i);
                Territory(at.Member(nameof(territory.Parent)), territory.Parent);
                for (var j = 0; j < territory.Memberships.Length; j++)
                {
                    if (territory.Memberships[j] is { } membership)
                    {
                        var membershipAt = at.Member(nameof(territory.Memberships), j);
                        Territory(membershipAt.Member(nameof(membership.Region)), membership.Region);
                        Cited(membershipAt, membership.Sources, membership.Inference);
                    }
                }

                for (var j = 0; j < territory.FormerDesignations.Length; j++)
                {
                    if (territory.FormerDesignations[j] is { } designation)
                    {
                        Sources(at.Member(nameof(territory.FormerDesignations), j).Member(nameof(designation.Sources)), designation.Sources);
                    }
                }

                for (var j = 0; j < territory.Claims.Length; j++)
                {
                    if (territory.Claims[j] is { } claim)
                    {
                        var claimAt = at.Member(nameof(territory.Claims), j);
                        Actor(claimAt.Member(nameof(claim.Claimant)), claim.Claimant);
                        Cited(claimAt, claim.Sources, claim.Inference);
                    }
                }

                for (var j = 0; j < territory.ControlPeriods.Length; j++)
                {
                    if (territory.ControlPeriods[j] is { } period)
                    {
                        var periodAt = at.Member(nameof(territory.ControlPeriods), j);
                        Actor(periodAt.Member(nameof(period.Controller)), period.Controller);
                        Cited(periodAt, period.Sources, period.Inference);
                    }
                }

                Cited(at, territory.Sources, territory.Inference);
            }
        }

        private void CheckLines()
        {
            for (var i = 0; i < catalog.Lines.Length; i++)
            {
                if (catalog.Lines[i] is { } line)
                {
                    var at = CatalogPath.Record(CatalogRecordKinds.Lines, i);
                    Actor(at.Member(nameof(line.SideA)), line.SideA);
                    Actor(at.Member(nameof(line.SideB)), line.SideB);
                    Cited(at, line.Sources, line.Inference);
                }
            }
        }

        private void CheckMechanisms()
        {
            for (var i = 0; i < catalog.Mechanisms.Length; i++)
            {
                var mechanism = catalog.Mechanisms[i];
                if (mechanism is null)
                {
                    continue;
                }

                var at = CatalogPath.Record(CatalogRecordKinds.Mechanisms, i);
                for (var j = 0; j < mechanism.Participants.Length; j++)
                {
                    if (mechanism.Participants[j] is { } participant)
                    {
                        Actor(at.Member(nameof(mechanism.Participants), j).Member(nameof(participant.Actor)), participant.Actor);
                    }
                }

                Territory(at.Member(nameof(mechanism.Site)), mechanism.Site);
                if (mechanism.Area is { } area)
                {
                    var areaAt = at.Member(nameof(mechanism.Area));
                    for (var j = 0; j < area.Territories.Length; j++)
                    {
                        Territory(areaAt.Member(nameof(area.Territories), j), area.Territories[j]);
                    }

                    for (var j = 0; j < area.LineStretches.Length; j++)
                    {
                        if (area.LineStretches[j] is { } stretch)
                        {
                            var stretchAt = areaAt.Member(nameof(area.LineStretches), j);
                            Line(stretchAt.Member(nameof(stretch.Line)), stretch.Line);
                            Territory(stretchAt.Member(nameof(stretch.Within)), stretch.Within);
                        }
                    }
                }

                for (var j = 0; j < mechanism.StatusHistory.Length; j++)
                {
                    if (mechanism.StatusHistory[j] is { } change)
                    {
                        Cited(at.Member(nameof(mechanism.StatusHistory), j), change.Sources, change.Inference);
                    }
                }

                for (var j = 0; j < mechanism.Attestations.Length; j++)
                {
                    if (mechanism.Attestations[j] is { } attestation)
                    {
                        Cited(at.Member(nameof(mechanism.Attestations), j), attestation.Sources, attestation.Inference);
                    }
                }

                Cited(at, mechanism.Sources, mechanism.Inference);
            }
        }

        private void CheckIncidents()
        {
            for (var i = 0; i < catalog.Incidents.Length; i++)
            {
                var incident = catalog.Incidents[i];
                if (incident is null || (fastPath && Resolves(incident)))
                {
                    continue;
                }

                var at = CatalogPath.Record(CatalogRecordKinds.Incidents, i);
                Territory(at.Member(nameof(incident.Location)).Member(nameof(IncidentLocation.Territory)), incident.Location?.Territory);
                for (var j = 0; j < incident.Perpetrators.Length; j++)
                {
                    Actor(at.Member(nameof(incident.Perpetrators), j).Member(nameof(Perpetrator.Actor)), incident.Perpetrators[j]?.Actor);
                }

                for (var j = 0; j < incident.Targets.Length; j++)
                {
                    Party(at.Member(nameof(incident.Targets), j), incident.Targets[j]);
                }

                for (var j = 0; j < incident.Casualties.Length; j++)
                {
                    if (incident.Casualties[j] is { } casualties)
                    {
                        Party(at.Member(nameof(incident.Casualties), j).Member(nameof(casualties.Party)), casualties.Party);
                    }
                }

                if (incident.ReportedTotals is { } totals)
                {
                    Sources(at.Member(nameof(incident.ReportedTotals)).Member(nameof(totals.Sources)), totals.Sources);
                }

                Cited(at, incident.Sources, incident.Inference);
            }
        }

        private void CheckSupport()
        {
            for (var i = 0; i < catalog.Support.Length; i++)
            {
                var support = catalog.Support[i];
                if (support is null)
                {
                    continue;
                }

                var at = CatalogPath.Record(CatalogRecordKinds.Support, i);
                Actor(at.Member(nameof(support.Provider)), support.Provider);
                for (var j = 0; j < support.Recipients.Length; j++)
                {
                    Actor(at.Member(nameof(support.Recipients), j), support.Recipients[j]);
                }

                Cited(at, support.Sources, support.Inference);
            }
        }

        private void CheckProvenance()
        {
            for (var i = 0; i < catalog.Sources.Length; i++)
            {
                Actor(CatalogPath.Record(CatalogRecordKinds.Sources, i).Member(nameof(Provenance.Source.PublisherActor)), catalog.Sources[i]?.PublisherActor);
            }

            for (var i = 0; i < catalog.Statements.Length; i++)
            {
                if (catalog.Statements[i] is { } statement)
                {
                    var at = CatalogPath.Record(CatalogRecordKinds.Statements, i);
                    var speakerAt = at.Member(nameof(statement.Speaker));
                    Person(speakerAt.Member(nameof(Provenance.Speaker.Person)), statement.Speaker?.Person);
                    Actor(speakerAt.Member(nameof(Provenance.Speaker.Actor)), statement.Speaker?.Actor);
                    Actor(at.Member(nameof(statement.OnBehalfOf)), statement.OnBehalfOf);
                    Source(at.Member(nameof(statement.Source)), statement.Source);
                    Inference(at.Member(nameof(statement.Inference)), statement.Inference);
                }
            }
        }

        // Whether every identifier the incident mentions resolves (or is default, left to the record's validator):
        // the walk of CheckIncidents without naming a path, so that a sound incident costs no path at all.
        private bool Resolves(Incident incident)
        {
            if (!Known(territories, incident.Location?.Territory) || !Known(incident.Sources) || !Known(incident.ReportedTotals?.Sources ?? []) || !Known(incident.Inference?.From ?? []))
            {
                return false;
            }

            foreach (var perpetrator in incident.Perpetrators)
            {
                if (!Known(actors, perpetrator?.Actor))
                {
                    return false;
                }
            }

            foreach (var target in incident.Targets)
            {
                if (target.Kind == AffectedPartyKind.Actor && !Known(actors, target.Actor))
                {
                    return false;
                }
            }

            foreach (var casualties in incident.Casualties)
            {
                if (casualties is { Party.Kind: AffectedPartyKind.Actor } && !Known(actors, casualties.Party.Actor))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Known<TId>(HashSet<TId> known, TId? id)
            where TId : struct, IIdentifier<TId> => id is not { IsDefault: false } given || known.Contains(given);

        private bool Known(ImmutableArray<SourceId> list)
        {
            foreach (var id in list)
            {
                if (!Known(sources, id))
                {
                    return false;
                }
            }

            return true;
        }

        // The actor of an affected party, when it is one: ….Actor.
        private void Party(CatalogPath path, AffectedParty party)
        {
            if (party.Kind == AffectedPartyKind.Actor)
            {
                Actor(path.Member(nameof(party.Actor)), party.Actor);
            }
        }

        private void Actor(CatalogPath path, ActorId? id)
        {
            if (id is { IsDefault: false } actor && !actors.Contains(actor))
            {
                context.Report(path.ToString(), ValidationCodes.Catalog.UnknownActor, $"'{actor}' is not an actor of the catalog.", actor);
            }
        }

        private void Person(CatalogPath path, PersonId? id)
        {
            if (id is { IsDefault: false } person && !people.Contains(person))
            {
                context.Report(path.ToString(), ValidationCodes.Catalog.UnknownPerson, $"'{person}' is not a person of the catalog.", person);
            }
        }

        private void Territory(CatalogPath path, TerritoryId? id)
        {
            if (id is { IsDefault: false } territory && !territories.Contains(territory))
            {
                context.Report(path.ToString(), ValidationCodes.Catalog.UnknownTerritory, $"'{territory}' is not a territory of the catalog.", territory);
            }
        }

        private void Line(CatalogPath path, CoordinationLineId id)
        {
            if (!id.IsDefault && !lines.Contains(id))
            {
                context.Report(path.ToString(), ValidationCodes.Catalog.UnknownLine, $"'{id}' is not a coordination line of the catalog.", id);
            }
        }

        private void Source(CatalogPath path, SourceId id)
        {
            if (!id.IsDefault && !sources.Contains(id))
            {
                context.Report(path.ToString(), ValidationCodes.Catalog.UnknownSource, $"'{id}' is not a source of the catalog.", id);
            }
        }

        // The sources a fact at `path` cites and, when it is inferred, the sources it was inferred from. Every
        // fact names the two members alike (Sources, Inference); an actor's names stand for all.
        private void Cited(CatalogPath path, ImmutableArray<SourceId> sources, Provenance.Inference? inference)
        {
            Sources(path.Member(nameof(Actors.Actor.Sources)), sources);
            Inference(path.Member(nameof(Actors.Actor.Inference)), inference);
        }

        // The sources an inference (when given) was inferred from, at `path` (the fact's Inference member).
        private void Inference(CatalogPath path, Provenance.Inference? inference)
        {
            if (inference is not null)
            {
                Sources(path.Member(nameof(inference.From)), inference.From);
            }
        }

        private void Sources(CatalogPath path, ImmutableArray<SourceId> list)
        {
            for (var k = 0; k < list.Length; k++)
            {
                Source(path.Item(k), list[k]);
            }
        }
    }
}
