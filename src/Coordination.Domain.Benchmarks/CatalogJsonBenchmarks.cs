using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Writing a catalog of incidents with <see cref="CoordinationJson"/>, beside the baseline
/// (DTOs of the same JSON shape, bare source-generated context). Both write the same bytes,
/// checked in setup.
/// </summary>
[MemoryDiagnoser]
public class CatalogJsonBenchmarks
{
    private CoordinationCatalog catalog = CoordinationCatalog.Empty;
    private BaselineDocument baseline = null!;
    private byte[] json = [];

    [Params(1_000, 100_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = SyntheticCatalog.Create(Incidents);
        json = CoordinationJson.SerializeToUtf8Bytes(catalog);
        baseline = JsonSerializer.Deserialize(json, BaselineContext.Default.BaselineDocument)!;
        if (!JsonSerializer.SerializeToUtf8Bytes(baseline, BaselineContext.Default.BaselineDocument).AsSpan().SequenceEqual(json))
        {
            throw new InvalidOperationException("The baseline does not write the bytes the contract writes; the comparison would be unfair.");
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] Serialize_baseline() => JsonSerializer.SerializeToUtf8Bytes(baseline, BaselineContext.Default.BaselineDocument);

    [Benchmark]
    public byte[] Serialize_contract() => CoordinationJson.SerializeToUtf8Bytes(catalog);
}
