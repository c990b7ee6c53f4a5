using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;
using FluentValidation.Results;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Validation throughput of a valid catalog of 100 000 incidents of each <see cref="IncidentShape"/>
/// (records per second: <see cref="Incidents"/> divided by the mean; bytes allocated per record: the
/// allocation divided by <see cref="Incidents"/>), beside a walk over every incident's casualties, the
/// least a validator must do.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private CoordinationCatalog catalog = CoordinationCatalog.Empty;

    [Params(100_000)]
    public int Incidents { get; set; }

    [Params(IncidentShape.Sparse, IncidentShape.Typical, IncidentShape.Imported)]
    public IncidentShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = SyntheticCatalog.CreateValid(Incidents, Shape);
        var result = catalog.Validate();
        if (!result.IsValid)
        {
            throw new InvalidOperationException("The synthetic catalog is not valid: " + string.Join("; ", result.Errors.Take(5)));
        }
    }

    [Benchmark(Baseline = true)]
    public int Walk_every_incident()
    {
        var unordered = 0;
        foreach (var incident in catalog.Incidents)
        {
            foreach (var casualties in incident.Casualties)
            {
                unordered += casualties.Killed is not { IsOrdered: false } && casualties.Injured is not { IsOrdered: false } ? 0 : 1;
            }
        }

        return unordered;
    }

    [Benchmark]
    public ValidationResult Validate() => catalog.Validate();
}
