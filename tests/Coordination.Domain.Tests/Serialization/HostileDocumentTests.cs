using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// The table of hostile documents. Each is read four ways (string, UTF-8 bytes, stream, async stream)
/// and must give the same outcome each way: a catalog, or a <see cref="JsonException"/> — never another
/// exception — whose path is the one in the table and whose message says what is wrong and where.
/// </summary>
public sealed class HostileDocumentTests
{
    private static readonly string TenMegabytes = new('x', 10 * 1024 * 1024);

    public static TheoryData<HostileDocument> Documents() =>
    [
        HostileDocument.Whole("the valid document", HostileDocument.Valid, null, ""),

        // Duplicate, unknown and computed members.
        HostileDocument.Replace("duplicate member of the document", "\"actors\":", "\"schemaVersion\":\"1.0\",\"actors\":", "$.schemaVersion", "Duplicate property 'schemaVersion'"),
        HostileDocument.Replace("duplicate member of a record", "\"kind\":\"town\"", "\"kind\":\"town\",\"kind\":\"site\"", "$.territories[0].kind", "Duplicate property 'kind'"),
        HostileDocument.Replace("duplicate member of a value", "\"latitude\":35.7533", "\"latitude\":35.7533,\"latitude\":1", "$.territories[0].point", "Duplicate member 'latitude'"),
        HostileDocument.Replace("unknown member of the document", "\"actors\":", "\"extra\":1,\"actors\":", "$.extra", "'extra' could not be mapped"),
        HostileDocument.Replace("unknown member of a record", "\"kind\":\"town\"", "\"kind\":\"town\",\"area\":3", "$.territories[0].area", "'area' could not be mapped"),
        HostileDocument.Replace("unknown member of a value", "\"text\":\"ISIS\"", "\"text\":\"ISIS\",\"script\":\"latn\"", "$.actors[0].names", "Unknown member 'script' in a name"),
        HostileDocument.Replace("a computed property written by another system", "\"precision\":\"nearNamedPlace\"},", "\"precision\":\"nearNamedPlace\"},\"totalKilled\":{\"low\":3,\"best\":3,\"high\":3},", "$.incidents[0].totalKilled", "'totalKilled' could not be mapped"),

        // Unreported casualties, reported totals, speakers and inferences.
        HostileDocument.Replace("casualties of a party with no figure reported", ",\"killed\":{\"low\":3,\"best\":3,\"high\":3},\"injured\":{\"low\":0,\"best\":0,\"high\":0}", "", null, ""),
        HostileDocument.Replace("a figure given as null, read as not reported", "\"killed\":{\"low\":3,\"best\":3,\"high\":3}", "\"killed\":null", null, ""),
        HostileDocument.Replace("reported totals", "\"casualties\":[", "\"reportedTotals\":{\"killed\":{\"low\":2,\"best\":3,\"high\":5},\"sources\":[\"a\"]},\"casualties\":[", null, ""),
        HostileDocument.Replace("unknown member of reported totals", "\"casualties\":[", "\"reportedTotals\":{\"dead\":3},\"casualties\":[", "$.incidents[0].reportedTotals.dead", "'dead' could not be mapped"),
        HostileDocument.Replace("a speaker of version 1.0: a person's identifier", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":\"wayne-marotto\",\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", null, ""),
        HostileDocument.Replace("an institution as speaker", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":{\"institution\":\"isis\"},\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", null, ""),
        HostileDocument.Replace("unnamed officials as speaker", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":{\"officialsOf\":\"isis\"},\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", null, ""),
        HostileDocument.Replace("a speaker both institution and officials", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":{\"institution\":\"isis\",\"officialsOf\":\"isis\"},\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", "$.statements[0].speaker", "not both"),
        HostileDocument.Replace("a speaker object naming no one", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":{},\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", "$.statements[0].speaker", "names an institution"),
        HostileDocument.Replace("a speaker of an unknown kind", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":{\"person\":\"isis\"},\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", "$.statements[0].speaker", "Unknown member 'person' in a speaker"),
        HostileDocument.Replace("a number for a speaker", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":5,\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", "$.statements[0].speaker", "Expected a person's identifier or an object"),
        HostileDocument.Replace("a malformed institution", "\"support\":[", "\"statements\":[{\"id\":\"st\",\"speaker\":{\"institution\":\"Not A Slug\"},\"quote\":\"q\",\"source\":\"a\"}],\"support\":[", "$.statements[0].speaker", "'Not A Slug'"),
        HostileDocument.Replace("an inference", "\"sources\":[\"a\"]}],", "\"sources\":[\"a\"],\"inference\":{\"reasoning\":\"Follows from the map.\",\"from\":[\"a\"]}}],", null, ""),
        HostileDocument.Replace("an inference without reasoning", "\"sources\":[\"a\"]}],", "\"sources\":[\"a\"],\"inference\":{\"from\":[\"a\"]}}],", "$.actors[0].inference", "'reasoning'"),
        HostileDocument.Replace("an inference given as a string", "\"sources\":[\"a\"]}],", "\"sources\":[\"a\"],\"inference\":\"inferred\"}],", "$.actors[0].inference", "could not be converted"),

        // The origin of an imported incident (1.2).
        HostileDocument.Replace("an origin", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"updatedAt\":\"2023-11-14T22:13:20Z\",\"fields\":[[\"event_id_cnty\",\"IRQ1\"],[\"notes\",\"\"]]},", null, ""),
        HostileDocument.Replace("an origin of a derived id, with a release and a fraction of a second", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"UCDP GED\",\"release\":\"25.1\",\"eventId\":\"3f1c0a9e5b7d2c48\",\"isEventIdDerived\":true,\"updatedAt\":\"2023-11-14T22:13:20.5Z\"},", null, ""),
        HostileDocument.Replace("a null origin, read as none", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":null,", null, ""),
        HostileDocument.Replace("an origin without an event id", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\"},", "$.incidents[0].origin", "Missing required member 'eventId' in an origin"),
        HostileDocument.Replace("an origin without a data set", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"eventId\":\"IRQ1\"},", "$.incidents[0].origin", "Missing required member 'dataSet' in an origin"),
        HostileDocument.Replace("an unknown member of an origin", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"source\":\"x\"},", "$.incidents[0].origin", "Unknown member 'source' in an origin"),
        HostileDocument.Replace("an origin given as a string", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":\"ACLED\",", "$.incidents[0].origin", "Expected an object for an origin, found a string"),
        HostileDocument.Replace("a last update that is a date, not an instant", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"updatedAt\":\"2023-11-14\"},", "$.incidents[0].origin", "'2023-11-14' is not an instant"),
        HostileDocument.Replace("a last update with an offset", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"updatedAt\":\"2023-11-14T22:13:20+03:00\"},", "$.incidents[0].origin", "is not an instant"),
        HostileDocument.Replace("a last update as Unix seconds", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"updatedAt\":1700000000},", "$.incidents[0].origin", "Expected a string for the last update of an origin"),
        HostileDocument.Replace("a field with no value", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"fields\":[[\"notes\"]]},", "$.incidents[0].origin", "Field 0 of an origin ('notes') has no value"),
        HostileDocument.Replace("an empty field", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"fields\":[[]]},", "$.incidents[0].origin", "Field 0 of an origin is empty"),
        HostileDocument.Replace("a field of three strings", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"fields\":[[\"a\",\"b\"],[\"notes\",\"x\",\"y\"]]},", "$.incidents[0].origin", "Field 1 of an origin ('notes') has more than two members"),
        HostileDocument.Replace("a field given as an object", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"fields\":[{\"notes\":\"x\"}]},", "$.incidents[0].origin", "a [column, value] pair of strings for a field of an origin"),
        HostileDocument.Replace("a number as a field's value", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"fields\":[[\"fatalities\",2]]},", "$.incidents[0].origin", "Expected a string for the value of a field of an origin, found a number"),
        HostileDocument.Replace("a null column", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"fields\":[[null,\"x\"]]},", "$.incidents[0].origin", "The column of a field of an origin may not be null"),
        HostileDocument.Replace("fields given as an object", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"fields\":{\"notes\":\"x\"}},", "$.incidents[0].origin", "an array of [column, value] pairs for the fields of an origin"),
        HostileDocument.Replace("a duplicate member of an origin", "\"location\":{\"precision\":\"nearNamedPlace\"},", "\"location\":{\"precision\":\"nearNamedPlace\"},\"origin\":{\"dataSet\":\"ACLED\",\"eventId\":\"IRQ1\",\"eventId\":\"IRQ2\"},", "$.incidents[0].origin", "Duplicate member 'eventId' in an origin"),

        // Missing required members.
        HostileDocument.Replace("missing schema version", "\"schemaVersion\":\"1.0\",", "", "$", "'schemaVersion'"),
        HostileDocument.Replace("missing required member of a record", "\"kind\":\"town\",", "", "$.territories[0]", "'kind'"),
        HostileDocument.Replace("missing required member of a value", ",\"precision\":\"day\"", "", "$.incidents[0].date", "Missing required member 'precision'"),
        HostileDocument.Replace("missing amount of money", "\"amount\":\"5000000000\",", "", "$.support[0].amount", "Missing required member 'amount'"),

        // Nulls where the contract has none.
        HostileDocument.Replace("null record member", "\"names\":{\"primary\":{\"text\":\"ISIS\"}}", "\"names\":null", "$.actors[0].names", "null"),
        HostileDocument.Replace("null identifier", "\"id\":\"isis\"", "\"id\":null", "$.actors[0].id", "may not be null"),
        HostileDocument.Replace("null array", "\"sources\":[\"a\"]", "\"sources\":null", "$.actors[0].sources", "could not be converted"),
        HostileDocument.Replace("null identifier in an array", "\"sources\":[\"a\"]", "\"sources\":[\"a\",null]", "$.actors[0].sources[1]", "may not be null"),
        HostileDocument.Replace("null record in an array of the document", "\"actors\":[", "\"actors\":[null,", "$", "Element 0 of 'actors' is null"),
        HostileDocument.Replace("null record in an array of a record", "\"perpetrators\":[", "\"perpetrators\":[null,", "$.incidents[0]", "Element 0 of 'perpetrators' is null"),
        HostileDocument.Replace("null value in a value", "\"latitude\":35.7533", "\"latitude\":null", "$.territories[0].point", "may not be null"),
        HostileDocument.Whole("null document", "null", "$", "null"),

        // Wrong types.
        HostileDocument.Replace("number for an enum", "\"kind\":\"town\"", "\"kind\":5", "$.territories[0].kind", "Expected a string"),
        HostileDocument.Replace("object for an array", "\"perpetrators\":[{\"actor\":\"isis\",\"attribution\":\"attributed\"}]", "\"perpetrators\":{\"actor\":\"isis\"}", "$.incidents[0].perpetrators", "could not be converted"),
        HostileDocument.Replace("string for a number", "\"latitude\":35.7533", "\"latitude\":\"35.7533\"", "$.territories[0].point", "Expected a number"),
        HostileDocument.Replace("number for an amount of money", "\"amount\":\"5000000000\"", "\"amount\":5000000000", "$.support[0].amount", "not a JSON number"),
        HostileDocument.Replace("array for a string", "\"text\":\"ISIS\"", "\"text\":[\"ISIS\"]", "$.actors[0].names", "Expected a string"),
        HostileDocument.Whole("array for the document", "[]", "$", "could not be converted"),

        // Out-of-range numbers.
        HostileDocument.Replace("latitude out of range", "\"latitude\":35.7533", "\"latitude\":95", "$.territories[0].point", "('latitude')"),
        HostileDocument.Replace("infinite latitude", "\"latitude\":35.7533", "\"latitude\":1e400", "$.territories[0].point", "finite number"),
        HostileDocument.Replace("count beyond Int32", "\"low\":3", "\"low\":3000000000", "$.incidents[0].casualties[0].killed", "whole number"),
        HostileDocument.Replace("fractional count", "\"low\":3", "\"low\":2.5", "$.incidents[0].casualties[0].killed", "whole number"),
        HostileDocument.Replace("negative count", "\"low\":3", "\"low\":-1", "$.incidents[0].casualties[0].killed", "('low')"),
        HostileDocument.Replace("amount beyond decimal", "\"amount\":\"5000000000\"", "\"amount\":\"99999999999999999999999999999999\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("negative amount", "\"amount\":\"5000000000\"", "\"amount\":\"-5\"", "$.support[0].amount", "('amount')"),
        HostileDocument.Replace("amount with a plus sign", "\"amount\":\"5000000000\"", "\"amount\":\"+5\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("amount with no integer digits", "\"amount\":\"5000000000\"", "\"amount\":\".5\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("amount ending in a point", "\"amount\":\"5000000000\"", "\"amount\":\"5.\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("amount with an exponent", "\"amount\":\"5000000000\"", "\"amount\":\"5e3\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("amount with white space", "\"amount\":\"5000000000\"", "\"amount\":\" 5\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("amount with a group separator", "\"amount\":\"5000000000\"", "\"amount\":\"5,000\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("amount empty", "\"amount\":\"5000000000\"", "\"amount\":\"\"", "$.support[0].amount", "is not an amount"),
        HostileDocument.Replace("amount a lone minus", "\"amount\":\"5000000000\"", "\"amount\":\"-\"", "$.support[0].amount", "is not an amount"),

        // Invalid dates and dated values.
        HostileDocument.Replace("impossible date", "\"start\":\"2021-05-01\",\"end\":\"2021-05-01\"", "\"start\":\"2021-02-30\",\"end\":\"2021-02-30\"", "$.incidents[0].date", "'2021-02-30' is not a date"),
        HostileDocument.Replace("date in another format", "\"start\":\"2021-05-01\",\"end\":\"2021-05-01\"", "\"start\":\"01/05/2021\",\"end\":\"2021-05-01\"", "$.incidents[0].date", "'01/05/2021' is not a date"),
        HostileDocument.Replace("range that does not fit its precision", "\"end\":\"2021-05-01\"", "\"end\":\"2021-05-03\"", "$.incidents[0].date", "A reported date is invalid ('range')"),
        HostileDocument.Replace("period that ends before it starts", "\"end\":\"2017-10-16\"", "\"end\":\"2010-01-01\"", "$.territories[0].controlPeriods[0].period", "must be after its start"),
        HostileDocument.Replace("period start with a month out of range", "\"start\":\"2014-06-12\"", "\"start\":\"2014-13\"", "$.territories[0].controlPeriods[0].period", "'2014-13' is not a year"),
        HostileDocument.Replace("period start in year zero", "\"start\":\"2014-06-12\"", "\"start\":\"0000\"", "$.territories[0].controlPeriods[0].period", "'0000' is not a year"),
        HostileDocument.Replace("period start with a time", "\"start\":\"2014-06-12\"", "\"start\":\"2014-10-16T00:00\"", "$.territories[0].controlPeriods[0].period", "'2014-10-16T00:00' is not a date"),
        HostileDocument.Replace("period start of one-digit month", "\"start\":\"2014-06-12\"", "\"start\":\"2014-6\"", "$.territories[0].controlPeriods[0].period", "'2014-6' is not a date"),
        HostileDocument.Replace("period start of a number", "\"start\":\"2014-06-12\"", "\"start\":2014", "$.territories[0].controlPeriods[0].period", "Expected a string"),
        HostileDocument.Replace("period that ends in the last year of the calendar", "\"end\":\"2017-10-16\"", "\"end\":\"9999\"", "$.territories[0].controlPeriods[0].period", "last of the calendar"),
        HostileDocument.Replace("period that ends in the year it starts before", "\"end\":\"2017-10-16\"", "\"end\":\"2013\"", "$.territories[0].controlPeriods[0].period", "must be after its start"),
        HostileDocument.Replace("unknown bound of a date", "\"precision\":\"day\"", "\"precision\":\"day\",\"bound\":\"after\"", "$.incidents[0].date", "'after'"),
        HostileDocument.Replace("bound of a date in another case", "\"precision\":\"day\"", "\"precision\":\"day\",\"bound\":\"OnOrBefore\"", "$.incidents[0].date", "'OnOrBefore'"),
        HostileDocument.Replace("approximate time without a time", "\"precision\":\"day\"", "\"precision\":\"day\",\"timeApproximate\":true", "$.incidents[0].date", "('isTimeApproximate')"),
        HostileDocument.Replace("approximate time as a string", "\"precision\":\"day\"", "\"precision\":\"day\",\"timeOfDay\":\"02:00:00\",\"timeApproximate\":\"yes\"", "$.incidents[0].date", "Expected true or false"),
        HostileDocument.Replace("duplicate bound of a date", "\"precision\":\"day\"", "\"precision\":\"day\",\"bound\":\"notBefore\",\"bound\":\"notBefore\"", "$.incidents[0].date", "Duplicate member 'bound'"),
        HostileDocument.Replace("time of day out of range", "\"precision\":\"day\"", "\"precision\":\"day\",\"timeOfDay\":\"25:00:00\"", "$.incidents[0].date", "'25:00:00' is not a time of day"),

        // Malformed identifiers and codes; values their constructors refuse.
        HostileDocument.Replace("identifier in capitals", "\"id\":\"isis\"", "\"id\":\"ISIS\"", "$.actors[0].id", "'ISIS' is not a valid ActorId"),
        HostileDocument.Replace("identifier with a space", "\"controller\":\"isis\"", "\"controller\":\"isis forces\"", "$.territories[0].controlPeriods[0].controller", "found U+0020"),
        HostileDocument.Replace("identifier too long", "\"id\":\"isis\"", $"\"id\":\"{new string('a', 65)}\"", "$.actors[0].id", "longer than 64"),
        HostileDocument.Replace("currency in lower case", "\"currency\":\"USD\"", "\"currency\":\"usd\"", "$.support[0].amount", "not an active ISO 4217"),
        HostileDocument.Replace("language tag that is not one", "\"text\":\"ISIS\"", "\"text\":\"ISIS\",\"language\":\"english!\"", "$.actors[0].names", "not a language tag"),
        HostileDocument.Replace("blank name", "\"text\":\"ISIS\"", "\"text\":\"   \"", "$.actors[0].names", "A name is invalid ('text')"),
        HostileDocument.Replace("perpetrator named with an unknown attribution", "\"attribution\":\"attributed\"", "\"attribution\":\"unknown\"", "$.incidents[0].perpetrators[0]", "A perpetrator is invalid ('actor')"),
        HostileDocument.Replace("affected actor without its actor", "{\"kind\":\"civilians\"}", "{\"kind\":\"actor\"}", "$.incidents[0].casualties[0].party", "names the actor"),
        HostileDocument.Replace("civilians with an actor", "{\"kind\":\"civilians\"}", "{\"kind\":\"civilians\",\"actor\":\"isis\"}", "$.incidents[0].casualties[0].party", "names no actor"),

        // Enums.
        HostileDocument.Replace("enum name in another case", "\"kind\":\"town\"", "\"kind\":\"Town\"", "$.territories[0].kind", "'Town' is not a TerritoryKind"),
        HostileDocument.Replace("enum combination", "\"kind\":\"town\"", "\"kind\":\"town, site\"", "$.territories[0].kind", "is not a TerritoryKind"),
        HostileDocument.Replace("enum number as a string", "\"kind\":\"town\"", "\"kind\":\"5\"", "$.territories[0].kind", "'5' is not a TerritoryKind"),
        HostileDocument.Replace("unknown enum name", "\"kind\":\"town\"", "\"kind\":\"city\"", "$.territories[0].kind", "'city' is not a TerritoryKind"),

        // Schema versions.
        HostileDocument.Replace("newer major version", "\"1.0\"", "\"2.0\"", "$.schemaVersion", "reads schema version 1.x only"),
        HostileDocument.Replace("malformed version", "\"1.0\"", "\"one\"", "$.schemaVersion", "not a schema version"),
        HostileDocument.Replace("newer minor version", "\"1.0\"", "\"1.7\"", null, ""),
        HostileDocument.Whole("newer major version given last", HostileDocument.Valid.Replace("\"schemaVersion\":\"1.0\",", "", StringComparison.Ordinal)[..^1] + ",\"schemaVersion\":\"2.0\"}", "$.schemaVersion", "reads schema version 1.x only"),

        // Bytes and syntax.
        new HostileDocument("invalid UTF-8 in a string", Splice("\"text\":\"ISIS\"", [.. "\"text\":\"IS"u8, 0xC3, 0x28, .. "IS\""u8]), "$.actors[0].names", "invalid UTF-8"),
        new HostileDocument("invalid UTF-8 in a member name", Splice("\"kind\":\"town\"", [.. "\"ki"u8, 0xFF, .. "d\":\"town\""u8]), "$.territories[0].ki\uFFFDd", "could not be mapped"),
        HostileDocument.Whole("truncated document", HostileDocument.Valid[..(HostileDocument.Valid.Length / 2)], "$.incidents[0]", "end of data"),
        HostileDocument.Whole("empty document", "", "$", "LineNumber: 0"),
        new HostileDocument("byte-order mark", [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(HostileDocument.Valid)], null, ""),
        HostileDocument.Replace("comment", "\"actors\":", "/* note */\"actors\":", "$", "'/' is an invalid start"),
        HostileDocument.Replace("trailing comma", "\"sources\":[\"a\"]", "\"sources\":[\"a\",]", "$.actors[0].sources[1]", "trailing comma"),
        HostileDocument.Whole("two documents in a row", HostileDocument.Valid + HostileDocument.Valid, "$", "after a single JSON value"),
        HostileDocument.Replace("single quotes", "\"id\":\"isis\"", "\"id\":'isis'", "$.actors[0].id", "''' is an invalid start"),

        // Size.
        HostileDocument.Replace("10 MB free-text string", "\"provider\":\"isis\"", $"\"provider\":\"isis\",\"description\":\"{TenMegabytes}\"", "$.support[0].description", "longer than 65536"),
        HostileDocument.Replace("10 MB name", "\"text\":\"ISIS\"", $"\"text\":\"{TenMegabytes}\"", "$.actors[0].names", "longer than 1024"),
        HostileDocument.Replace("10 MB identifier", "\"id\":\"isis\"", $"\"id\":\"{TenMegabytes}\"", "$.actors[0].id", "longer than 64"),
        HostileDocument.Replace("10 MB member name", "\"kind\":\"town\"", $"\"kind\":\"town\",\"{TenMegabytes}\":1", $"$.territories[0].{new string('x', 256 - "$.territories[0].".Length)}…", "could not be mapped"),
        HostileDocument.Replace("5 000-deep nesting", "\"provider\":\"isis\"", $"\"provider\":\"isis\",\"description\":{string.Concat(Enumerable.Repeat("{\"a\":", 5000))}1{new string('}', 5000)}", "$.support[0].description", ""),
        HostileDocument.Replace("5 000-deep arrays as a record", "\"actors\":[", $"\"actors\":[{new string('[', 5000)}{new string(']', 5000)},", "$.actors[0]", "could not be converted"),
        HostileDocument.Replace("200 000 identifiers in one array", "\"sources\":[\"a\"]", $"\"sources\":[{string.Join(',', Enumerable.Repeat("\"a\"", 200_000))}]", null, ""),
        HostileDocument.Replace("200 000 nulls as records", "\"actors\":[", $"\"actors\":[{string.Join(',', Enumerable.Repeat("null", 200_000))},", "$", "Element 0 of 'actors' is null"),
        HostileDocument.Replace("200 000 numbers in an unknown member", "\"actors\":", $"\"extra\":[{string.Join(',', Enumerable.Repeat("1", 200_000))}],\"actors\":", "$.extra", "could not be mapped"),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_hostile_document_is_read_as_the_table_says_whichever_way_it_is_read(HostileDocument document)
    {
        var outcomes = new (string Way, Func<Coordination.Domain.Catalog.CoordinationCatalog> Read)[]
        {
            ("string", () => CoordinationJson.Deserialize(Encoding.UTF8.GetString(document.Utf8))),
            ("bytes", () => CoordinationJson.Deserialize(document.Utf8.AsSpan())),
            ("stream", () => CoordinationJson.Deserialize(new MemoryStream(document.Utf8))),
            ("async stream", () => CoordinationJson.DeserializeAsync(new MemoryStream(document.Utf8)).AsTask().GetAwaiter().GetResult()),
        };
        foreach (var (way, read) in outcomes)
        {
            if (document.Accepted)
            {
                Assert.NotNull(read());
                continue;
            }

            // A string holds no invalid UTF-8: decoding it gives U+FFFD, another document, read by the other ways.
            if (way == "string" && document.Case.Contains("UTF-8", StringComparison.Ordinal))
            {
                continue;
            }

            var error = Assert.ThrowsAny<JsonException>(() => read());
            Assert.True(error.Path == document.Path, $"{way}: path {error.Path}, expected {document.Path}; {error.Message}");
            Assert.Contains(document.Message, error.Message, StringComparison.Ordinal);
            Assert.Contains($"Path: {document.Path} | LineNumber: ", error.Message, StringComparison.Ordinal);
            Assert.True(error.Message.Length <= 2_000, $"{way}: a message of {error.Message.Length} characters.");
        }
    }

    [Fact]
    public void A_document_over_the_byte_limit_is_refused_before_it_is_read()
    {
        var limits = new CoordinationJsonReaderOptions { MaxDocumentBytes = 100 };
        var bytes = Encoding.UTF8.GetBytes(HostileDocument.Valid);
        foreach (var read in new Action[]
        {
            () => CoordinationJson.Deserialize(HostileDocument.Valid, limits),
            () => CoordinationJson.Deserialize(bytes.AsSpan(), limits),
            () => CoordinationJson.Deserialize(new MemoryStream(bytes), limits),
            () => CoordinationJson.DeserializeAsync(new MemoryStream(bytes), limits).AsTask().GetAwaiter().GetResult(),
        })
        {
            var error = Assert.ThrowsAny<JsonException>(read);
            Assert.Contains("MaxDocumentBytes", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_document_of_exactly_the_byte_limit_is_read()
    {
        var bytes = Encoding.UTF8.GetBytes(HostileDocument.Valid);
        var limits = new CoordinationJsonReaderOptions { MaxDocumentBytes = bytes.Length };
        Assert.NotNull(CoordinationJson.Deserialize(new MemoryStream(bytes), limits));
        Assert.NotNull(CoordinationJson.Deserialize(bytes.AsSpan(), limits));
        Assert.NotNull(CoordinationJson.Deserialize(HostileDocument.Valid, limits));
    }

    [Fact]
    public void Limits_can_be_tightened_and_loosened()
    {
        var deep = new CoordinationJsonReaderOptions { MaxDepth = 4 };
        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Deserialize(HostileDocument.Valid, deep));
        Assert.Contains("depth", error.Message, StringComparison.Ordinal);

        var shortStrings = new CoordinationJsonReaderOptions { MaxStringLength = 10 };
        var document = HostileDocument.Replace("description", "\"provider\":\"isis\"", "\"provider\":\"isis\",\"description\":\"eleven char\"", null, "");
        error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Deserialize(document.Utf8.AsSpan(), shortStrings));
        Assert.Contains("longer than 10", error.Message, StringComparison.Ordinal);

        var longStrings = new CoordinationJsonReaderOptions { MaxStringLength = 20 * 1024 * 1024 };
        var big = HostileDocument.Replace("description", "\"provider\":\"isis\"", $"\"provider\":\"isis\",\"description\":\"{TenMegabytes}\"", null, "");
        Assert.Equal(TenMegabytes, CoordinationJson.Deserialize(big.Utf8.AsSpan(), longStrings).Support[0].Description);
    }

    [Theory]
    [InlineData(0, 1, 1, 1)]
    [InlineData(1, 0, 1, 1)]
    [InlineData(1, 1, 0, 1)]
    [InlineData(1, 1, 1, 0)]
    [InlineData(1001, 1, 1, 1)]
    public void Limits_out_of_range_are_refused(int depth, long bytes, int chars, int line) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoordinationJsonReaderOptions { MaxDepth = depth, MaxDocumentBytes = bytes, MaxStringLength = chars, MaxLineBytes = line });

    private static byte[] Splice(string find, byte[] replacement)
    {
        var valid = Encoding.UTF8.GetBytes(HostileDocument.Valid);
        var at = valid.AsSpan().IndexOf(Encoding.UTF8.GetBytes(find));
        return [.. valid.AsSpan(0, at), .. replacement, .. valid.AsSpan(at + Encoding.UTF8.GetByteCount(find))];
    }
}
