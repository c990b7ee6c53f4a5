using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads and writes a <see cref="CasualtyEstimate"/> as <c>{ "low": 3, "best": 3, "high": 3 }</c>, all three
/// required whole numbers of zero or more. Their order (low ≤ best ≤ high) is left to the validators,
/// which report it with a code rather than refusing the document.
/// </summary>
internal sealed class CasualtyEstimateJsonConverter : JsonConverter<CasualtyEstimate>
{
    private const string What = "a casualty estimate";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override CasualtyEstimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, What);
        int low = 0, best = 0, high = 0;
        var seen = 0;
        while (JsonReading.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("low"u8))
            {
                JsonReading.Mark(ref seen, 0, "low", What);
                JsonReading.Value(ref reader);
                low = JsonReading.ReadInt32(ref reader, "the low estimate");
            }
            else if (reader.ValueTextEquals("best"u8))
            {
                JsonReading.Mark(ref seen, 1, "best", What);
                JsonReading.Value(ref reader);
                best = JsonReading.ReadInt32(ref reader, "the best estimate");
            }
            else if (reader.ValueTextEquals("high"u8))
            {
                JsonReading.Mark(ref seen, 2, "high", What);
                JsonReading.Value(ref reader);
                high = JsonReading.ReadInt32(ref reader, "the high estimate");
            }
            else
            {
                throw JsonReading.UnknownProperty(ref reader, What);
            }
        }

        JsonReading.Require(seen, 0, "low", What);
        JsonReading.Require(seen, 1, "best", What);
        JsonReading.Require(seen, 2, "high", What);
        try
        {
            return new CasualtyEstimate(low, best, high);
        }
        catch (ArgumentException error)
        {
            throw JsonReading.Refused(What, error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CasualtyEstimate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("low"u8, value.Low);
        writer.WriteNumber("best"u8, value.Best);
        writer.WriteNumber("high"u8, value.High);
        writer.WriteEndObject();
    }
}
