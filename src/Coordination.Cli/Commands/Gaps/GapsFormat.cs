namespace Coordination.Cli.Commands.Gaps;

/// <summary>The formats <c>coordination gaps</c> writes.</summary>
internal enum GapsFormat
{
    /// <summary>Tables on an interactive terminal, plain text when redirected.</summary>
    Text = 0,

    /// <summary>Always tables.</summary>
    Table = 1,

    /// <summary>A heading and a pipe table per section.</summary>
    Markdown = 2,

    /// <summary>The view's data as one JSON document.</summary>
    Json = 3,
}
