using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Provenance;
using NodaTime;
using NodaTime.Text;
using static Coordination.Domain.Serialization.CoordinationJsonSchemaDefinitions;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// A <see cref="RecordOrigin"/> as <c>{ "dataSet": "ACLED", "release": "25.1", "eventId": "IRQ1", "isEventIdDerived": true,
/// "updatedAt": "2024-01-05T10:00:00Z", "fields": [["event_id_cnty", "IRQ1"], …] }</c>: data set and event id required, the
/// others omitted when null, false or empty; the fields written on one line even when indented, so that thirty pairs stay
/// compact. Strings are bounded by the options' free-text limit (a row's value may be long).
/// </summary>
internal sealed class RecordOriginJsonConverter() : ObjectJsonConverter<RecordOrigin, (string? DataSet, string? Release, string? EventId, bool Derived, Instant? UpdatedAt, ImmutableArray<OriginField> Fields)>(
    "an origin",
    "Where an imported record came from: the data set (ACLED, UCDP GED) and its release, the record's id there (derived from the row's content when isEventIdDerived), when the data set last changed it (an ISO-8601 instant in UTC), and every column of the row as [column, value] pairs in the file's order, values exactly as read.",
    Required("dataSet", FreeText("the data set of an origin", nullable: false), o => o.DataSet ?? throw Unwritable("data set"), (ref s, v) => s.DataSet = v),
    Optional("release", FreeText("the release of an origin", nullable: true), o => o.Release, (ref s, v) => s.Release = v, o => o.Release is not null),
    Required("eventId", FreeText("the event id of an origin", nullable: false), o => o.EventId ?? throw Unwritable("event id"), (ref s, v) => s.EventId = v),
    Optional("isEventIdDerived", Boolean("isEventIdDerived of an origin", "Whether eventId was derived from the row's content because the file held none."), o => o.IsEventIdDerived, (ref s, v) => s.Derived = v, o => o.IsEventIdDerived),
    Nullable("updatedAt", InstantText, o => o.UpdatedAt, (ref s, v) => s.UpdatedAt = v),
    Optional("fields", CompactFields, o => o.Fields, (ref s, v) => s.Fields = v, o => !o.Fields.IsDefaultOrEmpty))
{
    private static TextJsonConverter<Instant> InstantText => new(new(
        "the last update of an origin",
        40,
        text => JsonReading.Parse(InstantPattern.ExtendedIso, text, "an instant in the form uuuu-MM-ddTHH:mm:ssZ (UTC, an optional fraction of a second)"),
        InstantPattern.ExtendedIso.Format,
        () => Text("^-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z$", 40, "An instant in UTC, uuuu-MM-ddTHH:mm:ssZ with an optional fraction of a second.")));

    private static ValueJsonConverter<ImmutableArray<OriginField>> CompactFields => new(
        (ref r, o) => ReadFields(ref r, MaxLength(o)),
        WriteFields,
        _ => new()
        {
            ["type"] = "array",
            ["items"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "One column of the row: [column, value].",
                ["prefixItems"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "string" }),
                ["items"] = false,
                ["minItems"] = 2,
            },
        });

    /// <inheritdoc />
    // A buffer grown past this by one huge origin is let go after use instead of being kept for the thread's life.
    private const int MaxKeptBuffer = 64 * 1024;

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? compactBuffer;

    protected override RecordOrigin Create(in (string? DataSet, string? Release, string? EventId, bool Derived, Instant? UpdatedAt, ImmutableArray<OriginField> Fields) state) =>
        new() { DataSet = state.DataSet!, Release = state.Release, EventId = state.EventId!, IsEventIdDerived = state.Derived, UpdatedAt = state.UpdatedAt, Fields = state.Fields };

    private static JsonException Unwritable(string member) => new($"The {member} of an origin is null and cannot be written; the contract requires one.");

    private static ValueJsonConverter<string?> FreeText(string what, bool nullable) => new(
        (ref r, o) => nullable && r.TokenType == JsonTokenType.Null ? null : JsonReading.ReadString(ref r, what, MaxLength(o)),
        (w, v, o) => w.WriteStringValue(v),
        _ => new() { ["type"] = nullable ? new JsonArray("string", "null") : "string" });

    // The limit of the options' free-text converter: CoordinationJson.CreateOptions puts a caller's first.
    private static int MaxLength(JsonSerializerOptions options)
    {
        foreach (var converter in options.Converters)
        {
            if (converter is BoundedStringJsonConverter bounded)
            {
                return bounded.MaxLength;
            }
        }

        return CoordinationJsonReaderOptions.DefaultMaxStringLength;
    }

    // The fields are written on one line even in an indented document, a pair per column: written straight to a
    // compact writer, through a buffer (kept per thread, so that a row of 31 columns costs no allocation) and
    // WriteRawValue to an indented one.
    private static void WriteFields(Utf8JsonWriter writer, ImmutableArray<OriginField> fields, JsonSerializerOptions options)
    {
        if (!writer.Options.Indented)
        {
            WritePairs(writer, fields);
            return;
        }

        var buffer = compactBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var compact = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = false }))
        {
            WritePairs(compact, fields);
        }

        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
        if (buffer.Capacity > MaxKeptBuffer)
        {
            compactBuffer = null;
        }
    }

    private static void WritePairs(Utf8JsonWriter writer, ImmutableArray<OriginField> fields)
    {
        writer.WriteStartArray();
        foreach (var field in fields)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(field.Column);
            writer.WriteStringValue(field.Value);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static ImmutableArray<OriginField> ReadFields(ref Utf8JsonReader reader, int max)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonReading.WrongToken(ref reader, "the fields of an origin", "an array of [column, value] pairs");
        }

        var fields = ImmutableArray.CreateBuilder<OriginField>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw JsonReading.WrongToken(ref reader, "a field of an origin", "a [column, value] pair of strings");
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                throw new JsonException($"Field {fields.Count} of an origin is empty; expected a [column, value] pair of strings.");
            }

            var column = JsonReading.ReadString(ref reader, "the column of a field of an origin", max);
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                throw new JsonException($"Field {fields.Count} of an origin ('{JsonReading.Quote(column)}') has no value; expected a [column, value] pair of strings.");
            }

            var value = JsonReading.ReadString(ref reader, "the value of a field of an origin", max);
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException($"Field {fields.Count} of an origin ('{JsonReading.Quote(column)}') has more than two members; expected a [column, value] pair of strings.");
            }

            fields.Add(new OriginField(column, value));
        }

        return fields.ToImmutable();
    }
}
