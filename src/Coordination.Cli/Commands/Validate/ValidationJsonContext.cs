using System.Text.Json.Serialization;

namespace Coordination.Cli.Commands.Validate;

/// <summary>The source-generated System.Text.Json context of <c>coordination validate --format json</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationReport))]
internal sealed partial class ValidationJsonContext : JsonSerializerContext;
