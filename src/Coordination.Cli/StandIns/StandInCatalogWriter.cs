using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Cli.StandIns;

/// <summary>
/// TEMPORARY (stand-in for <c>CoordinationJson.Serialize</c>; delete when the JSON helper's writer is wired):
/// writes a catalog document of the contract in COMMON.md with a <see cref="Utf8JsonWriter"/>.
/// </summary>
internal static class StandInCatalogWriter
{
    /// <summary>Writes <paramref name="catalog"/> to <paramref name="output"/>, indented.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="catalog">The catalog.</param>
    public static void Write(Stream output, CoordinationCatalog catalog)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schemaVersion", "1.0");
        Array(w, "actors", catalog.Actors, a =>
        {
            Id(w, "id", a.Id);
            Enum(w, "kind", a.Kind);
            Names(w, "names", a.Names);
            if (a.Existence is { } existence)
            {
                Period(w, "existence", existence);
            }

            Text(w, "description", a.Description);
            Array(w, "relations", a.Relations, r =>
            {
                Enum(w, "kind", r.Kind);
                Id(w, "target", r.Target);
                Period(w, "period", r.Period);
                Sources(w, r.Sources);
            });
            Sources(w, a.Sources);
        });
        Array(w, "people", catalog.People, p =>
        {
            Id(w, "id", p.Id);
            Names(w, "names", p.Names);
            Text(w, "honorific", p.Honorific);
            Array(w, "posts", p.Posts, post =>
            {
                Id(w, "actor", post.Actor);
                w.WriteString("title", post.Title);
                Period(w, "period", post.Period);
                Sources(w, post.Sources);
            });
            Sources(w, p.Sources);
        });
        Array(w, "territories", catalog.Territories, t =>
        {
            Id(w, "id", t.Id);
            Enum(w, "kind", t.Kind);
            Names(w, "names", t.Names);
            OptionalId(w, "parent", t.Parent);
            Text(w, "isoCode", t.IsoCode);
            Text(w, "pCode", t.PCode);
            Point(w, "point", t.Point);
            Array(w, "claims", t.Claims, c =>
            {
                Id(w, "claimant", c.Claimant);
                Text(w, "basis", c.Basis);
                Period(w, "period", c.Period);
                Sources(w, c.Sources);
            });
            Array(w, "controlPeriods", t.ControlPeriods, c =>
            {
                Id(w, "controller", c.Controller);
                Period(w, "period", c.Period);
                Sources(w, c.Sources);
            });
            Sources(w, t.Sources);
        });
        Array(w, "lines", catalog.Lines, l =>
        {
            Id(w, "id", l.Id);
            Names(w, "names", l.Names);
            Id(w, "sideA", l.SideA);
            Id(w, "sideB", l.SideB);
            Values(w, "points", l.Points, p => Point(w, null, p));
            Text(w, "description", l.Description);
            Sources(w, l.Sources);
        });
        Array(w, "mechanisms", catalog.Mechanisms, m =>
        {
            Id(w, "id", m.Id);
            Enum(w, "kind", m.Kind);
            Names(w, "names", m.Names);
            Array(w, "participants", m.Participants, p =>
            {
                Id(w, "actor", p.Actor);
                Enum(w, "role", p.Role);
            });
            OptionalId(w, "site", m.Site);
            w.WriteStartObject("area");
            Values(w, "territories", m.Area.Territories, t => w.WriteStringValue(t.Value));
            Array(w, "lineStretches", m.Area.LineStretches, s =>
            {
                Id(w, "line", s.Line);
                OptionalId(w, "within", s.Within);
            });
            w.WriteEndObject();
            Array(w, "statusHistory", m.StatusHistory, s =>
            {
                Enum(w, "status", s.Status);
                Date(w, "date", s.Date);
                Sources(w, s.Sources);
            });
            Text(w, "description", m.Description);
            Sources(w, m.Sources);
        });
        Array(w, "incidents", catalog.Incidents, i =>
        {
            Id(w, "id", i.Id);
            Enum(w, "kind", i.Kind);
            Date(w, "date", i.Date);
            w.WriteStartObject("location");
            Text(w, "placeName", i.Location.PlaceName);
            OptionalId(w, "territory", i.Location.Territory);
            Point(w, "point", i.Location.Point);
            Enum(w, "precision", i.Location.Precision);
            w.WriteEndObject();
            Array(w, "perpetrators", i.Perpetrators, p =>
            {
                OptionalId(w, "actor", p.Actor);
                Enum(w, "attribution", p.Attribution);
            });
            Values(w, "targets", i.Targets, t => Party(w, null, t));
            Array(w, "casualties", i.Casualties, c =>
            {
                Party(w, "party", c.Party);
                Estimate(w, "killed", c.Killed);
                Estimate(w, "injured", c.Injured);
            });
            Text(w, "summary", i.Summary);
            Sources(w, i.Sources);
        });
        Array(w, "support", catalog.Support, s =>
        {
            Id(w, "id", s.Id);
            Id(w, "provider", s.Provider);
            Values(w, "recipients", s.Recipients, r => w.WriteStringValue(r.Value));
            Values(w, "kinds", s.Kinds, k => w.WriteStringValue(Word(k)));
            Period(w, "period", s.Period);
            if (s.Amount is { } amount)
            {
                w.WriteStartObject("amount");
                w.WriteString("amount", amount.Amount.ToString(CultureInfo.InvariantCulture));
                w.WriteString("currency", amount.Currency.Value);
                Enum(w, "qualifier", amount.Qualifier);
                w.WriteEndObject();
            }

            Text(w, "description", s.Description);
            Sources(w, s.Sources);
        });
        Array(w, "sources", catalog.Sources, s =>
        {
            Id(w, "id", s.Id);
            w.WriteString("publisher", s.Publisher);
            OptionalId(w, "publisherActor", s.PublisherActor);
            w.WriteString("title", s.Title);
            Text(w, "url", s.Url?.ToString());
            if (s.Published is { } published)
            {
                Date(w, "published", published);
            }

            Text(w, "language", s.Language?.Value);
            Text(w, "note", s.Note);
        });
        Array(w, "statements", catalog.Statements, s =>
        {
            Id(w, "id", s.Id);
            OptionalId(w, "speaker", s.Speaker);
            OptionalId(w, "onBehalfOf", s.OnBehalfOf);
            if (s.Date is { } date)
            {
                Date(w, "date", date);
            }

            w.WriteString("quote", s.Quote);
            w.WriteBoolean("isParaphrase", s.IsParaphrase);
            Text(w, "medium", s.Medium);
            Id(w, "source", s.Source);
        });
        w.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, ImmutableArray<T> items, Action<T> members)
        where T : class
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            members(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Values<T>(Utf8JsonWriter w, string name, ImmutableArray<T> items, Action<T> value)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            value(item);
        }

        w.WriteEndArray();
    }

    private static void Sources(Utf8JsonWriter w, ImmutableArray<SourceId> sources) => Values(w, "sources", sources, s => w.WriteStringValue(s.Value));

    private static void Id<TId>(Utf8JsonWriter w, string name, TId id)
        where TId : struct, IIdentifier<TId> => w.WriteString(name, id.Value);

    private static void OptionalId<TId>(Utf8JsonWriter w, string name, TId? id)
        where TId : struct, IIdentifier<TId>
    {
        if (id is { } value)
        {
            w.WriteString(name, value.Value);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? text)
    {
        if (text is not null)
        {
            w.WriteString(name, text);
        }
    }

    private static void Enum<TEnum>(Utf8JsonWriter w, string name, TEnum value)
        where TEnum : struct, System.Enum => w.WriteString(name, Word(value));

    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static void Names(Utf8JsonWriter w, string name, NameSet names)
    {
        w.WriteStartObject(name);
        Name(w, "primary", names.Primary);
        Values(w, "aliases", names.Aliases, alias => Name(w, null, alias));
        w.WriteEndObject();
    }

    private static void Name(Utf8JsonWriter w, string? name, Name value)
    {
        StartObject(w, name);
        w.WriteString("text", value.Text);
        Enum(w, "kind", value.Kind);
        Text(w, "language", value.Language?.Value);
        w.WriteEndObject();
    }

    private static void Period(Utf8JsonWriter w, string name, DatePeriod period)
    {
        w.WriteStartObject(name);
        if (period.Start is { } start)
        {
            w.WriteString("start", Iso(start));
        }

        if (period.End is { } end)
        {
            w.WriteString("end", Iso(end));
        }

        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, string name, ReportedDate date)
    {
        w.WriteStartObject(name);
        w.WriteString("start", Iso(date.Earliest));
        w.WriteString("end", Iso(date.Latest));
        Enum(w, "precision", date.Precision);
        if (date.TimeOfDay is { } time)
        {
            w.WriteString("timeOfDay", LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss").Format(time));
        }

        if (date.PartOfDay is { } part)
        {
            Enum(w, "partOfDay", part);
        }

        w.WriteEndObject();
    }

    private static void Point(Utf8JsonWriter w, string? name, GeoPoint? point)
    {
        if (point is not { } p)
        {
            return;
        }

        StartObject(w, name);
        w.WriteNumber("latitude", p.Latitude);
        w.WriteNumber("longitude", p.Longitude);
        w.WriteEndObject();
    }

    private static void Party(Utf8JsonWriter w, string? name, AffectedParty party)
    {
        StartObject(w, name);
        Enum(w, "kind", party.Kind);
        OptionalId(w, "actor", party.Actor);
        w.WriteEndObject();
    }

    private static void Estimate(Utf8JsonWriter w, string name, CasualtyEstimate estimate)
    {
        w.WriteStartObject(name);
        w.WriteNumber("low", estimate.Low);
        w.WriteNumber("best", estimate.Best);
        w.WriteNumber("high", estimate.High);
        w.WriteEndObject();
    }

    private static void StartObject(Utf8JsonWriter w, string? name)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
