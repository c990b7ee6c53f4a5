using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Actors;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Serialization;

/// <summary>
/// The schema definitions (<c>$defs</c>) of the types read and written by hand-written converters, kept
/// beside each other so that they can be compared with the converters in one sitting, and of the few
/// source-generated types that many records hold (<see cref="Provenance.Inference"/>).
/// </summary>
internal static class CoordinationJsonSchemaDefinitions
{
    private static readonly (Type Type, string Name, Func<JsonObject> Create)[] Entries =
    [
        Identifier<ActorId>("actorId", "an actor"),
        Identifier<PersonId>("personId", "a person"),
        Identifier<TerritoryId>("territoryId", "a territory"),
        Identifier<CoordinationLineId>("coordinationLineId", "a coordination line"),
        Identifier<MechanismId>("mechanismId", "a coordination mechanism"),
        Identifier<IncidentId>("incidentId", "an incident"),
        Identifier<SupportId>("supportId", "a support record"),
        Identifier<SourceId>("sourceId", "a source"),
        Identifier<StatementId>("statementId", "a statement"),
        (typeof(LanguageTag), "languageTag", () => Text("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", 35, "A BCP 47 language tag such as en, ar or ckb (read case-insensitively, written in lower case).")),
        (typeof(CurrencyCode), "currencyCode", () => Text("^[A-Z]{3}$", 3, "An active ISO 4217 alphabetic currency code such as USD or IQD.")),
        (typeof(LocalDate), "localDate", () => Text("^-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", 11, "A date of the ISO calendar, uuuu-MM-dd.")),
        (typeof(LocalTime), "localTime", () => Text("^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?$", 18, "A local time of day, HH:mm:ss with an optional fraction of a second.")),
        (typeof(Name), "name", () => Object(
            "One name of something: its text, kind and, when known, language.",
            [("text", new JsonObject { ["type"] = "string", ["minLength"] = 1, ["pattern"] = "\\S", ["description"] = $"The name as written; at most {Name.MaxLength} characters once trimmed of white space." }),
             ("kind", Reference("nameKind")),
             ("language", OrNull(Reference("languageTag")))],
            ["text"])),
        (typeof(NameSet), "nameSet", () => Object(
            "The names of one thing: a primary name and any number of aliases.",
            [("primary", Reference("name")), ("aliases", ArrayOf(Reference("name")))],
            ["primary"])),
        (typeof(DatePeriod), "datePeriod", () => Object(
            "A half-open period [start, end): start is the first day, end the first day after; either is omitted when open, and {} is every date. When both are given, end is after start. Each end has its precision: a date uuuu-MM-dd (day), a month uuuu-MM or a year uuuu; a month or year start counts from its first day, a month or year end is the month or year the period's last day fell in.",
            [("start", OrNull(PeriodBound())), ("end", OrNull(PeriodBound()))],
            [])),
        (typeof(ReportedDate), "reportedDate", () => Object(
            "A date as precisely as reported: the range start to end (inclusive) the event fell in, the precision it stands for (day: one day; week: two to seven days; month: whole months; year: whole years), and for a day an optional local time (approximate when timeApproximate is true) or part of day in Asia/Baghdad, not both. A bound of onOrBefore or notBefore makes the date one-sided: the event happened on or before the range's end, or on or after its start; omitted, the event happened within the range.",
            [("start", Reference("localDate")), ("end", Reference("localDate")), ("precision", Reference("datePrecision")),
             ("timeOfDay", OrNull(Reference("localTime"))), ("partOfDay", OrNull(Reference("partOfDay"))),
             ("timeApproximate", new JsonObject { ["type"] = "boolean", ["description"] = "Whether timeOfDay is approximate (\"about 02:00\"); only with a timeOfDay." }),
             ("bound", Reference("dateBound"))],
            ["start", "end", "precision"])),
        (typeof(Provenance.Inference), "inference", () => Object(
            "Marks a fact as inferred rather than stated: the reasoning that leads to it and the sources it was inferred from (at least one, which the validators check).",
            [("reasoning", new JsonObject { ["type"] = "string" }), ("from", ArrayOf(Reference("sourceId")))],
            ["reasoning"])),
        (typeof(GeoPoint), "geoPoint", () => Object(
            "A WGS84 point in decimal degrees.",
            [("latitude", Number(-90, 90)), ("longitude", Number(-180, 180))],
            ["latitude", "longitude"])),
        (typeof(Money), "money", () => Object(
            "An amount of money as reported; the amount is a decimal written as a string so that no precision is lost.",
            [("amount", new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+(\\.[0-9]+)?$", ["maxLength"] = 64 }),
             ("currency", Reference("currencyCode")), ("qualifier", Reference("amountQualifier"))],
            ["amount", "currency"])),
        // Positional, with defaults for Killed and Injured: the exporter would describe those two by their default alone.
        (typeof(Casualties), "casualties", () => Object(
            "The casualties of one affected party; a count left out is not reported (an explicit zero is zero).",
            [("party", Reference("affectedParty")), ("killed", OrNull(Reference("casualtyEstimate"))), ("injured", OrNull(Reference("casualtyEstimate")))],
            ["party"])),
        (typeof(CasualtyEstimate), "casualtyEstimate", () => Object(
            "A low, best and high estimate of people killed or injured; low ≤ best ≤ high is reported by the validators.",
            [("low", Count()), ("best", Count()), ("high", Count())],
            ["low", "best", "high"])),
        (typeof(AffectedParty), "affectedParty", () => Conditional(
            Object("Who was hit: a catalogued actor (kind actor, with its identifier), civilians or people of unknown side.",
                [("kind", Reference("affectedPartyKind")), ("actor", OrNull(Reference("actorId")))], ["kind"]),
            "kind", "actor", thenActor: true)),
        (typeof(Perpetrator), "perpetrator", () => Conditional(
            Object("Who carried out an incident: an actor, named unless the attribution is unknown.",
                [("actor", OrNull(Reference("actorId"))), ("attribution", Reference("attribution"))], ["attribution"]),
            "attribution", "unknown", thenActor: false)),
        (typeof(Provenance.Speaker), "speaker", () => new JsonObject
        {
            ["description"] = "Who made a statement: a person's identifier (a string), an institution ({\"institution\": actor}) or unnamed officials of an actor ({\"officialsOf\": actor}).",
            ["oneOf"] = new JsonArray(
                Reference("personId"),
                Object("An institution speaking as such.", [("institution", Reference("actorId"))], ["institution"]),
                Object("Officials of an actor whom the source does not name.", [("officialsOf", Reference("actorId"))], ["officialsOf"])),
        }),
        (typeof(Provenance.RecordOrigin), "recordOrigin", () => Object(
            "Where an imported record came from: the data set (ACLED, UCDP GED) and its release, the record's id there (derived from the row's content when isEventIdDerived), when the data set last changed it (an ISO-8601 instant in UTC), and every column of the row as [column, value] pairs in the file's order, values exactly as read.",
            [("dataSet", new JsonObject { ["type"] = "string" }), ("release", new JsonObject { ["type"] = new JsonArray("string", "null") }),
             ("eventId", new JsonObject { ["type"] = "string" }), ("isEventIdDerived", new JsonObject { ["type"] = "boolean" }),
             ("updatedAt", new JsonObject { ["anyOf"] = new JsonArray(Text("^-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z$", 40, "An instant in UTC, uuuu-MM-ddTHH:mm:ssZ with an optional fraction of a second."), new JsonObject { ["type"] = "null" }) }),
             ("fields", ArrayOf(new JsonObject
             {
                 ["type"] = "array",
                 ["description"] = "One column of the row: [column, value].",
                 ["prefixItems"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "string" }),
                 ["items"] = false,
                 ["minItems"] = 2,
             }))],
            ["dataSet", "eventId"])),
        Enum<ActorKind>(), Enum<ActorRelationKind>(), Enum<TerritoryKind>(), Enum<MechanismKind>(), Enum<MechanismStatus>(),
        Enum<ParticipantRole>(), Enum<IncidentKind>(), Enum<LocationPrecision>(), Enum<SupportKind>(), Enum<NameKind>(),
        Enum<DatePrecision>(), Enum<DateBound>(), Enum<PartOfDay>(), Enum<AffectedPartyKind>(), Enum<Attribution>(), Enum<AmountQualifier>(),
        Enum<MembershipKind>(), Enum<ControlExtent>(),
    ];

