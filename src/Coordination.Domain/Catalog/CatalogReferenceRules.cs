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
    internal CatalogReferenceRules()
    {
        RuleFor(c => c).Custom((catalog, context) => new Resolver(catalog, context).CheckAll());
    }

    private sealed class Resolver(CoordinationCatalog catalog, ValidationContext<CoordinationCatalog> context)
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
                if (catalog.Actors[i] is not { } actor)
                {
                    continue;
                }

                for (var j = 0; j < actor.Relations.Length; j++)
                {
                    if (actor.Relations[j] is { } relation)
                    {
                        Actor($"Actors[{i}].Relations[{j}].Target", relation.Target);
                        Sources($"Actors[{i}].Relations[{j}].Sources", relation.Sources);
                    }
                }

                Sources($"Actors[{i}].Sources", actor.Sources);
            }
        }

        private void CheckPeople()
        {
            for (var i = 0; i < catalog.People.Length; i++)
            {
                if (catalog.People[i] is not { } person)
                {
                    continue;
                }

                for (var j = 0; j < person.Posts.Length; j++)
                {
                    if (person.Posts[j] is { } post)
                    {
                        Actor($"People[{i}].Posts[{j}].Actor", post.Actor);
                        Sources($"People[{i}].Posts[{j}].Sources", post.Sources);
                    }
                }

                Sources($"People[{i}].Sources", person.Sources);
            }
        }

        private void CheckTerritories()
        {
            for (var i = 0; i < catalog.Territories.Length; i++)
            {
                if (catalog.Territories[i] is not { } territory)
                {
                    continue;
                }

                Territory($"Territories[{i}].Parent", territory.Parent);
                for (var j = 0; j < territory.Claims.Length; j++)
                {
                    if (territory.Claims[j] is { } claim)
                    {
                        Actor($"Territories[{i}].Claims[{j}].Claimant", claim.Claimant);
                        Sources($"Territories[{i}].Claims[{j}].Sources", claim.Sources);
                    }
                }

                for (var j = 0; j < territory.ControlPeriods.Length; j++)
                {
                    if (territory.ControlPeriods[j] is { } period)
                    {
                        Actor($"Territories[{i}].ControlPeriods[{j}].Controller", period.Controller);
                        Sources($"Territories[{i}].ControlPeriods[{j}].Sources", period.Sources);
                    }
                }

                Sources($"Territories[{i}].Sources", territory.Sources);
            }
        }

        private void CheckLines()
        {
            for (var i = 0; i < catalog.Lines.Length; i++)
            {
                if (catalog.Lines[i] is { } line)
                {
                    Actor($"Lines[{i}].SideA", line.SideA);
                    Actor($"Lines[{i}].SideB", line.SideB);
                    Sources($"Lines[{i}].Sources", line.Sources);
                }
            }
        }

        private void CheckMechanisms()
        {
            for (var i = 0; i < catalog.Mechanisms.Length; i++)
            {
                if (catalog.Mechanisms[i] is not { } mechanism)
                {
                    continue;
                }

                for (var j = 0; j < mechanism.Participants.Length; j++)
                {
                    if (mechanism.Participants[j] is { } participant)
                    {
                        Actor($"Mechanisms[{i}].Participants[{j}].Actor", participant.Actor);
                    }
                }

                Territory($"Mechanisms[{i}].Site", mechanism.Site);
                if (mechanism.Area is { } area)
                {
                    for (var j = 0; j < area.Territories.Length; j++)
                    {
                        Territory($"Mechanisms[{i}].Area.Territories[{j}]", area.Territories[j]);
                    }

                    for (var j = 0; j < area.LineStretches.Length; j++)
                    {
                        if (area.LineStretches[j] is { } stretch)
                        {
                            Line($"Mechanisms[{i}].Area.LineStretches[{j}].Line", stretch.Line);
                            Territory($"Mechanisms[{i}].Area.LineStretches[{j}].Within", stretch.Within);
                        }
                    }
                }

                for (var j = 0; j < mechanism.StatusHistory.Length; j++)
                {
                    if (mechanism.StatusHistory[j] is { } change)
                    {
                        Sources($"Mechanisms[{i}].StatusHistory[{j}].Sources", change.Sources);
                    }
                }

                Sources($"Mechanisms[{i}].Sources", mechanism.Sources);
            }
        }

        private void CheckIncidents()
        {
            for (var i = 0; i < catalog.Incidents.Length; i++)
            {
                if (catalog.Incidents[i] is not { } incident)
                {
                    continue;
                }

                Territory($"Incidents[{i}].Location.Territory", incident.Location?.Territory);
                for (var j = 0; j < incident.Perpetrators.Length; j++)
                {
                    Actor($"Incidents[{i}].Perpetrators[{j}].Actor", incident.Perpetrators[j]?.Actor);
                }

                for (var j = 0; j < incident.Targets.Length; j++)
                {
                    Party($"Incidents[{i}].Targets[{j}].Actor", incident.Targets[j]);
                }

                for (var j = 0; j < incident.Casualties.Length; j++)
                {
                    if (incident.Casualties[j] is { } casualties)
                    {
                        Party($"Incidents[{i}].Casualties[{j}].Party.Actor", casualties.Party);
                    }
                }

                Sources($"Incidents[{i}].Sources", incident.Sources);
            }
        }

        private void CheckSupport()
        {
            for (var i = 0; i < catalog.Support.Length; i++)
            {
                if (catalog.Support[i] is not { } support)
                {
                    continue;
                }

                Actor($"Support[{i}].Provider", support.Provider);
                for (var j = 0; j < support.Recipients.Length; j++)
                {
                    Actor($"Support[{i}].Recipients[{j}]", support.Recipients[j]);
                }

                Sources($"Support[{i}].Sources", support.Sources);
            }
        }

        private void CheckProvenance()
        {
            for (var i = 0; i < catalog.Sources.Length; i++)
            {
                Actor($"Sources[{i}].PublisherActor", catalog.Sources[i]?.PublisherActor);
            }

            for (var i = 0; i < catalog.Statements.Length; i++)
            {
                if (catalog.Statements[i] is { } statement)
                {
                    Person($"Statements[{i}].Speaker", statement.Speaker);
                    Actor($"Statements[{i}].OnBehalfOf", statement.OnBehalfOf);
                    Source($"Statements[{i}].Source", statement.Source);
                }
            }
        }

        private void Party(string path, AffectedParty party)
        {
            if (party.Kind == AffectedPartyKind.Actor)
            {
                Actor(path, party.Actor);
            }
        }

        private void Actor(string path, ActorId? id)
        {
            if (id is { IsDefault: false } actor && !actors.Contains(actor))
            {
                context.Report(path, ValidationCodes.Catalog.UnknownActor, $"'{actor}' is not an actor of the catalog.", actor);
            }
        }

        private void Person(string path, PersonId? id)
        {
            if (id is { IsDefault: false } person && !people.Contains(person))
            {
                context.Report(path, ValidationCodes.Catalog.UnknownPerson, $"'{person}' is not a person of the catalog.", person);
            }
        }

        private void Territory(string path, TerritoryId? id)
        {
            if (id is { IsDefault: false } territory && !territories.Contains(territory))
            {
                context.Report(path, ValidationCodes.Catalog.UnknownTerritory, $"'{territory}' is not a territory of the catalog.", territory);
            }
        }

        private void Line(string path, CoordinationLineId id)
        {
            if (!id.IsDefault && !lines.Contains(id))
            {
                context.Report(path, ValidationCodes.Catalog.UnknownLine, $"'{id}' is not a coordination line of the catalog.", id);
            }
        }

        private void Source(string path, SourceId id)
        {
            if (!id.IsDefault && !sources.Contains(id))
            {
                context.Report(path, ValidationCodes.Catalog.UnknownSource, $"'{id}' is not a source of the catalog.", id);
            }
        }

        private void Sources(string path, ImmutableArray<SourceId> list)
        {
            for (var k = 0; k < list.Length; k++)
            {
                Source($"{path}[{k}]", list[k]);
            }
        }
    }
}
