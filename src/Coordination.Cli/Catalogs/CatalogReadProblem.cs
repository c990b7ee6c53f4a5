namespace Coordination.Cli.Catalogs;

/// <summary>Why a format could not read a file, and where.</summary>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Position">Where in the file, when known.</param>
/// <param name="Path">The JSON path of the catalog document the problem concerns, when known.</param>
internal sealed record CatalogReadProblem(string Message, TextPosition? Position = null, string? Path = null);
