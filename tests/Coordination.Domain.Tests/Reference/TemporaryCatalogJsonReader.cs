using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
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
using NodaTime;
using NodaTime.Text;

namespace Coordination.Domain.Tests.Reference;

/// <summary>
/// TEMPORARY — DELETE when the JSON serializer (<c>CoordinationJson.Deserialize</c>) and
/// <c>ReferenceCatalog.Load()</c> are merged: point <see cref="ArticleFactChecklistTests.LoadCatalog"/>
/// at <c>ReferenceCatalog.Load</c>, remove this file and the <c>EmbeddedResource</c> in the test project.
/// </summary>
/// <remarks>
/// A minimal reader of the catalog document of the JSON contract (COMMON.md), written only so that the
/// article-fact checklist can run against <c>src/Coordination.Domain/Reference/reference-catalog.json</c>
/// before the real serializer exists. It is strict where a lenient reader would hide mistakes in the
/// data: an unknown property, an unknown enum string, a missing required member or a value of the
/// wrong kind throws <see cref="InvalidDataException"/> naming the JSON path.
/// </remarks>
internal static class TemporaryCatalogJsonReader
{
    internal const string ResourceName = "Coordination.Domain.Tests.Reference.reference-catalog.json";

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    /// <summary>Reads the reference catalog embedded in the test assembly.</summary>
    internal static CoordinationCatalog LoadReferenceCatalog()
    {
        using var stream = typeof(TemporaryCatalogJsonReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The test assembly has no resource '{ResourceName}'.");
        using var document = JsonDocument.Parse(stream);
        return ReadCatalog(document.RootElement);
    }

    /// <summary>Reads a catalog document from JSON text.</summary>
    internal static CoordinationCatalog Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReadCatalog(document.RootElement);
    }

    private static CoordinationCatalog ReadCatalog(JsonElement e)
    {
        const string p = "$";
        Expect(e, p, "schemaVersion", "actors", "people", "territories", "lines", "mechanisms", "incidents", "support", "sources", "statements");
        var version = Str(Req(e, "schemaVersion", p), p + ".schemaVersion");
        if (version != "1.0")
        {
            throw new InvalidDataException($"$.schemaVersion: expected '1.0', found '{version}'.");
        }

        return new CoordinationCatalog
        {
            Actors = Arr(e, "actors", p, ReadActor),
            People = Arr(e, "people", p, ReadPerson),
            Territories = Arr(e, "territories", p, ReadTerritory),
            Lines = Arr(e, "lines", p, ReadLine),
            Mechanisms = Arr(e, "mechanisms", p, ReadMechanism),
            Incidents = Arr(e, "incidents", p, ReadIncident),
            Support = Arr(e, "support", p, ReadSupport),
            Sources = Arr(e, "sources", p, ReadSource),
            Statements = Arr(e, "statements", p, ReadStatement),
        };
    }

    private static Actor ReadActor(JsonElement e, string p)
    {
        Expect(e, p, "id", "kind", "names", "existence", "description", "relations", "sources");
        return new Actor
        {
            Id = ActorId.Parse(Str(Req(e, "id", p), p + ".id")),
            Kind = Enum<ActorKind>(Req(e, "kind", p), p + ".kind"),
            Names = ReadNameSet(Req(e, "names", p), p + ".names"),
            Existence = Opt(e, "existence") is { } x ? ReadPeriod(x, p + ".existence") : null,
            Description = OptStr(e, "description", p),
            Relations = Arr(e, "relations", p, (r, rp) =>
            {
                Expect(r, rp, "kind", "target", "period", "sources");
                return new ActorRelation
                {
                    Kind = Enum<ActorRelationKind>(Req(r, "kind", rp), rp + ".kind"),
                    Target = ActorId.Parse(Str(Req(r, "target", rp), rp + ".target")),
                    Period = ReadPeriod(Req(r, "period", rp), rp + ".period"),
                    Sources = SourceIds(r, rp),
                };
            }),
            Sources = SourceIds(e, p),
        };
    }

