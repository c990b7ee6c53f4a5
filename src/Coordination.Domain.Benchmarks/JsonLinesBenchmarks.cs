using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Serialization;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Streaming incidents as JSON Lines, from a synthetic stream and to <see cref="Stream.Null"/>, so that
/// neither input nor output is held: allocation per incident should stay constant as the count grows,
/// and nothing is retained (see <c>docs/benchmarks.md</c> for the peak heap measured by <c>--memory</c>).
/// </summary>
[MemoryDiagnoser]
public class JsonLinesBenchmarks
{
    [Params(1_000, 10_000, 100_000)]
    public int Incidents { get; set; }

    [Benchmark]
    public async Task<int> Read_incidents()
    {
        var count = 0;
        await foreach (var _ in CoordinationJson.ReadIncidentsAsync(new SyntheticJsonLinesStream(Incidents)))
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public Task Write_incidents() => CoordinationJson.WriteIncidentsAsync(Stream.Null, SyntheticCatalog.Incidents(Incidents).ToAsyncEnumerable());
}
