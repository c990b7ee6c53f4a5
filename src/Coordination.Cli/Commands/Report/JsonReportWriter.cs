using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Coordination.Cli.Commands.Report;

/// <summary>Writes a report as one JSON document, through the source-generated <see cref="ReportJsonContext"/>.</summary>
internal static class JsonReportWriter
{
    // Names in Arabic and Kurdish script stay readable: this output is data, never embedded in HTML.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(SituationReport report, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(report, Context.SituationReport));
    }
}
