using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;

namespace Coordination.Domain.Benchmarks;

/// <summary>Reading a catalog of incidents with <see cref="CoordinationJson"/>, beside the baseline reading the same bytes into DTOs.</summary>
[MemoryDiagnoser]
public class CatalogJsonReadBenchmarks
{
    private byte[] json = [];

    [Params(1_000, 100_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup() => json = CoordinationJson.SerializeToUtf8Bytes(SyntheticCatalog.Create(Incidents));

    [Benchmark(Baseline = true)]
    public BaselineDocument? Deserialize_baseline() => JsonSerializer.Deserialize(json, BaselineContext.Default.BaselineDocument);

    [Benchmark]
    public CoordinationCatalog Deserialize_contract() => CoordinationJson.Deserialize(json.AsSpan());
}
