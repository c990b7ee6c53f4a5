using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// <see cref="CoordinationCatalog.Builder"/> from 10 000 to 1 000 000 incidents: filling an empty builder,
/// and replacing every incident of a full catalog through <c>ToBuilder()</c>. Linear when the time per
/// record (mean ÷ <see cref="Incidents"/>) stays flat across sizes (the goal: within 2×).
/// </summary>
[MemoryDiagnoser]
public class CatalogBuilderScalingBenchmarks
{
    private Incident[] incidents = [];
    private CoordinationCatalog full = CoordinationCatalog.Empty;

    [Params(10_000, 100_000, 1_000_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        incidents = [.. SyntheticCatalog.Incidents(Incidents)];
        full = new CoordinationCatalog { Incidents = [.. incidents] };
    }

    [Benchmark(Baseline = true)]
    public CoordinationCatalog Add_every_incident()
    {
        var builder = CoordinationCatalog.CreateBuilder();
        foreach (var incident in incidents)
        {
            builder.Set(incident);
        }

        return builder.ToCatalog();
    }

    [Benchmark]
    public CoordinationCatalog Replace_every_incident()
    {
        var builder = full.ToBuilder();
        foreach (var incident in incidents)
        {
            builder.Set(incident);
        }

        return builder.ToCatalog();
    }
}
