using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Provenance;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="RecordOrigin"/> as
/// <c>{ "dataSet": "ACLED", "release": "25.1", "eventId": "IRQ1", "isEventIdDerived": true, "updatedAt": "2023-11-14T22:13:20Z", "fields": [["event_id_cnty", "IRQ1"], …] }</c>.
/// </summary>
/// <remarks>
/// <c>dataSet</c> and <c>eventId</c> are required; <c>release</c> and <c>updatedAt</c> are omitted when
/// <see langword="null"/> (and read as such when null), <c>isEventIdDerived</c> when false and <c>fields</c> when
/// empty. Each field is a pair <c>[column, value]</c> of strings, so that a row of thirty columns stays one
/// compact line. <c>updatedAt</c> is an ISO-8601 instant in UTC (<see cref="InstantPattern.ExtendedIso"/>), with
/// a fraction of a second only when there is one. Strings are bounded as free text is
/// (<see cref="CoordinationJsonReaderOptions.MaxStringLength"/>). Blank names are the validators' to report.
/// </remarks>
internal sealed class RecordOriginJsonConverter : JsonConverter<RecordOrigin>
{
    private const string What = "an origin";

    private const string FieldWhat = "a field of an origin";

    /// <inheritdoc />
    public override RecordOrigin Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        var max = MaxLength(options);
        string? dataSet = null, release = null, eventId = null;
        var derived = false;
        Instant? updatedAt = null;
        var fields = ImmutableArray<OriginField>.Empty;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("dataSet"u8))
            {
                JsonReading.Mark(ref seen, 0, "dataSet", What);
                JsonReading.Value(ref reader);
                dataSet = JsonReading.ReadString(ref reader, "the data set of an origin", max);
            }
            else if (reader.ValueTextEquals("release"u8))
            {
                JsonReading.Mark(ref seen, 1, "release", What);
                JsonReading.Value(ref reader);
                release = reader.TokenType == JsonTokenType.Null ? null : JsonReading.ReadString(ref reader, "the release of an origin", max);
            }
            else if (reader.ValueTextEquals("eventId"u8))
            {
                JsonReading.Mark(ref seen, 2, "eventId", What);
                JsonReading.Value(ref reader);
                eventId = JsonReading.ReadString(ref reader, "the event id of an origin", max);
            }
            else if (reader.ValueTextEquals("isEventIdDerived"u8))
            {
                JsonReading.Mark(ref seen, 3, "isEventIdDerived", What);
                JsonReading.Value(ref reader);
                derived = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => throw JsonReading.WrongToken(ref reader, "isEventIdDerived of an origin", "true or false"),
                };
            }
            else if (reader.ValueTextEquals("updatedAt"u8))
            {
                JsonReading.Mark(ref seen, 4, "updatedAt", What);
                JsonReading.Value(ref reader);
                updatedAt = reader.TokenType == JsonTokenType.Null ? null : ReadInstant(ref reader);
            }
            else if (reader.ValueTextEquals("fields"u8))
            {
                JsonReading.Mark(ref seen, 5, "fields", What);
                JsonReading.Value(ref reader);
                fields = ReadFields(ref reader, max);
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "dataSet", What);
        JsonReading.Require(seen, 2, "eventId", What);
        return new RecordOrigin { DataSet = dataSet!, Release = release, EventId = eventId!, IsEventIdDerived = derived, UpdatedAt = updatedAt, Fields = fields };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RecordOrigin value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("dataSet"u8, value.DataSet ?? throw new JsonException("The data set of an origin is null and cannot be written; the contract requires one."));
        if (value.Release is { } release)
        {
            writer.WriteString("release"u8, release);
        }

        writer.WriteString("eventId"u8, value.EventId ?? throw new JsonException("The event id of an origin is null and cannot be written; the contract requires one."));
        if (value.IsEventIdDerived)
        {
            writer.WriteBoolean("isEventIdDerived"u8, true);
        }

        if (value.UpdatedAt is { } updatedAt)
        {
            writer.WriteString("updatedAt"u8, InstantPattern.ExtendedIso.Format(updatedAt));
        }

        if (!value.Fields.IsDefaultOrEmpty)
        {
            // One line per origin even when indented: thirty pairs stay readable and compact.
            writer.WritePropertyName("fields"u8);
            writer.WriteRawValue(CompactFields(value.Fields, options), skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    private static string CompactFields(ImmutableArray<OriginField> fields, JsonSerializerOptions options)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var compact = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = false }))
        {
            compact.WriteStartArray();
            foreach (var field in fields)
            {
                compact.WriteStartArray();
                compact.WriteStringValue(field.Column);
                compact.WriteStringValue(field.Value);
                compact.WriteEndArray();
            }

            compact.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

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

    private static Instant ReadInstant(ref Utf8JsonReader reader)
    {
        var text = JsonReading.ReadString(ref reader, "the last update of an origin", 40);
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{text}' is not an instant in the form uuuu-MM-ddTHH:mm:ssZ (UTC, an optional fraction of a second): {result.Exception.Message}", result.Exception);
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
                throw JsonReading.WrongToken(ref reader, FieldWhat, "a [column, value] pair of strings");
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
                throw new JsonException($"Field {fields.Count} of an origin ('{Short(column)}') has no value; expected a [column, value] pair of strings.");
            }

            var value = JsonReading.ReadString(ref reader, "the value of a field of an origin", max);
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException($"Field {fields.Count} of an origin ('{Short(column)}') has more than two members; expected a [column, value] pair of strings.");
            }

            fields.Add(new OriginField(column, value));
        }

        return fields.ToImmutable();
    }

    private static string Short(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "…");
}
