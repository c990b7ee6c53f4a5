namespace Coordination.Cli.Commands.Report;

/// <summary>How <c>coordination report</c> writes the report.</summary>
internal enum ReportFormat
{
    /// <summary>Tables on an interactive terminal, plain text when the output is redirected.</summary>
    Text = 0,

    /// <summary>Tables, even when the output is redirected.</summary>
    Table = 1,

    /// <summary>Markdown: a heading and a pipe table per section.</summary>
    Markdown = 2,

    /// <summary>JSON, the report's data as one document.</summary>
    Json = 3,
}
