using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Analysis;

/// <summary>
/// Works out the <see cref="Situation"/> a catalog describes on a date ("What did the catalog say about
/// 2021-05-03?"): <c>catalog.SituationOn(date)</c>.
/// </summary>
/// <remarks>
/// <para>An extension rather than a member of <see cref="CoordinationCatalog"/>, so the areas depend one
/// way: Analysis reads the catalog, the catalog knows nothing of Analysis.</para>
/// <para>Every answer is the model's own: <see cref="CoordinationCatalog.DisputedTerritoriesOn"/>,
/// <see cref="Territory.ClaimantsOn"/>, <see cref="Territory.ControllerOn"/>,
/// <see cref="CoordinationMechanism.StatusOn"/> and <see cref="MechanismLifecycle.StatusOn"/> for when a
/// change takes effect, <see cref="Actor.RelationsOn"/>, <see cref="Person.PostsOn"/>, <see cref="Temporal.DatePeriod.Contains"/> for periods (half-open: a period ending
/// on the date is over). Never throws on a catalog that breaks cross-record rules: <see langword="null"/>
/// entries are skipped, identifiers the catalog does not hold are kept as they are, and casualty totals
/// are added up in 64 bits.</para>
/// </remarks>
public static class SituationAnalysis
{
    /// <summary>Returns the situation <paramref name="catalog"/> describes on <paramref name="date"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="date">The date.</param>
    /// <returns>The situation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static Situation SituationOn(this CoordinationCatalog catalog, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var territories = catalog.DisputedTerritoriesOn(date).Select(t => Disputed(t, date)).ToImmutableArray();
        var lines = catalog.Lines.Where(l => l is not null).Select(Line).ToImmutableArray();
        var mechanisms = catalog.Mechanisms.Where(m => m is not null).Select(m => InForce(m, date)).OfType<MechanismInForce>().ToImmutableArray();
        var undated = catalog.Mechanisms.Where(m => m is not null && m.StatusHistory.IsEmpty)
            .Select(m => new UndatedMechanism { Mechanism = m.Id, Sources = CitedSources.Of(m.Sources) }).ToImmutableArray();
        var incidents = catalog.Incidents.Where(i => i is not null && i.Date.Earliest <= date)
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id).Select(Incident).ToImmutableArray();
        var support = catalog.Support.Where(s => s is not null && (s.Period.Start is not { } start || start <= date))
            .Select(s => Support(s, date)).ToImmutableArray();
        var relations = catalog.Actors.Where(a => a is not null)
            .SelectMany(a => Enum.GetValues<ActorRelationKind>().SelectMany(kind => a.RelationsOn(kind, date)).Select(r => new RelationInForce { Actor = a.Id, Relation = r }))
            .ToImmutableArray();
        var posts = catalog.People.Where(p => p is not null)
            .SelectMany(p => p.PostsOn(date).Select(post => new PostHeld { Person = p.Id, Post = post }))
            .ToImmutableArray();
        return new Situation
        {
            Date = date,
            DisputedTerritories = territories,
            Lines = lines,
            Mechanisms = mechanisms,
            UndatedMechanisms = undated,
            Incidents = incidents,
            Support = support,
            Relations = relations,
            Posts = posts,
            Sources = CitedSources.Of(
                territories.Select(t => t.Sources)
                    .Concat(lines.Select(l => l.Sources))
                    .Concat(mechanisms.Select(m => m.Sources))
                    .Concat(undated.Select(m => m.Sources))
                    .Concat(incidents.Select(i => i.Sources))
                    .Concat(support.Select(s => s.Sources))
                    .Concat(relations.Select(r => r.Sources))
                    .Concat(posts.Select(p => p.Sources))),
        };
    }

    private static DisputedTerritory Disputed(Territory territory, LocalDate date)
    {
        var controller = territory.ControllerOn(date);
        var inForce = controller is null ? null : territory.ControlPeriods.FirstOrDefault(p => p is not null && p.Period.Contains(date));
        var previous = territory.ControlPeriods.Where(p => p is not null && p.Period.End is { } end && end <= date).MaxBy(p => p.Period.End);
        var claims = territory.Claims.Where(c => c is not null && c.Period.Contains(date)).Select(c => c.Sources);
        return new DisputedTerritory
        {
            Territory = territory.Id,
            Claimants = territory.ClaimantsOn(date),
            Controller = controller,
            ControlledSince = inForce?.Period.Start,
            PreviousController = previous?.Controller,
            Sources = CitedSources.Of([territory.Sources, .. claims, inForce?.Sources ?? []]),
        };
    }

    private static LineInPlace Line(CoordinationLine line) => new() { Line = line.Id, Sources = CitedSources.Of(line.Sources), Inference = line.Inference };

    private static MechanismInForce? InForce(CoordinationMechanism mechanism, LocalDate date)
    {
        if (mechanism.StatusOn(date) is null)
        {
            return null;
        }

        var cited = new CitedSources().Add(mechanism.Sources);
        var index = -1;
        for (var i = 0; i < mechanism.StatusHistory.Length; i++)
        {
            // The lifecycle decides when a change takes effect: asked about a history of that change alone.
            var change = mechanism.StatusHistory[i];
            if (change is not null && MechanismLifecycle.StatusOn([change], date) is not null)
            {
                cited.Add(change.Sources);
                index = i;
            }
        }

        return new MechanismInForce { Mechanism = mechanism.Id, Change = mechanism.StatusHistory[index], ChangeIndex = index, Sources = cited.ToImmutable() };
    }

    private static IncidentToDate Incident(Incident incident)
    {
        var casualties = incident.Casualties.Where(c => c is not null).ToImmutableArray();
        return new IncidentToDate
        {
            Incident = incident.Id,
            Date = incident.Date,
            Casualties = casualties,
            TotalKilled = Total(incident.ReportedTotals?.Killed, casualties.Select(c => c.Killed)),
            TotalInjured = Total(incident.ReportedTotals?.Injured, casualties.Select(c => c.Injured)),
            Inference = incident.Inference,
            Sources = CitedSources.Of(incident.Sources),
        };
    }

    // The reported total when given (never partial), else the parties' figures added up.
    private static CasualtyTotal? Total(CasualtyEstimate? reported, IEnumerable<CasualtyEstimate?> parties) =>
        reported is { } total ? new CasualtyTotal(total.Low, total.Best, total.High) : CasualtyTotal.OfReported(parties);

    private static SupportGiven Support(EnablingSupport support, LocalDate date) => new()
    {
        Support = support.Id,
        Period = support.Period,
        InForce = support.Period.Contains(date),
        Inference = support.Inference,
        Sources = CitedSources.Of(support.Sources),
    };
}
