using System.Text.Json.Serialization;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>The source-generated System.Text.Json context of <c>coordination gaps --format json</c>: camelCase, indented, absent members omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GapsView))]
internal sealed partial class GapsJsonContext : JsonSerializerContext;
