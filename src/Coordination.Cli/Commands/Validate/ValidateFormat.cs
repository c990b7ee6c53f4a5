namespace Coordination.Cli.Commands.Validate;

/// <summary>How <c>coordination validate</c> writes its outcome (<c>--format</c>).</summary>
internal enum ValidateFormat
{
    /// <summary>One line per problem, then one line per file.</summary>
    Text = 0,

    /// <summary>One JSON document for all the files.</summary>
    Json = 1,
}
