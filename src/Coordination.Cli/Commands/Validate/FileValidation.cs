using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Validate;

/// <summary>The outcome of validating one file.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Status"><c>valid</c>, <c>invalid</c> (validation errors) or <c>unreadable</c> (cannot be read or parsed).</param>
/// <param name="Records">How many records the catalog holds, when it could be read.</param>
/// <param name="Errors">How many problems are errors.</param>
/// <param name="Warnings">How many problems are warnings or information.</param>
/// <param name="Problems">The validation problems, in the order found.</param>
/// <param name="Error">Why the file could not be read, when it could not.</param>
internal sealed record FileValidation(
    string File,
    string Status,
    int? Records,
    int Errors,
    int Warnings,
    ImmutableArray<CatalogProblem> Problems,
    FileError? Error);