    private static Person ReadPerson(JsonElement e, string p)
    {
        Expect(e, p, "id", "names", "honorific", "posts", "sources");
        return new Person
        {
            Id = PersonId.Parse(Str(Req(e, "id", p), p + ".id")),
            Names = ReadNameSet(Req(e, "names", p), p + ".names"),
            Honorific = OptStr(e, "honorific", p),
            Posts = Arr(e, "posts", p, (r, rp) =>
            {
                Expect(r, rp, "actor", "title", "period", "sources");
                return new Post
                {
                    Actor = ActorId.Parse(Str(Req(r, "actor", rp), rp + ".actor")),
                    Title = Str(Req(r, "title", rp), rp + ".title"),
                    Period = ReadPeriod(Req(r, "period", rp), rp + ".period"),
                    Sources = SourceIds(r, rp),
                };
            }),
            Sources = SourceIds(e, p),
        };
    }

    private static Territory ReadTerritory(JsonElement e, string p)
    {
        Expect(e, p, "id", "kind", "names", "parent", "isoCode", "pCode", "point", "claims", "controlPeriods", "sources");
        return new Territory
        {
            Id = TerritoryId.Parse(Str(Req(e, "id", p), p + ".id")),
            Kind = Enum<TerritoryKind>(Req(e, "kind", p), p + ".kind"),
            Names = ReadNameSet(Req(e, "names", p), p + ".names"),
            Parent = OptStr(e, "parent", p) is { } parent ? TerritoryId.Parse(parent) : null,
            IsoCode = OptStr(e, "isoCode", p),
            PCode = OptStr(e, "pCode", p),
            Point = Opt(e, "point") is { } pt ? ReadPoint(pt, p + ".point") : null,
            Claims = Arr(e, "claims", p, (r, rp) =>
            {
                Expect(r, rp, "claimant", "basis", "period", "sources");
                return new TerritorialClaim
                {
                    Claimant = ActorId.Parse(Str(Req(r, "claimant", rp), rp + ".claimant")),
                    Basis = OptStr(r, "basis", rp),
                    Period = ReadPeriod(Req(r, "period", rp), rp + ".period"),
                    Sources = SourceIds(r, rp),
                };
            }),
            ControlPeriods = Arr(e, "controlPeriods", p, (r, rp) =>
            {
                Expect(r, rp, "controller", "period", "sources");
                return new ControlPeriod
                {
                    Controller = ActorId.Parse(Str(Req(r, "controller", rp), rp + ".controller")),
                    Period = ReadPeriod(Req(r, "period", rp), rp + ".period"),
                    Sources = SourceIds(r, rp),
                };
            }),
            Sources = SourceIds(e, p),
        };
    }

    private static CoordinationLine ReadLine(JsonElement e, string p)
    {
        Expect(e, p, "id", "names", "sideA", "sideB", "points", "description", "sources");
        return new CoordinationLine
        {
            Id = CoordinationLineId.Parse(Str(Req(e, "id", p), p + ".id")),
            Names = ReadNameSet(Req(e, "names", p), p + ".names"),
            SideA = ActorId.Parse(Str(Req(e, "sideA", p), p + ".sideA")),
            SideB = ActorId.Parse(Str(Req(e, "sideB", p), p + ".sideB")),
            Points = Arr(e, "points", p, ReadPoint),
            Description = OptStr(e, "description", p),
            Sources = SourceIds(e, p),
        };
    }

