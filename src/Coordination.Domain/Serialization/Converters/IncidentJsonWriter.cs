using System.Collections.Immutable;
using System.Text.Json;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Writes an <see cref="Incident"/> straight to a <see cref="Utf8JsonWriter"/>: the records the serializer
/// would walk through their source-generated metadata (the incident, its location, casualties, reported totals
/// and inference) are written here member by member, with their names encoded once, and every value through
/// the contract's own converter (identifiers, enums, the reported date, points, perpetrators, parties,
/// estimates, the origin). The bytes are those of the generic path
/// (<see cref="CoordinationJson.Options"/>, which the tests check over generated incidents): members in
/// declaration order, a null member omitted, every array written even when empty.
/// </summary>
/// <remarks>
/// A value the contract cannot express (a null element of an array, a <c>default</c> identifier, an undefined
/// enum value) throws a <see cref="JsonException"/> here too, but without the path the serializer adds; the
/// callers (<see cref="CatalogJsonWriter"/>) then write the same value through the generic path, which throws
/// the documented exception. The writer holds no state of its own and is thread-safe.
/// </remarks>
internal sealed class IncidentJsonWriter
{
    /// <summary>The JSON members of an incident, in the order the contract writes them; a test checks them against the generic path's metadata.</summary>
    internal static readonly ImmutableArray<string> MemberNames =
        ["id", "kind", "date", "location", "perpetrators", "targets", "casualties", "summary", "reportedTotals", "sources", "inference", "origin"];

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText Perpetrators = JsonEncodedText.Encode("perpetrators");
    private static readonly JsonEncodedText Targets = JsonEncodedText.Encode("targets");
    private static readonly JsonEncodedText Casualties = JsonEncodedText.Encode("casualties");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText ReportedTotals = JsonEncodedText.Encode("reportedTotals");
    private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText Inference = JsonEncodedText.Encode("inference");
    private static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");
    private static readonly JsonEncodedText PlaceName = JsonEncodedText.Encode("placeName");
    private static readonly JsonEncodedText Territory = JsonEncodedText.Encode("territory");
    private static readonly JsonEncodedText Point = JsonEncodedText.Encode("point");
    private static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
    private static readonly JsonEncodedText Party = JsonEncodedText.Encode("party");
    private static readonly JsonEncodedText Killed = JsonEncodedText.Encode("killed");
    private static readonly JsonEncodedText Injured = JsonEncodedText.Encode("injured");
    private static readonly JsonEncodedText Reasoning = JsonEncodedText.Encode("reasoning");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");

    private readonly IdentifierJsonConverter<IncidentId> incidentId = new();
    private readonly IdentifierJsonConverter<TerritoryId> territoryId = new();
    private readonly IdentifierJsonConverter<SourceId> sourceId = new();
    private readonly CamelCaseEnumJsonConverter<IncidentKind> incidentKind = new();
    private readonly CamelCaseEnumJsonConverter<LocationPrecision> locationPrecision = new();
    private readonly ReportedDateJsonConverter reportedDate = new();
    private readonly GeoPointJsonConverter geoPoint = new();
    private readonly PerpetratorJsonConverter perpetrator = new();
    private readonly AffectedPartyJsonConverter affectedParty = new();
    private readonly CasualtyEstimateJsonConverter estimate = new();
    private readonly RecordOriginJsonConverter recordOrigin = new();
    private readonly BoundedStringJsonConverter text = new();
    private readonly JsonSerializerOptions options;

    /// <summary>Creates the writer.</summary>
    /// <param name="options">The options passed on to the value converters (the contract's, compact or indented).</param>
    internal IncidentJsonWriter(JsonSerializerOptions options) => this.options = options;

