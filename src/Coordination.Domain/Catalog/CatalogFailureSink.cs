using Coordination.Domain.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Coordination.Domain.Catalog;

/// <summary>
/// Where the catalog's cross-record rules report what they find: into the FluentValidation context of
/// <see cref="CoordinationCatalogValidator"/> (<see cref="Of"/>), or into the counting, capped list of
/// <see cref="CoordinationCatalog.ValidateBounded"/>. The rules are written once, against this.
/// </summary>
internal abstract class CatalogFailureSink
{
    /// <summary>The sink that adds each failure to a FluentValidation context, below the path of the rule that runs.</summary>
    internal static CatalogFailureSink Of(ValidationContext<CoordinationCatalog> context) => new ContextSink(context);

    /// <summary>Reports a failure at <paramref name="path"/> (relative to the catalog) with a code, a message and the value found.</summary>
    internal abstract void Report(string path, string code, string message, object? attemptedValue = null);

    private sealed class ContextSink(ValidationContext<CoordinationCatalog> context) : CatalogFailureSink
    {
        internal override void Report(string path, string code, string message, object? attemptedValue = null) =>
            context.Report(path, code, message, attemptedValue);
    }
}

/// <summary>
/// The sink of <see cref="CoordinationCatalog.ValidateBounded"/>: counts every failure and keeps the first
/// <see cref="MaxKept"/>, so that a catalog of a million invalid records is listed in bounded memory.
/// </summary>
/// <param name="maxKept">How many failures to keep.</param>
internal sealed class CappedFailureList(int maxKept) : CatalogFailureSink
{
    private readonly System.Collections.Generic.List<ValidationFailure> kept = new(System.Math.Min(maxKept, 1024));

    /// <summary>Gets how many failures are kept at most.</summary>
    internal int MaxKept { get; } = maxKept;

    /// <summary>Gets how many failures were reported, kept or not.</summary>
    internal long Count { get; private set; }

    /// <summary>Gets the first failures, in the order reported.</summary>
    internal System.Collections.Generic.IReadOnlyList<ValidationFailure> Kept => kept;

    /// <summary>Gets whether another failure would still be kept: when not, a caller may skip building it and only <see cref="Skip"/>.</summary>
    internal bool IsFull => kept.Count >= MaxKept;

    /// <summary>Counts and keeps (while there is room) a failure.</summary>
    internal void Add(ValidationFailure failure)
    {
        Count++;
        if (kept.Count < MaxKept)
        {
            kept.Add(failure);
        }
    }

    /// <summary>Counts failures that are not kept.</summary>
    internal void Skip(int failures) => Count += failures;

    /// <inheritdoc />
    internal override void Report(string path, string code, string message, object? attemptedValue = null) =>
        Add(new ValidationFailure(path, message, attemptedValue) { ErrorCode = code });
}