    private static CoordinationMechanism ReadMechanism(JsonElement e, string p)
    {
        Expect(e, p, "id", "kind", "names", "participants", "site", "area", "statusHistory", "description", "sources");
        return new CoordinationMechanism
        {
            Id = MechanismId.Parse(Str(Req(e, "id", p), p + ".id")),
            Kind = Enum<MechanismKind>(Req(e, "kind", p), p + ".kind"),
            Names = ReadNameSet(Req(e, "names", p), p + ".names"),
            Participants = Arr(e, "participants", p, (r, rp) =>
            {
                Expect(r, rp, "actor", "role");
                return new Participant(ActorId.Parse(Str(Req(r, "actor", rp), rp + ".actor")), Enum<ParticipantRole>(Req(r, "role", rp), rp + ".role"));
            }),
            Site = OptStr(e, "site", p) is { } site ? TerritoryId.Parse(site) : null,
            Area = Opt(e, "area") is { } area ? ReadArea(area, p + ".area") : AreaOfResponsibility.None,
            StatusHistory = Arr(e, "statusHistory", p, (r, rp) =>
            {
                Expect(r, rp, "status", "date", "sources");
                return new StatusChange
                {
                    Status = Enum<MechanismStatus>(Req(r, "status", rp), rp + ".status"),
                    Date = ReadReportedDate(Req(r, "date", rp), rp + ".date"),
                    Sources = SourceIds(r, rp),
                };
            }),
            Description = OptStr(e, "description", p),
            Sources = SourceIds(e, p),
        };
    }

    private static AreaOfResponsibility ReadArea(JsonElement e, string p)
    {
        Expect(e, p, "territories", "lineStretches");
        return new AreaOfResponsibility
        {
            Territories = Arr(e, "territories", p, (t, tp) => TerritoryId.Parse(Str(t, tp))),
            LineStretches = Arr(e, "lineStretches", p, (s, sp) =>
            {
                Expect(s, sp, "line", "within");
                return new LineStretch(
                    CoordinationLineId.Parse(Str(Req(s, "line", sp), sp + ".line")),
                    OptStr(s, "within", sp) is { } within ? TerritoryId.Parse(within) : null);
            }),
        };
    }

    private static Incident ReadIncident(JsonElement e, string p)
    {
        Expect(e, p, "id", "kind", "date", "location", "perpetrators", "targets", "casualties", "summary", "sources");
        var location = Req(e, "location", p);
        var lp = p + ".location";
        Expect(location, lp, "placeName", "territory", "point", "precision");
        return new Incident
        {
            Id = IncidentId.Parse(Str(Req(e, "id", p), p + ".id")),
            Kind = Enum<IncidentKind>(Req(e, "kind", p), p + ".kind"),
            Date = ReadReportedDate(Req(e, "date", p), p + ".date"),
            Location = new IncidentLocation
            {
                PlaceName = OptStr(location, "placeName", lp),
                Territory = OptStr(location, "territory", lp) is { } t ? TerritoryId.Parse(t) : null,
                Point = Opt(location, "point") is { } pt ? ReadPoint(pt, lp + ".point") : null,
                Precision = Enum<LocationPrecision>(Req(location, "precision", lp), lp + ".precision"),
            },
            Perpetrators = Arr(e, "perpetrators", p, (r, rp) =>
            {
                Expect(r, rp, "actor", "attribution");
                return new Perpetrator(
                    OptStr(r, "actor", rp) is { } a ? ActorId.Parse(a) : null,
                    Enum<Attribution>(Req(r, "attribution", rp), rp + ".attribution"));
            }),
            Targets = Arr(e, "targets", p, ReadAffectedParty),
            Casualties = Arr(e, "casualties", p, (r, rp) =>
            {
                Expect(r, rp, "party", "killed", "injured");
                return new Casualties(
                    ReadAffectedParty(Req(r, "party", rp), rp + ".party"),
                    ReadEstimate(Req(r, "killed", rp), rp + ".killed"),
                    ReadEstimate(Req(r, "injured", rp), rp + ".injured"));
            }),
            Summary = OptStr(e, "summary", p),
            Sources = SourceIds(e, p),
        };
    }