    /// <summary>Writes one incident as a JSON object.</summary>
    /// <param name="writer">The writer, at a place where a value may stand.</param>
    /// <param name="incident">The incident.</param>
    /// <exception cref="JsonException">The incident holds a value the contract cannot express.</exception>
    internal void Write(Utf8JsonWriter writer, Incident incident)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Id);
        incidentId.Write(writer, incident.Id, options);
        writer.WritePropertyName(Kind);
        incidentKind.Write(writer, incident.Kind, options);
        writer.WritePropertyName(Date);
        reportedDate.Write(writer, incident.Date, options);
        if (incident.Location is { } location)
        {
            writer.WritePropertyName(Location);
            WriteLocation(writer, location);
        }

        writer.WritePropertyName(Perpetrators);
        writer.WriteStartArray();
        foreach (var one in incident.Perpetrators)
        {
            perpetrator.Write(writer, one ?? throw NullElement("perpetrators"), options);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(Targets);
        writer.WriteStartArray();
        foreach (var target in incident.Targets)
        {
            affectedParty.Write(writer, target, options);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(Casualties);
        writer.WriteStartArray();
        foreach (var casualties in incident.Casualties)
        {
            WriteCasualties(writer, casualties ?? throw NullElement("casualties"));
        }

        writer.WriteEndArray();
        if (incident.Summary is { } summary)
        {
            writer.WritePropertyName(Summary);
            text.Write(writer, summary, options);
        }

        if (incident.ReportedTotals is { } totals)
        {
            writer.WritePropertyName(ReportedTotals);
            WriteTotals(writer, totals);
        }

        writer.WritePropertyName(Sources);
        WriteSources(writer, incident.Sources);
        if (incident.Inference is { } inference)
        {
            writer.WritePropertyName(Inference);
            writer.WriteStartObject();
            if (inference.Reasoning is { } reasoning)
            {
                writer.WritePropertyName(Reasoning);
                text.Write(writer, reasoning, options);
            }

            writer.WritePropertyName(From);
            WriteSources(writer, inference.From);
            writer.WriteEndObject();
        }

        if (incident.Origin is { } origin)
        {
            writer.WritePropertyName(Origin);
            recordOrigin.Write(writer, origin, options);
        }

        writer.WriteEndObject();
    }

    private static JsonException NullElement(string member) => new($"An element of '{member}' of an incident is null and cannot be written.");

    private void WriteLocation(Utf8JsonWriter writer, IncidentLocation location)
    {
        writer.WriteStartObject();
        if (location.PlaceName is { } placeName)
        {
            writer.WritePropertyName(PlaceName);
            text.Write(writer, placeName, options);
        }

        if (location.Territory is { } territory)
        {
            writer.WritePropertyName(Territory);
            territoryId.Write(writer, territory, options);
        }

        if (location.Point is { } point)
        {
            writer.WritePropertyName(Point);
            geoPoint.Write(writer, point, options);
        }

        writer.WritePropertyName(Precision);
        locationPrecision.Write(writer, location.Precision, options);
        writer.WriteEndObject();
    }

    private void WriteCasualties(Utf8JsonWriter writer, Casualties casualties)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Party);
        affectedParty.Write(writer, casualties.Party, options);
        WriteEstimates(writer, casualties.Killed, casualties.Injured);
        writer.WriteEndObject();
    }

    private void WriteTotals(Utf8JsonWriter writer, CasualtyTotals totals)
    {
        writer.WriteStartObject();
        WriteEstimates(writer, totals.Killed, totals.Injured);
        writer.WritePropertyName(Sources);
        WriteSources(writer, totals.Sources);
        writer.WriteEndObject();
    }

    private void WriteEstimates(Utf8JsonWriter writer, CasualtyEstimate? killed, CasualtyEstimate? injured)
    {
        if (killed is { } k)
        {
            writer.WritePropertyName(Killed);
            estimate.Write(writer, k, options);
        }

        if (injured is { } i)
        {
            writer.WritePropertyName(Injured);
            estimate.Write(writer, i, options);
        }
    }

    private void WriteSources(Utf8JsonWriter writer, ImmutableArray<SourceId> sources)
    {
        writer.WriteStartArray();
        foreach (var source in sources)
        {
            sourceId.Write(writer, source, options);
        }

        writer.WriteEndArray();
    }
}
