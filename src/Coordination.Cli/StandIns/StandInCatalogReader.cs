using System;
using System.Text.Json;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;

namespace Coordination.Cli.StandIns;

/// <summary>
/// TEMPORARY (stand-in for <c>CoordinationJson.Deserialize</c>; delete when the JSON helper's reader is wired):
/// reads a catalog document of the contract in COMMON.md with <see cref="JsonDocument"/>, depth-limited,
/// duplicate-free, unknown members refused.
/// </summary>
internal static class StandInCatalogReader
{
    /// <summary>The deepest nesting accepted; a catalog document nests about eight levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads a catalog document.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="JsonException">The document is malformed, too deep, or breaks the contract; the exception names the path.</exception>
    public static CoordinationCatalog Read(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
        var root = new StandInElement(document.RootElement, "$")
            .Object("schemaVersion", "actors", "people", "territories", "lines", "mechanisms", "incidents", "support", "sources", "statements");
        var version = root.Required("schemaVersion");
        if (version.String().Split('.')[0] != "1")
        {
            throw version.Error($"schema version '{version.String()}' is not supported; this reader reads 1.x");
        }

        return new CoordinationCatalog
        {
            Actors = root.Array("actors", Actor),
            People = root.Array("people", Person),
            Territories = root.Array("territories", Territory),
            Lines = root.Array("lines", Line),
            Mechanisms = root.Array("mechanisms", Mechanism),
            Incidents = root.Array("incidents", Incident),
            Support = root.Array("support", Support),
            Sources = root.Array("sources", Source),
            Statements = root.Array("statements", Statement),
        };
    }

    private static Actor Actor(StandInElement e)
    {
        e.Object("id", "kind", "names", "existence", "description", "relations", "sources");
        return new Actor
        {
            Id = e.Required("id").Id<ActorId>(),
            Kind = e.Required("kind").Enum<ActorKind>(),
            Names = Names(e.Required("names")),
            Existence = e.Optional("existence") is { } existence ? Period(existence) : null,
            Description = e.Optional("description")?.String(),
            Relations = e.Array("relations", r => new ActorRelation
            {
                Kind = r.Object("kind", "target", "period", "sources").Required("kind").Enum<ActorRelationKind>(),
                Target = r.Required("target").Id<ActorId>(),
                Period = OptionalPeriod(r),
                Sources = Sources(r),
            }),
            Sources = Sources(e),
        };
    }

    private static Person Person(StandInElement e)
    {
        e.Object("id", "names", "honorific", "posts", "sources");
        return new Person
        {
            Id = e.Required("id").Id<PersonId>(),
            Names = Names(e.Required("names")),
            Honorific = e.Optional("honorific")?.String(),
            Posts = e.Array("posts", p => new Post
            {
                Actor = p.Object("actor", "title", "period", "sources").Required("actor").Id<ActorId>(),
                Title = p.Required("title").String(),
                Period = OptionalPeriod(p),
                Sources = Sources(p),
            }),
            Sources = Sources(e),
        };
    }

    private static Territory Territory(StandInElement e)
    {
        e.Object("id", "kind", "names", "parent", "isoCode", "pCode", "point", "claims", "controlPeriods", "sources");
        return new Territory
        {
            Id = e.Required("id").Id<TerritoryId>(),
            Kind = e.Required("kind").Enum<TerritoryKind>(),
            Names = Names(e.Required("names")),
            Parent = e.Optional("parent")?.Id<TerritoryId>(),
            IsoCode = e.Optional("isoCode")?.String(),
            PCode = e.Optional("pCode")?.String(),
            Point = e.Optional("point") is { } point ? Point(point) : null,
            Claims = e.Array("claims", c => new TerritorialClaim
            {
                Claimant = c.Object("claimant", "basis", "period", "sources").Required("claimant").Id<ActorId>(),
                Basis = c.Optional("basis")?.String(),
                Period = OptionalPeriod(c),
                Sources = Sources(c),
            }),
            ControlPeriods = e.Array("controlPeriods", c => new ControlPeriod
            {
                Controller = c.Object("controller", "period", "sources").Required("controller").Id<ActorId>(),
                Period = Period(c.Required("period")),
                Sources = Sources(c),
            }),
            Sources = Sources(e),
        };
    }

