using System;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Catalog;
using FluentValidation.Results;
using NodaTime;

namespace Coordination.Cli;

/// <summary>What the command draws on: the reference catalog, the catalog format, the validation and the clock.</summary>
/// <param name="ReferenceCatalog">The reference catalog, for <c>report</c> without <c>--catalog</c> and for <c>export</c>.</param>
/// <param name="Format">The catalog document format: reading, writing and the JSON Schema.</param>
/// <param name="Validate">The validation of a catalog: every problem, each with an error code and a property path.</param>
/// <param name="Clock">The clock that tells what date "today" is (in Asia/Baghdad).</param>
internal sealed record CliServices(
    ICatalogSource ReferenceCatalog,
    ICatalogFormat Format,
    Func<CoordinationCatalog, ValidationResult> Validate,
    IClock Clock)
{
    /// <summary>
    /// Gets the services the installed tool uses.
    /// </summary>
    public static CliServices Default { get; } = new(
        new EmbeddedReferenceCatalog(),
        new CoordinationJsonFormat(),
        static catalog => catalog.Validate(),
        SystemClock.Instance);
}
