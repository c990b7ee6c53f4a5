using System.Collections.Immutable;
using Coordination.Domain.Validation;
using FluentValidation.Results;

namespace Coordination.Domain.Catalog;

/// <summary>
/// What <see cref="CoordinationCatalog.ValidateBounded"/> found: how many failures in all, and the first of them
/// (at most <see cref="MaxFailures"/>), in the order <see cref="CoordinationCatalog.Validate"/> lists them.
/// </summary>
/// <remarks>
/// A catalog of a million invalid records holds millions of failures; this report holds a count and the first
/// few, so that listing them takes memory bounded by <see cref="MaxFailures"/>, not by the catalog.
/// </remarks>
public sealed class CatalogValidationReport
{
    /// <summary>How many failures <see cref="CoordinationCatalog.ValidateBounded"/> keeps unless told otherwise: 1 000.</summary>
    public const int DefaultMaxFailures = 1_000;

    internal CatalogValidationReport(ImmutableArray<ValidationFailure> failures, long failureCount, int maxFailures)
    {
        Failures = failures;
        FailureCount = failureCount;
        MaxFailures = maxFailures;
    }

    /// <summary>Gets whether the catalog is consistent: no failure was found.</summary>
    public bool IsValid => FailureCount == 0;

    /// <summary>Gets how many failures were found in all, kept in <see cref="Failures"/> or not.</summary>
    public long FailureCount { get; }

    /// <summary>
    /// Gets the first failures found, at most <see cref="MaxFailures"/>, each with a code from
    /// <see cref="ValidationCodes"/> and a property path, as <see cref="CoordinationCatalog.Validate"/> would list them first.
    /// </summary>
    public ImmutableArray<ValidationFailure> Failures { get; }

    /// <summary>Gets how many failures the report keeps at most.</summary>
    public int MaxFailures { get; }

    /// <summary>Gets whether failures were found beyond those kept: <see cref="FailureCount"/> is more than <see cref="Failures"/> holds.</summary>
    public bool IsTruncated => FailureCount > Failures.Length;

    /// <summary>Describes the report: valid, or how many failures and how many are kept.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsValid ? "valid" : $"{FailureCount} failure(s), the first {Failures.Length} kept";
}
