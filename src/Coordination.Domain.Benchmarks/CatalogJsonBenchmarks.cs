using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

    private static readonly JsonTypeInfo<BaselineDocument> MetadataOnly = (JsonTypeInfo<BaselineDocument>)new JsonSerializerOptions(BaselineContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    }.GetTypeInfo(typeof(BaselineDocument));

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

    /// <summary>
    /// The baseline without the source-generated fast path (an explicit encoder turns it off, as any
    /// custom converter, contract modifier or encoder does): how much of the difference is the fast path.
    /// </summary>
    [Benchmark]
    public byte[] Serialize_baseline_without_fast_path() => JsonSerializer.SerializeToUtf8Bytes(baseline, MetadataOnly);

    [Benchmark]
    public byte[] Serialize_contract() => CoordinationJson.SerializeToUtf8Bytes(catalog);
}