    private static readonly FrozenDictionary<Type, string> NamesByType = Entries.ToFrozenDictionary(e => e.Type, e => e.Name);

    private static readonly FrozenDictionary<string, Func<JsonObject>> FactoriesByName = Entries.ToFrozenDictionary(e => e.Name, e => e.Create, StringComparer.Ordinal);

    /// <summary>Gets the definition name of a type described here, or <see langword="null"/>.</summary>
    internal static string? NameOf(Type type) => NamesByType.GetValueOrDefault(type);

    /// <summary>Creates the definition of a name.</summary>
    internal static JsonObject Create(string name) => FactoriesByName[name]();

    /// <summary>Creates a reference to a definition.</summary>
    internal static JsonObject Reference(string name) => new() { ["$ref"] = $"#/$defs/{name}" };

    /// <summary>Allows null beside a schema.</summary>
    internal static JsonObject OrNull(JsonObject schema) =>
        schema.Count == 1 && schema["type"] is JsonValue type
            ? new JsonObject { ["type"] = new JsonArray((string)type!, "null") }
            : new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    private static (Type, string, Func<JsonObject>) Identifier<TId>(string name, string what)
        where TId : struct, IIdentifier<TId> =>
        (typeof(TId), name, () => Text(Slug.Pattern, Slug.MaxLength, $"The identifier of {what}: a lowercase slug."));

