using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Coordination.Domain.Serialization.Converters;

namespace Coordination.Domain.Serialization;

/// <summary>
/// Builds the JSON Schema (draft 2020-12) of the catalog document with the framework's
/// <see cref="JsonSchemaExporter"/>. The exporter describes source-generated types itself; the types read
/// by hand-written converters (identifiers, names, dates, money, …) it cannot see into, so they are
/// described here (<see cref="CoordinationJsonSchemaDefinitions"/>) and referenced from <c>$defs</c>.
/// </summary>
internal static class CoordinationJsonSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    internal const string Id = "https://raw.githubusercontent.com/coordination-domain/coordination-domain/main/docs/schema/coordination-catalog.schema.json";

    /// <summary>Creates the schema.</summary>
    /// <param name="options">The options of the contract.</param>
    /// <returns>A new schema document.</returns>
    internal static JsonNode Create(JsonSerializerOptions options)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, used),
        };
        var body = options.GetTypeInfo(typeof(CoordinationCatalogDocument)).GetJsonSchemaAsNode(exporterOptions).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "Coordination.Domain catalog document",
            ["description"] = $"A catalog of security coordination between Iraqi and Kurdish forces, schema version {CoordinationCatalogDocument.CurrentSchemaVersion} (documents of version {CoordinationCatalogDocument.SupportedMajorVersion}.x are read). Generated from the types of Coordination.Domain; see docs/json.md. Cross-member rules (a period's end after its start, a reported date's range fitting its precision) are checked by the reader, cross-record rules by the validators.",
        };
        foreach (var name in body.Select(member => member.Key).ToList())
        {
            var value = body[name];
            body.Remove(name);
            root[name] = value;
        }

        // Definitions refer to others (a name set to names, a name to its kind); close over them.
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var pending = new Queue<string>(used);
        while (pending.TryDequeue(out var name))
        {
            if (defs.ContainsKey(name))
            {
                continue;
            }

            var definition = CoordinationJsonSchemaDefinitions.Create(name);
            defs[name] = definition;
            foreach (var reference in References(definition))
            {
                pending.Enqueue(reference);
            }
        }

        var defsNode = new JsonObject();
        foreach (var (name, definition) in defs)
        {
            defsNode[name] = definition;
        }

        root["$defs"] = defsNode;
        return root;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, SortedSet<string> used)
    {
        var type = context.TypeInfo.Type;

        // The exporter leaves out "items" when it cannot describe the elements (those read by a converter here).
        if (context.TypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable
            && node is JsonObject array && !array.ContainsKey("items")
            && context.TypeInfo.ElementType is { } elementType && CoordinationJsonSchemaDefinitions.NameOf(elementType) is { } elementName)
        {
            used.Add(elementName);
            array["items"] = CoordinationJsonSchemaDefinitions.Reference(elementName);

            // An array of the same element type met again inside a type met before (the sources of an
            // Inference, which several records hold) comes as a "$ref" to its first path; the array is
            // described in full instead, so that every reference points into $defs.
            if (array.Remove("$ref"))
            {
                array["type"] = "array";
            }

            return array;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || (!type.IsValueType && context.PropertyInfo is { IsSetNullable: true });
        type = underlying ?? type;
        JsonObject schema;
        if (context.PropertyInfo?.CustomConverter is SchemaVersionJsonConverter)
        {
            schema = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = $"^{CoordinationCatalogDocument.SupportedMajorVersion}\\.[0-9]+$",
                ["description"] = "The schema version the document follows, major.minor; written as " + CoordinationCatalogDocument.CurrentSchemaVersion + ".",
            };
        }
        else if (type == typeof(string))
        {
            schema = new JsonObject { ["type"] = "string" };
        }
        else if (type == typeof(Uri))
        {
            schema = new JsonObject { ["type"] = "string", ["format"] = "uri-reference" };
        }
        else if (CoordinationJsonSchemaDefinitions.NameOf(type) is { } name)
        {
            used.Add(name);
            schema = CoordinationJsonSchemaDefinitions.Reference(name);
        }
        else
        {
            return node;
        }

        return nullable ? CoordinationJsonSchemaDefinitions.OrNull(schema) : schema;
    }

    private static IEnumerable<string> References(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value?.GetValue<string>() is { } reference)
                    {
                        yield return reference["#/$defs/".Length..];
                    }
                    else if (value is not null)
                    {
                        foreach (var nested in References(value))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        foreach (var nested in References(item))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
        }
    }
}
