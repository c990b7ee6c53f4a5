using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Catalog;
using FluentValidation.Results;

namespace Coordination.Cli.Commands.Validate;

/// <summary>Runs the catalog validation and places each problem in the file it came from.</summary>
/// <param name="validate">The validation: every problem of a catalog, each with a code and a property path.</param>
internal sealed class CatalogValidation(Func<CoordinationCatalog, ValidationResult> validate)
{
    /// <summary>Validates a catalog read from a file.</summary>
    /// <param name="loaded">The catalog and the file it came from.</param>
    /// <returns>The problems, in the order the validation reports them.</returns>
    public ImmutableArray<CatalogProblem> Validate(LoadedCatalog loaded)
    {
        var failures = validate(loaded.Catalog).Errors.Where(e => e is not null).ToList();
        var paths = failures.Select(f => ProblemPath.ToJsonPath(f.PropertyName)).ToList();
        var positions = loaded.Locate(paths);
        return [.. failures.Select((f, i) => Problem(f, paths[i], positions[i]))];
    }

    /// <summary>Validates a catalog that has no file (the reference catalog).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The problems, without positions.</returns>
    public ImmutableArray<CatalogProblem> Validate(CoordinationCatalog catalog) =>
        [.. validate(catalog).Errors.Where(e => e is not null).Select(f => Problem(f, ProblemPath.ToJsonPath(f.PropertyName), null))];

    private static CatalogProblem Problem(ValidationFailure failure, string path, TextPosition? position) =>
        new(
            string.IsNullOrEmpty(failure.ErrorCode) ? "COORD-UNCODED" : failure.ErrorCode,
            failure.Severity.ToString().ToLowerInvariant(),
            path,
            OneLineText.Of(failure.ErrorMessage ?? string.Empty),
            position?.Line,
            position?.Column);
}