    private static CoordinationLine Line(StandInElement e)
    {
        e.Object("id", "names", "sideA", "sideB", "points", "description", "sources");
        return new CoordinationLine
        {
            Id = e.Required("id").Id<CoordinationLineId>(),
            Names = Names(e.Required("names")),
            SideA = e.Required("sideA").Id<ActorId>(),
            SideB = e.Required("sideB").Id<ActorId>(),
            Points = e.Array("points", Point),
            Description = e.Optional("description")?.String(),
            Sources = Sources(e),
        };
    }

    private static CoordinationMechanism Mechanism(StandInElement e)
    {
        e.Object("id", "kind", "names", "participants", "site", "area", "statusHistory", "description", "sources");
        return new CoordinationMechanism
        {
            Id = e.Required("id").Id<MechanismId>(),
            Kind = e.Required("kind").Enum<MechanismKind>(),
            Names = Names(e.Required("names")),
            Participants = e.Array("participants", p => new Participant(
                p.Object("actor", "role").Required("actor").Id<ActorId>(), p.Required("role").Enum<ParticipantRole>())),
            Site = e.Optional("site")?.Id<TerritoryId>(),
            Area = e.Optional("area") is { } area ? new AreaOfResponsibility
            {
                Territories = area.Object("territories", "lineStretches").Array("territories", t => t.Id<TerritoryId>()),
                LineStretches = area.Array("lineStretches", s => new LineStretch(
                    s.Object("line", "within").Required("line").Id<CoordinationLineId>(), s.Optional("within")?.Id<TerritoryId>())),
            } : AreaOfResponsibility.None,
            StatusHistory = e.Array("statusHistory", s => new StatusChange
            {
                Status = s.Object("status", "date", "sources").Required("status").Enum<MechanismStatus>(),
                Date = ReportedDate(s.Required("date")),
                Sources = Sources(s),
            }),
            Description = e.Optional("description")?.String(),
            Sources = Sources(e),
        };
    }

    private static Incident Incident(StandInElement e)
    {
        e.Object("id", "kind", "date", "location", "perpetrators", "targets", "casualties", "summary", "sources");
        var location = e.Required("location").Object("placeName", "territory", "point", "precision");
        return new Incident
        {
            Id = e.Required("id").Id<IncidentId>(),
            Kind = e.Required("kind").Enum<IncidentKind>(),
            Date = ReportedDate(e.Required("date")),
            Location = new IncidentLocation
            {
                PlaceName = location.Optional("placeName")?.String(),
                Territory = location.Optional("territory")?.Id<TerritoryId>(),
                Point = location.Optional("point") is { } point ? Point(point) : null,
                Precision = location.Required("precision").Enum<LocationPrecision>(),
            },
            Perpetrators = e.Array("perpetrators", p => p.Build(() => new Perpetrator(
                p.Object("actor", "attribution").Optional("actor")?.Id<ActorId>(), p.Required("attribution").Enum<Attribution>()))),
            Targets = e.Array("targets", Party),
            Casualties = e.Array("casualties", c => new Casualties(
                Party(c.Object("party", "killed", "injured").Required("party")), Estimate(c.Required("killed")), Estimate(c.Required("injured")))),
            Summary = e.Optional("summary")?.String(),
            Sources = Sources(e),
        };
    }

    private static EnablingSupport Support(StandInElement e)
    {
        e.Object("id", "provider", "recipients", "kinds", "period", "amount", "description", "sources");
        return new EnablingSupport
        {
            Id = e.Required("id").Id<SupportId>(),
            Provider = e.Required("provider").Id<ActorId>(),
            Recipients = e.Array("recipients", r => r.Id<ActorId>()),
            Kinds = e.Array("kinds", k => k.Enum<SupportKind>()),
            Period = OptionalPeriod(e),
            Amount = e.Optional("amount") is { } amount ? amount.Object("amount", "currency", "qualifier").Build(() => new Money(
                amount.Required("amount").DecimalString(),
                CurrencyCode.Parse(amount.Required("currency").String()),
                amount.Optional("qualifier")?.Enum<AmountQualifier>() ?? AmountQualifier.Exactly)) : null,
            Description = e.Optional("description")?.String(),
            Sources = Sources(e),
        };
    }

