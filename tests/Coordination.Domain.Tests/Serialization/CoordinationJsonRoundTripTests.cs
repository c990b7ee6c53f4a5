using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Serialization;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

[Properties(Arbitrary = [typeof(CatalogArbitraries)], MaxTest = 200)]
public sealed class CoordinationJsonRoundTripTests
{
    [Property]
    public bool Reading_what_was_written_gives_an_equal_catalog(CoordinationCatalog catalog) =>
        CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog)).Equals(catalog);

    [Property]
    public bool Writing_the_same_catalog_twice_gives_identical_bytes(CoordinationCatalog catalog) =>
        CoordinationJson.SerializeToUtf8Bytes(catalog).AsSpan().SequenceEqual(CoordinationJson.SerializeToUtf8Bytes(catalog));

    [Property]
    public bool Writing_a_catalog_read_back_gives_the_same_bytes(CoordinationCatalog catalog)
    {
        var bytes = CoordinationJson.SerializeToUtf8Bytes(catalog);
        return CoordinationJson.SerializeToUtf8Bytes(CoordinationJson.Deserialize(bytes)).AsSpan().SequenceEqual(bytes);
    }

    [Property(MaxTest = 50)]
    public bool Every_way_of_reading_gives_the_same_catalog(CoordinationCatalog catalog)
    {
        var text = CoordinationJson.Serialize(catalog, indented: true);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(bytes);
        using var asyncStream = new MemoryStream(bytes);
        return CoordinationJson.Deserialize(text).Equals(catalog)
            && CoordinationJson.Deserialize(bytes.AsSpan()).Equals(catalog)
            && CoordinationJson.Deserialize(stream).Equals(catalog)
            && CoordinationJson.DeserializeAsync(asyncStream).AsTask().GetAwaiter().GetResult().Equals(catalog);
    }

    [Property(MaxTest = 50)]
    public bool Every_way_of_writing_gives_the_same_bytes(CoordinationCatalog catalog)
    {
        var bytes = CoordinationJson.SerializeToUtf8Bytes(catalog);
        using var stream = new MemoryStream();
        CoordinationJson.Serialize(stream, catalog);
        using var asyncStream = new MemoryStream();
        CoordinationJson.SerializeAsync(asyncStream, catalog).GetAwaiter().GetResult();
        return stream.ToArray().AsSpan().SequenceEqual(bytes)
            && asyncStream.ToArray().AsSpan().SequenceEqual(bytes)
            && System.Text.Encoding.UTF8.GetBytes(CoordinationJson.Serialize(catalog)).AsSpan().SequenceEqual(bytes);
    }

    [Property(MaxTest = 50)]
    public async Task<bool> Incidents_written_as_JSON_Lines_read_back_equal_and_in_order(CoordinationCatalog catalog)
    {
        using var stream = new MemoryStream();
        await CoordinationJson.WriteIncidentsAsync(stream, catalog.Incidents.ToAsyncEnumerable());
        stream.Position = 0;
        var read = await CoordinationJson.ReadIncidentsAsync(stream).ToListAsync();
        return read.SequenceEqual(catalog.Incidents);
    }
}
