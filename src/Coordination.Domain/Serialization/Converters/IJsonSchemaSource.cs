using System.Text.Json.Nodes;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>A converter that describes what it reads and writes, so that the schema is produced from the converters themselves.</summary>
internal interface IJsonSchemaSource
{
    /// <summary>Gets the name of the definition in <c>$defs</c>, or <see langword="null"/> for a schema written in place.</summary>
    string? DefinitionName { get; }

    /// <summary>Creates the schema; the schemas of other converters are taken from <paramref name="definitions"/>.</summary>
    JsonObject CreateSchema(CoordinationJsonSchemaDefinitions definitions);
}