    private static (Type, string, Func<JsonObject>) Enum<TEnum>()
        where TEnum : struct, Enum =>
        (typeof(TEnum), JsonNamingPolicy.CamelCase.ConvertName(typeof(TEnum).Name), () => new JsonObject
        {
            ["enum"] = new JsonArray([.. Converters.EnumJsonNames<TEnum>.All.Select(n => (JsonNode)n)]),
        });

    private static JsonObject Text(string pattern, int maxLength, string description) => new()
    {
        ["type"] = "string",
        ["pattern"] = pattern,
        ["maxLength"] = maxLength,
        ["description"] = description,
    };

    // An end of a period: a date as localDate, or a month or year of the years 0001 to 9999.
    private static JsonObject PeriodBound() => Text("^([0-9]{4}|[0-9]{4}-(0[1-9]|1[0-2])|-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))$", 11, "An end of a period: a date uuuu-MM-dd (day), a month uuuu-MM or a year uuuu.");

    private static JsonObject Number(double minimum, double maximum) => new() { ["type"] = "number", ["minimum"] = minimum, ["maximum"] = maximum };

    private static JsonObject Count() => new() { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = int.MaxValue };

    private static JsonObject ArrayOf(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Object(string description, (string Name, JsonNode Schema)[] properties, string[] required)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            props[name] = schema;
        }

        var result = new JsonObject { ["description"] = description, ["type"] = "object", ["properties"] = props };
        if (required.Length > 0)
        {
            result["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        result["additionalProperties"] = false;
        return result;
    }

    // Adds: when `member` is `value`, an actor is required (thenActor) or forbidden (!thenActor), and the other way otherwise.
    private static JsonObject Conditional(JsonObject schema, string member, string value, bool thenActor)
    {
        JsonObject Required() => new() { ["required"] = new JsonArray("actor"), ["properties"] = new JsonObject { ["actor"] = Reference("actorId") } };
        JsonObject Forbidden() => new() { ["properties"] = new JsonObject { ["actor"] = new JsonObject { ["type"] = "null" } } };
        schema["if"] = new JsonObject { ["properties"] = new JsonObject { [member] = new JsonObject { ["const"] = value } } };
        schema["then"] = thenActor ? Required() : Forbidden();
        schema["else"] = thenActor ? Forbidden() : Required();
        return schema;
    }
}
