using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Serialization.Converters;

namespace Coordination.Domain.Serialization;

/// <summary>
/// The definitions (<c>$defs</c>) of one schema, gathered as they are referred to. The types read by the
/// hand-written converters describe themselves (<see cref="IJsonSchemaSource"/>: an object converter from its
/// member table, a string-valued type from its format, an enum from its names), so no shape is written a
/// second time here; only two source-generated types that many records hold are described by hand.
/// </summary>
internal sealed class CoordinationJsonSchemaDefinitions
{
    // Positional Casualties has defaults for Killed and Injured, which the exporter would describe by their default alone;
    // Inference, held by many records, would be described in place, or as a "$ref" to the path where it was first met.
    private static readonly Dictionary<Type, (string Name, Func<CoordinationJsonSchemaDefinitions, JsonObject> Create)> BySourceGeneration = new()
    {
        [typeof(Inference)] = ("inference", defs => Object(
            "Marks a fact as inferred rather than stated: the reasoning that leads to it and the sources it was inferred from (at least one, which the validators check).",
            [("reasoning", new JsonObject { ["type"] = "string" }), ("from", new JsonObject { ["type"] = "array", ["items"] = defs.Of(new IdentifierJsonConverter<SourceId>()) })],
            ["reasoning"])),
        [typeof(Casualties)] = ("casualties", defs => Object(
            "The casualties of one affected party; a count left out is not reported (an explicit zero is zero).",
            [("party", defs.Of(new AffectedPartyJsonConverter())), ("killed", OrNull(defs.Of(new CasualtyEstimateJsonConverter()))), ("injured", OrNull(defs.Of(new CasualtyEstimateJsonConverter())))],
            ["party"])),
    };

    private readonly SortedDictionary<string, JsonObject?> definitions = new(StringComparer.Ordinal);
    private readonly Queue<(string Name, Func<JsonObject> Create)> pending = new();

    /// <summary>Returns the schema of what a converter reads: a reference to its definition, or the schema itself.</summary>
    internal JsonObject Of(JsonConverter converter)
    {
        var source = converter as IJsonSchemaSource ?? throw new InvalidOperationException($"{converter.GetType().Name} does not describe its schema.");
        return source.DefinitionName is { } name ? Refer(name, () => source.CreateSchema(this)) : source.CreateSchema(this);
    }

    /// <summary>Returns the schema of a type read by a hand-written converter or described here, or <see langword="null"/> for one the exporter describes.</summary>
    internal JsonObject? Of(Type type, JsonSerializerOptions options) =>
        BySourceGeneration.TryGetValue(type, out var entry) ? Refer(entry.Name, () => entry.Create(this))
        : options.GetTypeInfo(type).Converter is var converter and IJsonSchemaSource ? Of(converter)
        : null;

    /// <summary>Creates the definitions referred to so far, and those they refer to, sorted by name.</summary>
    internal JsonObject Create()
    {
        while (pending.TryDequeue(out var next))
        {
            definitions[next.Name] = next.Create();
        }

        return new JsonObject(definitions.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value)));
    }

    /// <summary>Creates a reference to a definition.</summary>
    internal static JsonObject Reference(string name) => new() { ["$ref"] = $"#/$defs/{name}" };

    /// <summary>Allows null beside a schema.</summary>
    internal static JsonObject OrNull(JsonObject schema) =>
        schema.Count == 1 && schema["type"] is JsonValue type
            ? new JsonObject { ["type"] = new JsonArray((string)type!, "null") }
            : new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    /// <summary>A string of a pattern.</summary>
    internal static JsonObject Text(string pattern, int maxLength, string description) => new()
    {
        ["type"] = "string",
        ["pattern"] = pattern,
        ["maxLength"] = maxLength,
        ["description"] = description,
    };

    /// <summary>A closed object.</summary>
    internal static JsonObject Object(string description, (string Name, JsonObject Schema)[] properties, string[] required)
    {
        var result = new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)p.Schema))),
        };
        if (required.Length > 0)
        {
            result["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        result["additionalProperties"] = false;
        return result;
    }

    /// <summary>Adds: when <paramref name="member"/> is <paramref name="value"/>, an actor is required (<paramref name="thenActor"/>) or forbidden, and the other way otherwise.</summary>
    internal static JsonObject Conditional(JsonObject schema, string member, string value, bool thenActor, JsonObject actor)
    {
        JsonObject Required() => new() { ["required"] = new JsonArray("actor"), ["properties"] = new JsonObject { ["actor"] = actor.DeepClone() } };
        JsonObject Forbidden() => new() { ["properties"] = new JsonObject { ["actor"] = new JsonObject { ["type"] = "null" } } };
        schema["if"] = new JsonObject { ["properties"] = new JsonObject { [member] = new JsonObject { ["const"] = value } } };
        schema["then"] = thenActor ? Required() : Forbidden();
        schema["else"] = thenActor ? Forbidden() : Required();
        return schema;
    }

    private JsonObject Refer(string name, Func<JsonObject> create)
    {
        if (definitions.TryAdd(name, null))
        {
            pending.Enqueue((name, create));
        }

        return Reference(name);
    }
}
