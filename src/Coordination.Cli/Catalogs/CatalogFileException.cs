using System;

namespace Coordination.Cli.Catalogs;

/// <summary>
/// A catalog file that cannot be used: missing, unreadable, too large, or not a well-formed catalog
/// document. The command shows it as one line and exits with code 2.
/// </summary>
internal sealed class CatalogFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogFileException()
        : this(string.Empty, "The catalog file cannot be used.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public CatalogFileException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
    }

    /// <summary>Creates the exception for a file.</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <param name="message">What is wrong, one sentence.</param>
    /// <param name="position">Where in the file, when known.</param>
    /// <param name="path">The JSON path of the offending value, when known.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CatalogFileException(string file, string message, TextPosition? position = null, string? path = null, Exception? innerException = null)
        : base(message, innerException)
    {
        File = file;
        Position = position;
        JsonPath = path;
    }

    /// <summary>Gets the file as the user named it.</summary>
    public string File { get; }

    /// <summary>Gets where in the file the problem is, when known.</summary>
    public TextPosition? Position { get; }

    /// <summary>Gets the JSON path of the offending value, when known.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets the problem as one line: <c>FILE:LINE:COLUMN: MESSAGE (at PATH)</c>.</summary>
    public string OneLine
    {
        get
        {
            var where = Position is { } p ? $"{File}:{p.Line}:{p.Column}" : File;
            var at = JsonPath is { Length: > 0 } path ? $" (at {OneLineText.Clip(path, 120)})" : string.Empty;
            return OneLineText.Clip($"{where}: {OneLineText.Of(Message)}{at}", 1000);
        }
    }
}
