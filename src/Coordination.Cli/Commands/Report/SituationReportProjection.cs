using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Coordination.Cli.Rendering;
using Coordination.Domain.Actors;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Cli.Commands.Report;

/// <summary>
/// Puts a <see cref="Situation"/> into the words of <c>coordination report</c>: names looked up in the catalog,
/// enum members in the contract's words, dates as text, the latest incidents up to a limit. What the situation
/// <em>is</em> — which territories are disputed, which status is in force, which incidents and support count —
/// is decided by <see cref="SituationAnalysis.SituationOn"/>, never here.
/// </summary>
/// <remarks>
/// Never throws on a catalog that breaks cross-record rules: an identifier the catalog does not hold is
/// shown as it is, and a source it does not hold is listed as <c>(not in catalog)</c>.
/// </remarks>
internal sealed class SituationReportProjection
{
    /// <summary>How many incidents a report shows unless told otherwise.</summary>
    public const int DefaultIncidentLimit = 10;

    private readonly CoordinationCatalog catalog;

    /// <summary>Creates a projection that looks records up in <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog the situation was worked out from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public SituationReportProjection(CoordinationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    /// <summary>Works out the situation of the catalog on <paramref name="asOf"/> and projects it.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="catalogName">How to name the catalog in the report.</param>
    /// <param name="incidentLimit">How many of the latest incidents to show, zero or more.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incidentLimit"/> is negative.</exception>
    public SituationReport Project(LocalDate asOf, string catalogName, int incidentLimit = DefaultIncidentLimit) =>
        Project(catalog.SituationOn(asOf), catalogName, incidentLimit);

    /// <summary>Projects <paramref name="situation"/> into the report's entries.</summary>
    /// <param name="situation">The situation, worked out from this projection's catalog.</param>
    /// <param name="catalogName">How to name the catalog in the report.</param>
    /// <param name="incidentLimit">How many of the latest incidents to show, zero or more.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incidentLimit"/> is negative.</exception>
    public SituationReport Project(Situation situation, string catalogName, int incidentLimit = DefaultIncidentLimit)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentOutOfRangeException.ThrowIfNegative(incidentLimit);

        // The report lists dated and undated mechanisms together, in catalog order.
        var position = new Dictionary<MechanismId, int>();
        foreach (var (mechanism, index) in catalog.Mechanisms.Select((m, i) => (m, i)).Where(p => p.m is not null))
        {
            position.TryAdd(mechanism.Id, index);
        }

