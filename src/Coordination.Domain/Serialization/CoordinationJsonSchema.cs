using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Coordination.Domain.Serialization;

/// <summary>
/// Builds the JSON Schema (draft 2020-12) of the catalog document with the framework's
/// <see cref="JsonSchemaExporter"/>. The exporter describes source-generated types itself; the types read
/// by hand-written converters (identifiers, names, dates, money, …) it cannot see into, so they are
/// described by the converters themselves and referenced from <c>$defs</c> (<see cref="CoordinationJsonSchemaDefinitions"/>).
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
        var definitions = new CoordinationJsonSchemaDefinitions();
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, definitions),
        };
        var body = options.GetTypeInfo(typeof(CoordinationCatalogDocument)).GetJsonSchemaAsNode(exporterOptions).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "Coordination.Domain catalog document",
            ["description"] = $"A catalog of security coordination between Iraqi and Kurdish forces, schema version {CoordinationCatalogDocument.CurrentSchemaVersion} (documents of version {CoordinationCatalogDocument.SupportedMajorVersion}.x are read). Generated from the types of Coordination.Domain; see docs/json.md. Cross-member rules (a period's end after its start, a reported date's range fitting its precision) are checked by the reader, cross-record rules by the validators.",
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            root[name] = value;
        }

        root["$defs"] = definitions.Create();
        return root;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, CoordinationJsonSchemaDefinitions definitions)
    {
        var options = context.TypeInfo.Options;

        // The exporter leaves out "items" when it cannot describe the elements (those read by a converter here).
        if (context.TypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable
            && node is JsonObject array && !array.ContainsKey("items")
            && context.TypeInfo.ElementType is { } elementType && definitions.Of(elementType, options) is { } items)
        {
            array["items"] = items;

            // An array of the same element type met again inside a type met before (the sources of an
            // Inference, which several records hold) comes as a "$ref" to its first path; the array is
            // described in full instead, so that every reference points into $defs.
            if (array.Remove("$ref"))
            {
                array["type"] = "array";
            }

            return array;
        }

        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || (!type.IsValueType && context.PropertyInfo is { IsSetNullable: true });
        var schema = context.PropertyInfo?.CustomConverter is { } custom ? definitions.Of(custom) : definitions.Of(underlying ?? type, options);
        return schema is null ? node : nullable ? CoordinationJsonSchemaDefinitions.OrNull(schema) : schema;
    }
}
