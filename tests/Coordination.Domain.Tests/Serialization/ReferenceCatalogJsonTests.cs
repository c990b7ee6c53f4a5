using System;
using System.IO;
using System.Text.Json;
using Coordination.Domain.Serialization;
using Coordination.Domain.Tests.Reference;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>The reference catalog, written by hand to the contract, is read by the serializer as the contract says.</summary>
public sealed class ReferenceCatalogJsonTests
{
    [Fact]
    public void The_reference_catalog_reads_the_same_as_with_the_independent_reader()
    {
        using var stream = typeof(TemporaryCatalogJsonReader).Assembly.GetManifestResourceStream(TemporaryCatalogJsonReader.ResourceName)!;
        var catalog = CoordinationJson.Deserialize(stream);
        Assert.Equal(TemporaryCatalogJsonReader.LoadReferenceCatalog(), catalog);
    }

    [Fact]
    public void The_reference_catalog_is_valid_under_the_schema_and_round_trips()
    {
        using var stream = typeof(TemporaryCatalogJsonReader).Assembly.GetManifestResourceStream(TemporaryCatalogJsonReader.ResourceName)!;
        var catalog = CoordinationJson.Deserialize(stream);
        var schema = CoordinationJsonSchemaTests.Schema;
        stream.Position = 0;
        using var document = JsonDocument.Parse(stream);
        Assert.True(schema.Evaluate(document.RootElement).IsValid);
        Assert.Equal(catalog, CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog)));
    }
}
