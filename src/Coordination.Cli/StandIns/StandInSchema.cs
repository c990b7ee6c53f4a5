namespace Coordination.Cli.StandIns;

/// <summary>
/// TEMPORARY: the outline of the catalog document's JSON Schema until <c>CoordinationJson.GetSchema()</c>
/// (generated from the types) is merged. It describes the top level only.
/// </summary>
internal static class StandInSchema
{
    /// <summary>The schema, as JSON text.</summary>
    public const string Text = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://github.com/coordination-domain/coordination-domain/docs/schema/coordination-catalog.schema.json",
          "title": "Coordination catalog",
          "description": "A catalog of security coordination between Iraqi and Kurdish forces (outline: records are described by the full schema).",
          "type": "object",
          "required": ["schemaVersion"],
          "additionalProperties": false,
          "properties": {
            "schemaVersion": { "type": "string", "pattern": "^1\\.[0-9]+$" },
            "actors": { "type": "array", "items": { "type": "object" } },
            "people": { "type": "array", "items": { "type": "object" } },
            "territories": { "type": "array", "items": { "type": "object" } },
            "lines": { "type": "array", "items": { "type": "object" } },
            "mechanisms": { "type": "array", "items": { "type": "object" } },
            "incidents": { "type": "array", "items": { "type": "object" } },
            "support": { "type": "array", "items": { "type": "object" } },
            "sources": { "type": "array", "items": { "type": "object" } },
            "statements": { "type": "array", "items": { "type": "object" } }
          }
        }
        """;
}