    private static AffectedParty ReadAffectedParty(JsonElement e, string p)
    {
        Expect(e, p, "kind", "actor");
        return Enum<AffectedPartyKind>(Req(e, "kind", p), p + ".kind") switch
        {
            AffectedPartyKind.Actor => AffectedParty.Of(ActorId.Parse(Str(Req(e, "actor", p), p + ".actor"))),
            AffectedPartyKind.Civilians => AffectedParty.Civilians,
            _ => AffectedParty.Unidentified,
        };
    }

    private static CasualtyEstimate ReadEstimate(JsonElement e, string p)
    {
        Expect(e, p, "low", "best", "high");
        return new CasualtyEstimate(Int(Req(e, "low", p), p + ".low"), Int(Req(e, "best", p), p + ".best"), Int(Req(e, "high", p), p + ".high"));
    }

    private static EnablingSupport ReadSupport(JsonElement e, string p)
    {
        Expect(e, p, "id", "provider", "recipients", "kinds", "period", "amount", "description", "sources");
        Money? amount = null;
        if (Opt(e, "amount") is { } m)
        {
            var mp = p + ".amount";
            Expect(m, mp, "amount", "currency", "qualifier");
            amount = new Money(
                decimal.Parse(Str(Req(m, "amount", mp), mp + ".amount"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture),
                CurrencyCode.Parse(Str(Req(m, "currency", mp), mp + ".currency")),
                Enum<AmountQualifier>(Req(m, "qualifier", mp), mp + ".qualifier"));
        }

        return new EnablingSupport
        {
            Id = SupportId.Parse(Str(Req(e, "id", p), p + ".id")),
            Provider = ActorId.Parse(Str(Req(e, "provider", p), p + ".provider")),
            Recipients = Arr(e, "recipients", p, (r, rp) => ActorId.Parse(Str(r, rp))),
            Kinds = Arr(e, "kinds", p, Enum<SupportKind>),
            Period = ReadPeriod(Req(e, "period", p), p + ".period"),
            Amount = amount,
            Description = OptStr(e, "description", p),
            Sources = SourceIds(e, p),
        };
    }

    private static Source ReadSource(JsonElement e, string p)
    {
        Expect(e, p, "id", "publisher", "publisherActor", "title", "url", "published", "language", "note");
        return new Source
        {
            Id = SourceId.Parse(Str(Req(e, "id", p), p + ".id")),
            Publisher = Str(Req(e, "publisher", p), p + ".publisher"),
            PublisherActor = OptStr(e, "publisherActor", p) is { } a ? ActorId.Parse(a) : null,
            Title = Str(Req(e, "title", p), p + ".title"),
            Url = OptStr(e, "url", p) is { } url ? new Uri(url, UriKind.Absolute) : null,
            Published = Opt(e, "published") is { } d ? ReadReportedDate(d, p + ".published") : null,
            Language = OptStr(e, "language", p) is { } l ? LanguageTag.Parse(l) : null,
            Note = OptStr(e, "note", p),
        };
    }

    private static Statement ReadStatement(JsonElement e, string p)
    {
        Expect(e, p, "id", "speaker", "onBehalfOf", "date", "quote", "isParaphrase", "medium", "source");
        return new Statement
        {
            Id = StatementId.Parse(Str(Req(e, "id", p), p + ".id")),
            Speaker = OptStr(e, "speaker", p) is { } s ? PersonId.Parse(s) : null,
            OnBehalfOf = OptStr(e, "onBehalfOf", p) is { } a ? ActorId.Parse(a) : null,
            Date = Opt(e, "date") is { } d ? ReadReportedDate(d, p + ".date") : null,
            Quote = Str(Req(e, "quote", p), p + ".quote"),
            IsParaphrase = Opt(e, "isParaphrase") is { } b && Bool(b, p + ".isParaphrase"),
            Medium = OptStr(e, "medium", p),
            Source = SourceId.Parse(Str(Req(e, "source", p), p + ".source")),
        };
    }

    private static NameSet ReadNameSet(JsonElement e, string p)
    {
        Expect(e, p, "primary", "aliases");
        return new NameSet(ReadName(Req(e, "primary", p), p + ".primary"), Arr(e, "aliases", p, ReadName));
    }

    private static Name ReadName(JsonElement e, string p)
    {
        Expect(e, p, "text", "kind", "language");
        return new Name(
            Str(Req(e, "text", p), p + ".text"),
            Enum<NameKind>(Req(e, "kind", p), p + ".kind"),
            OptStr(e, "language", p) is { } l ? LanguageTag.Parse(l) : null);
    }

    private static DatePeriod ReadPeriod(JsonElement e, string p)
    {
        Expect(e, p, "start", "end");
        return new DatePeriod(
            OptStr(e, "start", p) is { } s ? Date(s, p + ".start") : null,
            OptStr(e, "end", p) is { } end ? Date(end, p + ".end") : null);
    }

    private static ReportedDate ReadReportedDate(JsonElement e, string p)
    {
        Expect(e, p, "start", "end", "precision", "timeOfDay", "partOfDay");
        return new ReportedDate(
            new DateRange(Date(Str(Req(e, "start", p), p + ".start"), p + ".start"), Date(Str(Req(e, "end", p), p + ".end"), p + ".end")),
            Enum<DatePrecision>(Req(e, "precision", p), p + ".precision"),
            OptStr(e, "timeOfDay", p) is { } t ? TimePattern.Parse(t).GetValueOrThrow() : null,
            Opt(e, "partOfDay") is { } part ? Enum<PartOfDay>(part, p + ".partOfDay") : null);
    }

    private static GeoPoint ReadPoint(JsonElement e, string p)
    {
        Expect(e, p, "latitude", "longitude");
        return new GeoPoint(Req(e, "latitude", p).GetDouble(), Req(e, "longitude", p).GetDouble());
    }

    private static LocalDate Date(string text, string p)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new InvalidDataException($"{p}: '{text}' is not a date uuuu-MM-dd.");
    }

