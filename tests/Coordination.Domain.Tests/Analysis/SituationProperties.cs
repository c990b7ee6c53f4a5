using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>What holds of the situation of every valid generated catalog on every date.</summary>
[Properties(Arbitrary = [typeof(CatalogArbitraries), typeof(CatalogDates)])]
public sealed class SituationProperties
{
    [Property]
    public bool Every_status_listed_is_the_one_the_mechanism_gives_for_the_date(CoordinationCatalog catalog, LocalDate date)
    {
        var situation = catalog.SituationOn(date);
        return situation.Mechanisms.All(m => catalog.FindMechanism(m.Mechanism)!.StatusOn(date) == m.Status)
            && catalog.Mechanisms.All(m => m.StatusOn(date) is null || situation.Mechanisms.Any(e => e.Mechanism == m.Id))
            && situation.UndatedMechanisms.All(m => catalog.FindMechanism(m.Mechanism) is { } found
                && found.StatusHistory.All(c => c.Date is null) && found.Attestations.IsEmpty && found.StatusOn(date) is null);
    }

    [Property]
    public bool No_incident_is_after_the_date_and_none_on_or_before_it_is_lost(CoordinationCatalog catalog, LocalDate date)
    {
        var incidents = catalog.SituationOn(date).Incidents;
        return incidents.All(i => i.Date.Earliest <= date)
            && incidents.Length == catalog.Incidents.Count(i => i.Date.Earliest <= date)
            && incidents.Select(i => i.Date).SequenceEqual(incidents.Select(i => i.Date).OrderDescending());
    }

    [Property]
    public bool Totals_are_the_reported_totals_else_the_sums_per_party_and_never_invent_a_number(CoordinationCatalog catalog, LocalDate date)
    {
        var situation = catalog.SituationOn(date);
        var reportedKilled = situation.Incidents.Where(i => i.TotalKilled is not null).ToList();
        return situation.Incidents.All(i =>
            {
                var incident = catalog.FindIncident(i.Incident)!;
                return i.TotalKilled == Expected(incident.ReportedTotals?.Killed, [.. i.Casualties.Select(c => c.Killed)])
                    && i.TotalInjured == Expected(incident.ReportedTotals?.Injured, [.. i.Casualties.Select(c => c.Injured)])
                    && (i.TotalKilled is null) == (incident.TotalKilled is null)
                    && i.Casualties.SequenceEqual(incident.Casualties);
            })
            && (situation.TotalKilled is null) == (reportedKilled.Count == 0)
            && situation.TotalKilled?.Best == (reportedKilled.Count == 0 ? null : reportedKilled.Sum(i => i.TotalKilled!.Value.Best))
            && situation.TotalKilled?.IsPartial == (reportedKilled.Count == 0 ? null : reportedKilled.Count < situation.Incidents.Length || reportedKilled.Any(i => i.TotalKilled!.Value.IsPartial));
    }

    // The reported total when given; else the sum of the figures given, partial when some party gives none; null when none is given.
    private static CasualtyTotal? Expected(CasualtyEstimate? reported, CasualtyEstimate?[] parties)
    {
        if (reported is { } total)
        {
            return new CasualtyTotal(total.Low, total.Best, total.High);
        }

        var given = parties.OfType<CasualtyEstimate>().ToList();
        return given.Count == 0
            ? null
            : new CasualtyTotal(given.Sum(e => (long)e.Low), given.Sum(e => (long)e.Best), given.Sum(e => (long)e.High)) { IsPartial = given.Count < parties.Length };
    }

    [Property]
    public bool Every_cited_source_is_in_the_catalog_once_and_every_entry_s_sources_are_among_them(CoordinationCatalog catalog, LocalDate date)
    {
        var situation = catalog.SituationOn(date);
        var cited = situation.DisputedTerritories.SelectMany(t => t.Sources)
            .Concat(situation.Lines.SelectMany(l => l.Sources))
            .Concat(situation.Mechanisms.SelectMany(m => m.Sources))
            .Concat(situation.UndatedMechanisms.SelectMany(m => m.Sources))
            .Concat(situation.Incidents.SelectMany(i => i.Sources))
            .Concat(situation.Support.SelectMany(s => s.Sources))
            .Concat(situation.Relations.SelectMany(r => r.Sources))
            .Concat(situation.Posts.SelectMany(p => p.Sources));
        return situation.Sources.All(id => catalog.FindSource(id) is not null)
            && situation.Sources.Distinct().Count() == situation.Sources.Length
            && situation.Sources.SequenceEqual(cited.Distinct());
    }

    [Property]
    public bool Disputed_territories_and_their_controllers_are_the_territories_own_answers(CoordinationCatalog catalog, LocalDate date)
    {
        var situation = catalog.SituationOn(date);
        return situation.DisputedTerritories.Select(t => t.Territory).SequenceEqual(catalog.DisputedTerritoriesOn(date).Select(t => t.Id))
            && situation.DisputedTerritories.All(t =>
                catalog.FindTerritory(t.Territory) is { } territory
                && catalog.DisputeOn(t.Territory, date) is { } dispute
                && territory.ControllerOn(date) == t.Controller
                && Equals(catalog.ControlOn(t.Territory, date), t.Control)
                && (dispute.IsInherited ? t.InheritedFrom == dispute.DisputedFrom : t.InheritedFrom is null && territory.ClaimantsOn(date).SequenceEqual(t.Claimants))
                && dispute.Claimants.SequenceEqual(t.Claimants));
    }

    [Property]
    public bool Support_is_listed_once_begun_and_in_force_while_its_period_covers_the_date(CoordinationCatalog catalog, LocalDate date)
    {
        var situation = catalog.SituationOn(date);
        return situation.Support.All(s => catalog.FindSupport(s.Support)!.Period.Contains(date) == s.InForce && (s.Period.Start is not { } start || start <= date))
            && situation.SupportInForce.Length == catalog.Support.Count(s => s.Period.Contains(date));
    }

    [Property]
    public bool Relations_and_posts_are_the_actors_and_people_s_own_answers(CoordinationCatalog catalog, LocalDate date)
    {
        var situation = catalog.SituationOn(date);
        return situation.Relations.Select(r => r.Relation).SequenceEqual(
                catalog.Actors.SelectMany(a => System.Enum.GetValues<Domain.Actors.ActorRelationKind>().SelectMany(kind => a.RelationsOn(kind, date))))
            && situation.Relations.All(r => catalog.FindActor(r.Actor)!.Relations.Contains(r.Relation))
            && situation.Posts.Select(p => p.Post).SequenceEqual(catalog.People.SelectMany(p => p.PostsOn(date)))
            && situation.Posts.All(p => p.Post.Period.Contains(date));
    }

    [Property]
    public bool The_same_catalog_and_date_give_equal_situations(CoordinationCatalog catalog, LocalDate date) =>
        catalog.SituationOn(date) == catalog.SituationOn(date);
}
