using System.Text.Json.Serialization;

namespace Coordination.Cli.Commands.Report;

/// <summary>
/// The source-generated System.Text.Json context of <c>coordination report --format json</c>: camelCase,
/// indented, absent members omitted. No reflection at run time, so the tool stays trimmable.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SituationReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