    private static Source Source(StandInElement e)
    {
        e.Object("id", "publisher", "publisherActor", "title", "url", "published", "language", "note");
        return new Source
        {
            Id = e.Required("id").Id<SourceId>(),
            Publisher = e.Required("publisher").String(),
            PublisherActor = e.Optional("publisherActor")?.Id<ActorId>(),
            Title = e.Required("title").String(),
            Url = e.Optional("url") is { } url ? url.Build(() => Uri.TryCreate(url.String(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri : throw url.Error("expected an absolute http or https URL")) : null,
            Published = e.Optional("published") is { } published ? ReportedDate(published) : null,
            Language = e.Optional("language") is { } language ? language.Build(() => LanguageTag.Parse(language.String())) : null,
            Note = e.Optional("note")?.String(),
        };
    }

    private static Statement Statement(StandInElement e)
    {
        e.Object("id", "speaker", "onBehalfOf", "date", "quote", "isParaphrase", "medium", "source");
        return new Statement
        {
            Id = e.Required("id").Id<StatementId>(),
            Speaker = e.Optional("speaker")?.Id<PersonId>(),
            OnBehalfOf = e.Optional("onBehalfOf")?.Id<ActorId>(),
            Date = e.Optional("date") is { } date ? ReportedDate(date) : null,
            Quote = e.Required("quote").String(),
            IsParaphrase = e.Optional("isParaphrase")?.Boolean() ?? false,
            Medium = e.Optional("medium")?.String(),
            Source = e.Required("source").Id<SourceId>(),
        };
    }

    private static NameSet Names(StandInElement e) =>
        e.Object("primary", "aliases").Build(() => new NameSet(Name(e.Required("primary")), e.Array("aliases", Name)));

    private static Name Name(StandInElement e) => e.Object("text", "kind", "language").Build(() => new Name(
        e.Required("text").String(),
        e.Optional("kind")?.Enum<NameKind>() ?? NameKind.Name,
        e.Optional("language") is { } language ? LanguageTag.Parse(language.String()) : null));

    private static DatePeriod OptionalPeriod(StandInElement owner) => owner.Optional("period") is { } period ? Period(period) : DatePeriod.Always;

    private static DatePeriod Period(StandInElement e) =>
        e.Object("start", "end").Build(() => new DatePeriod(e.Optional("start")?.Date(), e.Optional("end")?.Date()));

    private static ReportedDate ReportedDate(StandInElement e)
    {
        e.Object("start", "end", "precision", "timeOfDay", "partOfDay");
        var start = e.Required("start").Date();
        var end = e.Required("end").Date();
        var precision = e.Required("precision").Enum<DatePrecision>();
        var time = e.Optional("timeOfDay")?.Time();
        var part = e.Optional("partOfDay")?.Enum<PartOfDay>();
        return e.Build(() => new ReportedDate(new DateRange(start, end), precision, time, part));
    }

    private static GeoPoint Point(StandInElement e) =>
        e.Object("latitude", "longitude").Build(() => new GeoPoint(e.Required("latitude").Double(), e.Required("longitude").Double()));

    private static AffectedParty Party(StandInElement e)
    {
        var kind = e.Object("kind", "actor").Required("kind").Enum<AffectedPartyKind>();
        return kind switch
        {
            AffectedPartyKind.Actor => AffectedParty.Of(e.Required("actor").Id<ActorId>()),
            _ when e.Optional("actor") is { } actor => throw actor.Error("only a party of kind 'actor' names an actor"),
            AffectedPartyKind.Civilians => AffectedParty.Civilians,
            _ => AffectedParty.Unidentified,
        };
    }

    private static CasualtyEstimate Estimate(StandInElement e) =>
        e.Object("low", "best", "high").Build(() => new CasualtyEstimate(e.Required("low").Int32(), e.Required("best").Int32(), e.Required("high").Int32()));

    private static System.Collections.Immutable.ImmutableArray<SourceId> Sources(StandInElement owner) => owner.Array("sources", s => s.Id<SourceId>());
}
