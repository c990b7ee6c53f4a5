using System.Text.Json;
using Coordination.Domain.Reference;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>The reference catalog, written by hand to the contract and embedded in the package, reads as the contract says.</summary>
public sealed class ReferenceCatalogJsonTests
{
    [Fact]
    public void Load_reads_the_embedded_document_once_and_shares_the_result()
    {
        using var stream = ReferenceCatalog.OpenJson();
        Assert.Equal(CoordinationJson.Deserialize(stream), ReferenceCatalog.Load());
        Assert.Same(ReferenceCatalog.Load(), ReferenceCatalog.Load());
        Assert.NotEmpty(ReferenceCatalog.Load().Incidents);
    }

    [Fact]
    public void The_reference_catalog_is_valid_under_the_schema_and_round_trips()
    {
        using var stream = ReferenceCatalog.OpenJson();
        using var document = JsonDocument.Parse(stream);
        Assert.True(CoordinationJsonSchemaTests.Schema.Evaluate(document.RootElement).IsValid);
        var catalog = ReferenceCatalog.Load();
        Assert.Equal(catalog, CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog)));
    }
}
