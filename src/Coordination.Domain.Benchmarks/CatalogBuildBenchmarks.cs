using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Filling a catalog with N incidents one by one: the chain of <c>With(…)</c> calls (the baseline, which
/// copies the incidents at each call, so O(N²)) beside <see cref="CoordinationCatalog.Builder"/> (amortised
/// O(1) per record, then <c>ToCatalog()</c> in O(N)). Only at sizes where the <c>With</c> loop finishes;
/// <see cref="CatalogBuilderScalingBenchmarks"/> takes the builder to 1 000 000.
/// </summary>
[MemoryDiagnoser]
public class CatalogBuildBenchmarks
{
    private Incident[] incidents = [];

    [Params(1_000, 10_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup() => incidents = [.. SyntheticCatalog.Incidents(Incidents)];

    [Benchmark(Baseline = true)]
    public CoordinationCatalog With_loop()
    {
        var catalog = CoordinationCatalog.Empty;
        foreach (var incident in incidents)
        {
            catalog = catalog.With(incident);
        }

        return catalog;
    }

    [Benchmark]
    public CoordinationCatalog Builder()
    {
        var builder = CoordinationCatalog.CreateBuilder();
        foreach (var incident in incidents)
        {
            builder.Set(incident);
        }

        return builder.ToCatalog();
    }
}