        var mechanisms = situation.Mechanisms.Select(m => (m.Mechanism, InForce: (MechanismInForce?)m, Undated: (UndatedMechanism?)null, m.Sources))
            .Concat(situation.UndatedMechanisms.Select(m => (m.Mechanism, InForce: (MechanismInForce?)null, Undated: (UndatedMechanism?)m, m.Sources)))
            .OrderBy(m => position.GetValueOrDefault(m.Mechanism, int.MaxValue))
            .ToList();
        var shown = situation.Incidents.Take(incidentLimit).ToList();
        var cited = situation.DisputedTerritories.Select(t => t.Sources)
            .Concat(situation.Lines.Select(l => l.Sources))
            .Concat(mechanisms.Select(m => m.Sources))
            .Concat(shown.Select(i => i.Sources))
            .Concat(situation.Support.Select(s => s.Sources))
            .SelectMany(ids => ids)
            .Distinct();
        return new SituationReport(
            Iso(situation.Date),
            catalogName,
            [.. situation.DisputedTerritories.Select(Territory)],
            [.. situation.Lines.Select(Line)],
            [.. mechanisms.Select(m => Mechanism(m.Mechanism, m.InForce, m.Undated))],
            [.. shown.Select(Incident)],
            situation.Incidents.Length - shown.Count,
            [.. situation.Support.Select(Support)],
            [.. cited.Select(Source)]);
    }

    private DisputedTerritoryEntry Territory(DisputedTerritory disputed)
    {
        var territory = Find(catalog.Territories, t => t.Id, disputed.Territory, catalog.FindTerritory);
        var control = disputed.Control;
        var own = (control?.Partial ?? []).Select(p => new PartControlEntry(Actor(p.Controller), p.Part ?? "unnamed part", Derived: false, p.Inference is not null));
        var derived = (control?.Derived ?? []).Select(d => new PartControlEntry(
            Actor(d.Controller), d.Period.Part is { } part ? $"{TerritoryName(d.From)}, {part}" : TerritoryName(d.From), Derived: true, d.Period.Inference is not null));
        return new DisputedTerritoryEntry(
            disputed.Territory.ToString(),
            NameOf(territory?.Names, disputed.Territory.ToString()),
            territory is null ? "unknown" : ContractWords.Of(territory.Kind),
            [.. disputed.Claimants.Select(Actor)],
            disputed.Controller is { } controller ? Actor(controller) : null,
            disputed.ControlledSince is { } since ? ByPrecision(since, disputed.ControlledSincePrecision) : null,
            disputed.PreviousController is { } previous ? Actor(previous) : null,
            Ids(territory?.Sources))
        {
            DisputedAsPartOf = disputed.InheritedFrom is { } from ? TerritoryName(from) : null,
            InferredClaimants = [.. disputed.InferredClaimants.Select(Actor)],
            ControlInferred = control?.Whole?.Inference is not null,
            PartControl = [.. own, .. derived],
            Inferred = disputed.IsInferred,
        };
    }

    private LineEntry Line(LineInPlace entry)
    {
        var line = Find(catalog.Lines, l => l.Id, entry.Line, catalog.FindLine);
        var name = entry.Line.ToString();
        if (line is null)
        {
            return new LineEntry(name, name, null, Actor(default), Actor(default), null, null, []) { Inferred = entry.Inference is not null };
        }

        double? length = line.Points.Length >= 2 ? Math.Round(line.LengthInMetres / 1000.0, 1) : null;
        return new LineEntry(
            name, NameOf(line.Names, name), AcronymOf(line.Names), Actor(line.SideA), Actor(line.SideB), length, line.Description, Ids(line.Sources)) { Inferred = entry.Inference is not null };
    }

    private MechanismEntry Mechanism(MechanismId id, MechanismInForce? inForce, UndatedMechanism? undated)
    {
        var mechanism = Find(catalog.Mechanisms, m => m.Id, id, catalog.FindMechanism);
        var area = mechanism?.Area?.Territories.Select(TerritoryName)
            .Concat(mechanism.Area.LineStretches.Where(s => s is not null).Select(Stretch)) ?? [];
        return new MechanismEntry(
            id.ToString(),
            NameOf(mechanism?.Names, id.ToString()),
            AcronymOf(mechanism?.Names),
            mechanism is null ? "unknown" : ContractWords.Of(mechanism.Kind),
            inForce is not null ? ContractWords.Of(inForce.Status)
                : undated?.Status is { } known ? $"{ContractWords.Of(known)}, not dated by the sources" : "not dated by the sources",
            inForce?.Since?.ToString(),
            [.. (mechanism?.Parties ?? []).Select(Actor)],
            mechanism?.Site is { } site ? TerritoryName(site) : null,
            [.. area],
            Ids(mechanism?.Sources),
            inForce?.AttestedOn?.ToString(),
            inForce is { Evidence.Implied: { IsEmpty: false } implied } ? string.Join(", ", implied.Select(ContractWords.Of)) : null,
            inForce is { IsInferred: true } ? true : null);
    }

    private IncidentEntry Incident(IncidentToDate entry)
    {
        var incident = Find(catalog.Incidents, i => i.Id, entry.Incident, catalog.FindIncident);
        var territory = incident?.Location?.Territory is { } t ? TerritoryName(t) : null;
        var casualties = entry.Casualties.Select(c => new CasualtyEntry(
            c.Party.ToString(), PartyName(c.Party), CasualtyCount.From(c.Killed), CasualtyCount.From(c.Injured))).ToImmutableArray();
        return new IncidentEntry(
            entry.Incident.ToString(),
            entry.Date.PartOfDay is { } part ? $"{BoundWords(entry.Date.Bound)}{Iso(entry.Date.Earliest)} ({ContractWords.Humanize(part)})" : entry.Date.ToString(),
            incident is null ? "unknown" : ContractWords.Of(incident.Kind),
            incident?.Location?.PlaceName ?? territory ?? "unknown",
            territory,
            [.. (incident?.Perpetrators ?? []).Where(p => p is not null).Select(p => new PerpetratorEntry(p.Actor is { } a ? Actor(a) : null, ContractWords.Of(p.Attribution)))],
            casualties,
            CasualtyCount.From(entry.TotalKilled),
            CasualtyCount.From(entry.TotalInjured),
            incident?.Summary,
            Ids(incident?.Sources)) { Inferred = entry.Inference is not null };
    }

    private SupportEntry Support(SupportGiven entry)
    {
        var support = Find(catalog.Support, s => s.Id, entry.Support, catalog.FindSupport);
        return new SupportEntry(
            entry.Support.ToString(),
            Actor(support?.Provider ?? default),
            [.. (support?.Recipients ?? []).Select(Actor)],
            [.. (support?.Kinds ?? []).Select(ContractWords.Of)],
            entry.Period.ToString(),
            entry.InForce,
            support?.Amount?.ToString("#,0.##", CultureInfo.InvariantCulture),
            support?.Description,
            Ids(support?.Sources)) { Inferred = entry.Inference is not null };
    }

    private SourceEntry Source(SourceId id) =>
        catalog.FindSource(id) is { } source
            ? new SourceEntry(id.Value, source.Publisher, source.Title, source.Url?.ToString(), source.Published?.ToString())
            : new SourceEntry(id.Value, "(not in catalog)", string.Empty, null, null);

    private ActorReference Actor(ActorId id)
    {
        var actor = id.IsDefault ? null : catalog.FindActor(id);
        return new ActorReference(id.ToString(), actor is null ? id.ToString() : AcronymOf(actor.Names) ?? NameOf(actor.Names, id.ToString()));
    }

    private string PartyName(AffectedParty party) =>
        party.Kind == AffectedPartyKind.Actor && party.Actor is { } actor ? Actor(actor).Name : party.ToString();

    private string TerritoryName(TerritoryId id) =>
        (id.IsDefault ? null : catalog.FindTerritory(id)) is { } territory ? NameOf(territory.Names, id.ToString()) : id.ToString();

    private string Stretch(LineStretch stretch)
    {
        var line = stretch.Line.IsDefault ? null : catalog.FindLine(stretch.Line);
        var name = line is null ? stretch.Line.ToString() : AcronymOf(line.Names) ?? NameOf(line.Names, stretch.Line.ToString());
        return stretch.Within is { } within ? $"{name} in {TerritoryName(within)}" : name;
    }

    /// <summary>Finds the first record with the identifier: through the catalog's index, or by a scan for the default identifier, which the index leaves out.</summary>
    private static TRecord? Find<TRecord, TId>(ImmutableArray<TRecord> records, Func<TRecord, TId> idOf, TId id, Func<TId, TRecord?> find)
        where TRecord : class
        where TId : struct, IIdentifier<TId> =>
        id.IsDefault ? records.FirstOrDefault(r => r is not null && idOf(r).IsDefault) : find(id);

    private static string NameOf(NameSet? names, string fallback) => names?.Primary?.Text ?? fallback;

    private static string? AcronymOf(NameSet? names) =>
        names is null ? null : names.Aliases.IsDefault ? null : names.Acronyms.FirstOrDefault()?.Text;

    private static ImmutableArray<string> Ids(ImmutableArray<SourceId>? ids) => [.. (ids ?? []).Where(id => !id.IsDefault).Select(id => id.Value)];

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // A period's start as precisely as the sources give it: "2014", "2014-10" or "2014-10-16", never "2014-01-01" for "since 2014".
    private static string ByPrecision(LocalDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("uuuu", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        _ => Iso(date),
    };

    private static string BoundWords(DateBound bound) => bound switch
    {
        DateBound.OnOrBefore => "on or before ",
        DateBound.NotBefore => "not before ",
        _ => string.Empty,
    };
}
