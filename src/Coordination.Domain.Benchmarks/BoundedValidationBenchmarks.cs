using System;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;
using FluentValidation.Results;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Validating a catalog of 100 000 incidents each wrong twice (200 000 failures): the full list of
/// <see cref="CoordinationCatalog.Validate"/> beside the count and first 1 000 of
/// <see cref="CoordinationCatalog.ValidateBounded"/>. The allocation is mostly garbage in both; what differs is
/// what stays: 200 000 failures, or 1 000 (<c>--validation-profile</c> measures what is retained at 1 000 000).
/// </summary>
[MemoryDiagnoser]
public class BoundedValidationBenchmarks
{
    private CoordinationCatalog catalog = CoordinationCatalog.Empty;

    [Params(100_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = SyntheticCatalog.CreateInvalid(Incidents);
        if (catalog.ValidateBounded().FailureCount != 2L * Incidents)
        {
            throw new InvalidOperationException("Each synthetic invalid incident should fail twice.");
        }
    }

    [Benchmark(Baseline = true)]
    public ValidationResult Validate_listing_every_failure() => catalog.Validate();

    [Benchmark]
    public CatalogValidationReport ValidateBounded_keeping_the_first_1000() => catalog.ValidateBounded();
}
