using System;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>One step of reading a catalog file: the records read since the step before, or the problem that ends the reading.</summary>
internal sealed record CatalogReading
{
    private CatalogReading(CoordinationCatalog? records, CatalogReadProblem? problem)
    {
        Records = records;
        Problem = problem;
    }

    /// <summary>Gets the records read in this step, as a catalog of them alone; <see langword="null"/> for a problem.</summary>
    public CoordinationCatalog? Records { get; }

    /// <summary>Gets the problem that ends the reading; <see langword="null"/> for records.</summary>
    public CatalogReadProblem? Problem { get; }

    /// <summary>Creates a step that read <paramref name="records"/>.</summary>
    /// <param name="records">The records, as a catalog of them alone.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static CatalogReading Of(CoordinationCatalog records) => new(records ?? throw new ArgumentNullException(nameof(records)), null);

    /// <summary>Creates the step that ends the reading with <paramref name="problem"/>.</summary>
    /// <param name="problem">What is wrong, and where.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is <see langword="null"/>.</exception>
    public static CatalogReading Fault(CatalogReadProblem problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));
}
