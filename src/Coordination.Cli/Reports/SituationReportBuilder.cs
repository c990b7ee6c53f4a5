using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Cli.Reports;

/// <summary>
/// Works out what a catalog says about one date: which territories were disputed and who held them,
/// which mechanisms stood at which status, the latest incidents up to the date, the support begun by
/// then, and the sources behind all of it.
/// </summary>
/// <remarks>
/// Never throws on a catalog that breaks cross-record rules: a missing record is shown by its
/// identifier, <see langword="null"/> entries are skipped, and casualty totals are added up in 64 bits.
/// </remarks>
internal sealed class SituationReportBuilder
{
    /// <summary>How many incidents a report shows unless told otherwise.</summary>
    public const int DefaultIncidentLimit = 10;

    private readonly CoordinationCatalog catalog;

    /// <summary>Creates a builder over <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog to report on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public SituationReportBuilder(CoordinationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    /// <summary>Builds the report of the situation on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="catalogName">How to name the catalog in the report.</param>
    /// <param name="incidentLimit">How many of the latest incidents to show, zero or more.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incidentLimit"/> is negative.</exception>
    public SituationReport Build(LocalDate asOf, string catalogName, int incidentLimit = DefaultIncidentLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(incidentLimit);
        var sources = new CitedSources();
        var disputed = catalog.Territories.Where(t => t is not null && t.IsDisputedOn(asOf)).Select(t => Territory(t, asOf, sources)).ToImmutableArray();
        var lines = catalog.Lines.Where(l => l is not null).Select(l => Line(l, sources)).ToImmutableArray();
        var mechanisms = catalog.Mechanisms.Where(m => m is not null && (m.StatusOn(asOf) is not null || m.StatusHistory.IsEmpty)).Select(m => Mechanism(m, asOf, sources)).ToImmutableArray();
        var happened = catalog.Incidents.Where(i => i is not null && i.Date.Earliest <= asOf)
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id).ToList();
        var incidents = happened.Take(incidentLimit).Select(i => Incident(i, sources)).ToImmutableArray();
        var support = catalog.Support.Where(s => s is not null && (s.Period.Start is not { } start || start <= asOf)).Select(s => Support(s, asOf, sources)).ToImmutableArray();
        return new SituationReport(
            Iso(asOf), catalogName, disputed, lines, mechanisms, incidents, happened.Count - incidents.Length, support, sources.Resolve(catalog));
    }

    private DisputedTerritoryEntry Territory(Territory territory, LocalDate asOf, CitedSources sources)
    {
        sources.Add(territory.Sources);
        var current = territory.ControlPeriods.FirstOrDefault(p => p is not null && p.Period.Contains(asOf));
        var previous = territory.ControlPeriods
            .Where(p => p is not null && p.Period.End is { } end && end <= asOf)
            .MaxBy(p => p.Period.End);
        foreach (var claim in territory.Claims.Where(c => c is not null && c.Period.Contains(asOf)))
        {
            sources.Add(claim.Sources);
        }

        if (current is not null)
        {
            sources.Add(current.Sources);
        }

        return new DisputedTerritoryEntry(
            territory.Id.ToString(),
            NameOf(territory.Names, territory.Id.ToString()),
            Words(territory.Kind),
            [.. territory.ClaimantsOn(asOf).Select(Actor)],
            current is null ? null : Actor(current.Controller),
            current?.Period.Start is { } since ? Iso(since) : null,
            previous is null ? null : Actor(previous.Controller),
            [.. Ids(territory.Sources)]);
    }

    private LineEntry Line(CoordinationLine line, CitedSources sources)
    {
        sources.Add(line.Sources);
        double? length = line.Points.Length >= 2 ? Math.Round(line.LengthInMetres / 1000.0, 1) : null;
        return new LineEntry(
            line.Id.ToString(), NameOf(line.Names, line.Id.ToString()), AcronymOf(line.Names),
            Actor(line.SideA), Actor(line.SideB), length, line.Description, [.. Ids(line.Sources)]);
    }

    private MechanismEntry Mechanism(CoordinationMechanism mechanism, LocalDate asOf, CitedSources sources)
    {
        sources.Add(mechanism.Sources);
        StatusChange? inForce = null;
        foreach (var change in mechanism.StatusHistory.Where(c => c is not null && c.Date.Earliest <= asOf))
        {
            sources.Add(change.Sources);
            inForce = change;
        }

        var area = mechanism.Area?.Territories.Select(TerritoryName)
            .Concat(mechanism.Area.LineStretches.Where(s => s is not null).Select(Stretch)) ?? [];
        return new MechanismEntry(
            mechanism.Id.ToString(),
            NameOf(mechanism.Names, mechanism.Id.ToString()),
            AcronymOf(mechanism.Names),
            Words(mechanism.Kind),
            inForce is null ? "not dated by the sources" : Words(inForce.Status),
            inForce?.Date.ToString(),
            [.. mechanism.Parties.Select(Actor)],
            mechanism.Site is { } site ? TerritoryName(site) : null,
            [.. area],
            [.. Ids(mechanism.Sources)]);
    }

    private IncidentEntry Incident(Incident incident, CitedSources sources)
    {
        sources.Add(incident.Sources);
        var territory = incident.Location?.Territory is { } t ? TerritoryName(t) : null;
        var casualties = incident.Casualties.Where(c => c is not null).Select(c => new CasualtyEntry(
            c.Party.ToString(), PartyName(c.Party), CasualtyCount.From(c.Killed), CasualtyCount.From(c.Injured))).ToImmutableArray();
        return new IncidentEntry(
            incident.Id.ToString(),
            incident.Date.PartOfDay is { } part ? $"{Iso(incident.Date.Earliest)} ({Humanize(Words(part))})" : incident.Date.ToString(),
            Words(incident.Kind),
            incident.Location?.PlaceName ?? territory ?? "unknown",
            territory,
            [.. incident.Perpetrators.Where(p => p is not null).Select(p => new PerpetratorEntry(p.Actor is { } a ? Actor(a) : null, Words(p.Attribution)))],
            casualties,
            Total(casualties.Select(c => c.Killed)),
            Total(casualties.Select(c => c.Injured)),
            incident.Summary,
            [.. Ids(incident.Sources)]);
    }

    private SupportEntry Support(EnablingSupport support, LocalDate asOf, CitedSources sources)
    {
        sources.Add(support.Sources);
        return new SupportEntry(
            support.Id.ToString(),
            Actor(support.Provider),
            [.. support.Recipients.Select(Actor)],
            [.. support.Kinds.Select(Words)],
            support.Period.ToString(),
            support.Period.Contains(asOf),
            support.Amount is { } amount ? Amount(amount) : null,
            support.Description,
            [.. Ids(support.Sources)]);
    }

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

    private static CasualtyCount Total(IEnumerable<CasualtyCount> counts)
    {
        long low = 0, best = 0, high = 0;
        foreach (var count in counts)
        {
            low += count.Low;
            best += count.Best;
            high += count.High;
        }

        return new CasualtyCount(low, best, high);
    }

    private static string Amount(Money money)
    {
        var qualifier = money.Qualifier switch
        {
            AmountQualifier.MoreThan => "more than ",
            AmountQualifier.LessThan => "less than ",
            AmountQualifier.About => "about ",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{qualifier}{money.Amount:#,0.##} {money.Currency}");
    }

    private static string NameOf(NameSet? names, string fallback) => names?.Primary?.Text ?? fallback;

    private static string? AcronymOf(NameSet? names) =>
        names is null ? null : names.Aliases.IsDefault ? null : names.Acronyms.FirstOrDefault()?.Text;

    private static IEnumerable<string> Ids(ImmutableArray<SourceId> ids) => ids.Where(id => !id.IsDefault).Select(id => id.Value);

    /// <summary>Writes an enum member in the JSON contract's words (<c>jointCoordinationCentre</c>).</summary>
    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Humanize(string camel) => string.Concat(camel.Select(c => char.IsAsciiLetterUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private sealed class CitedSources
    {
        private readonly List<SourceId> order = [];
        private readonly HashSet<SourceId> seen = [];

        public void Add(ImmutableArray<SourceId> ids)
        {
            foreach (var id in ids)
            {
                if (!id.IsDefault && seen.Add(id))
                {
                    order.Add(id);
                }
            }
        }

        public ImmutableArray<SourceEntry> Resolve(CoordinationCatalog catalog) =>
        [
            .. order.Select(id => catalog.FindSource(id) is { } source
                ? new SourceEntry(id.Value, source.Publisher, source.Title, source.Url?.ToString(), source.Published?.ToString())
                : new SourceEntry(id.Value, "(not in catalog)", string.Empty, null, null)),
        ];
    }
}
