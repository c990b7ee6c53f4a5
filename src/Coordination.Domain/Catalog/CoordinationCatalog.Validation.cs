using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Internal;
using Coordination.Domain.Validation;
using FluentValidation.Results;

namespace Coordination.Domain.Catalog;

/// <content>The one-line entry point to validation.</content>
public sealed partial class CoordinationCatalog
{
    private static readonly CoordinationCatalogValidator SharedValidator = new();
    private static readonly CoordinationCatalogValidator PlainValidator = new(fastPath: false);

    /// <summary>
    /// Checks the catalog against every rule of <see cref="CoordinationCatalogValidator"/> and reports
    /// every problem at once.
    /// </summary>
    /// <returns>
    /// The result: <see cref="ValidationResult.IsValid"/> tells whether the catalog is consistent, and each
    /// <see cref="ValidationFailure"/> carries a code from <see cref="ValidationCodes"/> and the property path
    /// of the problem (<c>Territories[3].ControlPeriods[1].Period</c>).
    /// </returns>
    /// <example><code>
    /// var result = catalog.Validate();
    /// foreach (var failure in result.Errors)
    /// {
    ///     Console.WriteLine($"{failure.ErrorCode} {failure.PropertyName}: {failure.ErrorMessage}");
    /// }
    /// </code></example>
    public ValidationResult Validate() => SharedValidator.Validate(this);

    /// <summary>
    /// Checks the catalog against the rules of <see cref="Validate"/> and keeps, of the failures found, a count and
    /// the first <paramref name="maxFailures"/>, in the order <see cref="Validate"/> lists them: memory bounded by
    /// <paramref name="maxFailures"/>, however many records are invalid.
    /// </summary>
    /// <param name="maxFailures">How many failures to keep; <see cref="CatalogValidationReport.DefaultMaxFailures"/> unless told. Zero keeps only the count.</param>
    /// <returns>The report: whether the catalog is valid, how many failures were found, and the first of them.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="maxFailures"/> is negative.</exception>
    /// <example><code>
    /// var report = catalog.ValidateBounded(maxFailures: 100);
    /// Console.WriteLine($"{report.FailureCount} problems; the first {report.Failures.Length}:");
    /// foreach (var failure in report.Failures)
    /// {
    ///     Console.WriteLine($"{failure.ErrorCode} {failure.PropertyName}: {failure.ErrorMessage}");
    /// }
    /// </code></example>
    public CatalogValidationReport ValidateBounded(int maxFailures = CatalogValidationReport.DefaultMaxFailures)
    {
        Preconditions.CheckArgumentRange(nameof(maxFailures), maxFailures, 0, int.MaxValue);
        return BoundedCatalogValidation.Run(this, maxFailures);
    }

    /// <summary>
    /// Checks the catalog as <see cref="Validate"/> does but without the fast path: every record goes through its
    /// FluentValidation validator. The tests hold <see cref="Validate"/> to the same result.
    /// </summary>
    /// <returns>The result.</returns>
    internal ValidationResult ValidateWithoutFastPath() => PlainValidator.Validate(this);

    /// <summary>Checks the catalog as <see cref="Validate"/> does, asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The result, as <see cref="Validate"/> returns it.</returns>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ValidationResult> ValidateAsync(CancellationToken cancellationToken = default) => SharedValidator.ValidateAsync(this, cancellationToken);
}
