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
/// <para>Every answer is the model's own: <see cref="CoordinationCatalog.DisputesOn"/> (one rule for disputes, inherited ones included),
/// <see cref="CoordinationCatalog.ControlOn"/> (the controller picture),
/// <see cref="Territory.ClaimantsOn"/>, <see cref="Territory.ControllerOn"/>,
/// <see cref="CoordinationMechanism.EvidenceOn"/> (the rule of <see cref="MechanismLifecycle"/>) for a
/// mechanism's status, <see cref="Actor.RelationsOn"/>, <see cref="Person.PostsOn"/>, <see cref="Temporal.DatePeriod.Contains"/> for periods (half-open: a period ending
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
    /// <remarks>
    /// The incidents up to the date come from a timeline of the catalog's incidents built on the first call and kept
    /// with the catalog (it is immutable): after that they cost one binary search and a copy of the tail, and the sources
    /// they cite one binary search per source. The answer is the same as sorting every incident afresh would give.
    /// </remarks>
    public static Situation SituationOn(this CoordinationCatalog catalog, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var timeline = IncidentTimeline.Of(catalog);
        var from = timeline.TailFrom(date);
        return Compose(catalog, date, timeline.EntriesFrom(from), cited => timeline.AddSources(cited, from));
    }

    /// <summary>Works out the situation by walking and sorting every incident: the definition the timeline is held to, and the benchmark's baseline.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="date">The date.</param>
    /// <returns>The situation.</returns>
    internal static Situation ScanSituationOn(CoordinationCatalog catalog, LocalDate date)
    {
        var incidents = catalog.Incidents.Where(i => i is not null && i.Date.Earliest <= date)
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id).Select(Entry).ToImmutableArray();
        return Compose(catalog, date, incidents, cited =>
        {
            foreach (var incident in incidents)
            {
                cited.Add(incident.Sources);
            }
        });
    }

    /// <summary>Returns the entry of an incident in a situation.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The entry.</returns>
    internal static IncidentToDate Entry(Incident incident)
    {
        var casualties = incident.Casualties.Any(c => c is null) ? incident.Casualties.Where(c => c is not null).ToImmutableArray() : incident.Casualties;
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

    // Everything but the incidents, which come worked out, with the sources they cite added in their place.
    private static Situation Compose(CoordinationCatalog catalog, LocalDate date, ImmutableArray<IncidentToDate> incidents, Action<CitedSources> citeIncidents)
    {
        var territories = catalog.DisputesOn(date).Select(d => Disputed(catalog, d, date)).ToImmutableArray();
        var lines = catalog.Lines.Where(l => l is not null).Select(Line).ToImmutableArray();
        var mechanisms = catalog.Mechanisms.Where(m => m is not null).Select(m => InForce(m, date)).OfType<MechanismInForce>().ToImmutableArray();
        var undated = catalog.Mechanisms.Where(UndatedMechanism.IsUndated)
            .Select(m => new UndatedMechanism { Mechanism = m.Id, Status = m.CurrentStatus, Sources = CitedSources.Of([m.Sources, .. m.StatusHistory.Where(c => c is not null).Select(c => c.Sources)]) })
            .ToImmutableArray();
        var support = catalog.Support.Where(s => s is not null && (s.Period.Start is not { } start || start <= date))
            .Select(s => Support(s, date)).ToImmutableArray();
        var relations = catalog.Actors.Where(a => a is not null)
            .SelectMany(a => Enum.GetValues<ActorRelationKind>().SelectMany(kind => a.RelationsOn(kind, date)).Select(r => new RelationInForce { Actor = a.Id, Relation = r }))
            .ToImmutableArray();
        var posts = catalog.People.Where(p => p is not null)
            .SelectMany(p => p.PostsOn(date).Select(post => new PostHeld { Person = p.Id, Post = post }))
            .ToImmutableArray();
        var cited = new CitedSources();
        foreach (var ids in territories.Select(t => t.Sources).Concat(lines.Select(l => l.Sources)).Concat(mechanisms.Select(m => m.Sources)).Concat(undated.Select(m => m.Sources)))
        {
            cited.Add(ids);
        }

        citeIncidents(cited);
        foreach (var ids in support.Select(s => s.Sources).Concat(relations.Select(r => r.Sources)).Concat(posts.Select(p => p.Sources)))
        {
            cited.Add(ids);
        }

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
            Sources = cited.ToImmutable(),
        };
    }

    private static DisputedTerritory Disputed(CoordinationCatalog catalog, TerritoryDispute dispute, LocalDate date)
    {
        var territory = catalog.FindTerritory(dispute.Territory)!;
        var disputedFrom = catalog.FindTerritory(dispute.DisputedFrom) ?? territory;
        var inForce = territory.WholeControlOn(date);
        var previous = territory.ControlPeriods.Where(p => p is { IsWhole: true } && p.Period.End is { } end && end <= date).MaxBy(p => p.Period.End);
        var claims = disputedFrom.Claims.Where(c => c is not null && c.Period.Contains(date)).ToImmutableArray();
        var control = catalog.ControlOn(territory.Id, date);
        return new DisputedTerritory
        {
            Territory = territory.Id,
            Claimants = dispute.Claimants,
            InheritedFrom = dispute.IsInherited ? dispute.DisputedFrom : null,
            InferredClaimants = [.. claims.Where(c => c.Inference is not null).Select(c => c.Claimant).Distinct().Order()],
            IsInferred = territory.Inference is not null,
            Controller = inForce?.Controller,
            ControlledSince = inForce?.Period.Start,
            ControlledSincePrecision = inForce?.Period.StartPrecision ?? default,
            PreviousController = previous?.Controller,
            Control = control,
            Sources = CitedSources.Of([
                territory.Sources, .. claims.Select(c => c.Sources), inForce?.Sources ?? [],
                .. (control?.Partial ?? ImmutableArray<ControlPeriod>.Empty).Select(p => p.Sources), .. (control?.Derived ?? ImmutableArray<DerivedControl>.Empty).Select(d => d.Period.Sources)]),
        };
    }

    private static LineInPlace Line(CoordinationLine line) => new() { Line = line.Id, Sources = CitedSources.Of(line.Sources), Inference = line.Inference };

    private static MechanismInForce? InForce(CoordinationMechanism mechanism, LocalDate date)
    {
        if (mechanism.EvidenceOn(date) is not { } evidence)
        {
            return null;
        }

        var cited = new CitedSources().Add(mechanism.Sources);
        for (var i = 0; i <= evidence.ChangeIndex; i++)
        {
            // Every change up to the one in effect: undated ones before it are known to precede it.
            if (mechanism.StatusHistory[i] is { } change)
            {
                cited.Add(change.Sources);
            }
        }

        if (evidence.Attestation is { } attestation && attestation.Status == evidence.Status)
        {
            cited.Add(attestation.Sources);
        }

        return new MechanismInForce { Mechanism = mechanism.Id, Evidence = evidence, MechanismInference = mechanism.Inference, Sources = cited.ToImmutable() };
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
