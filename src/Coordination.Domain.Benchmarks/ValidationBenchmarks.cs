using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Validation throughput of a catalog of 100 000 incidents (records per second, bytes allocated per
/// record). Placeholder until the validators are merged: the baseline walks every incident's casualties
/// as a validator must at least do; add <c>[Benchmark] public object Validate() => catalog.Validate();</c>
/// beside it.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private CoordinationCatalog catalog = CoordinationCatalog.Empty;

    [Params(100_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup() => catalog = SyntheticCatalog.Create(Incidents);

    [Benchmark(Baseline = true)]
    public int Walk_every_incident()
    {
        var unordered = 0;
        foreach (var incident in catalog.Incidents)
        {
            foreach (var casualties in incident.Casualties)
            {
                unordered += casualties.Killed.IsOrdered && casualties.Injured.IsOrdered ? 0 : 1;
            }
        }

        return unordered;
    }
}