    private static ImmutableArray<SourceId> SourceIds(JsonElement e, string p) => Arr(e, "sources", p, (s, sp) => SourceId.Parse(Str(s, sp)));

    private static void Expect(JsonElement e, string p, params string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{p}: expected an object, found {e.ValueKind}.");
        }

        foreach (var property in e.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{p}.{property.Name}: unknown property.");
            }
        }
    }

    private static JsonElement Req(JsonElement e, string name, string p) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new InvalidDataException($"{p}.{name}: required member is missing.");

    private static JsonElement? Opt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? OptStr(JsonElement e, string name, string p) => Opt(e, name) is { } value ? Str(value, $"{p}.{name}") : null;

    private static string Str(JsonElement e, string p) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new InvalidDataException($"{p}: expected a string, found {e.ValueKind}.");

    private static int Int(JsonElement e, string p) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var value) ? value : throw new InvalidDataException($"{p}: expected an integer.");

    private static bool Bool(JsonElement e, string p) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new InvalidDataException($"{p}: expected true or false."),
    };

    private static TEnum Enum<TEnum>(JsonElement e, string p)
        where TEnum : struct, Enum
    {
        var text = Str(e, p);
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (JsonNamingPolicy.CamelCase.ConvertName(value.ToString()) == text)
            {
                return value;
            }
        }

        throw new InvalidDataException($"{p}: '{text}' is not a {typeof(TEnum).Name} (camelCase).");
    }

    private static ImmutableArray<T> Arr<T>(JsonElement e, string name, string p, Func<JsonElement, string, T> read)
    {
        if (Opt(e, name) is not { } array)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{p}.{name}: expected an array, found {array.ValueKind}.");
        }

        var builder = ImmutableArray.CreateBuilder<T>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            builder.Add(read(item, $"{p}.{name}[{i++}]"));
        }

        return builder.ToImmutable();
    }
}
