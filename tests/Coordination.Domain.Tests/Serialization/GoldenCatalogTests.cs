using System.IO;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class GoldenCatalogTests
{
    private const string GoldenPath = "tests/Coordination.Domain.Tests/Serialization/golden-catalog.json";

    // Written by version 1.0 of the contract and never regenerated: the promise that 1.0 documents keep reading.
    private const string Version10Path = "tests/Coordination.Domain.Tests/Serialization/golden-catalog-1.0.json";

    [Fact]
    public void The_JSON_of_the_golden_catalog_matches_the_committed_file()
    {
        Snapshot.Match(GoldenPath, CoordinationJson.Serialize(GoldenCatalog.CreateCurrent(), indented: true) + "\n");
    }

    [Fact]
    public void The_golden_catalog_reads_back_equal()
    {
        var catalog = GoldenCatalog.CreateCurrent();
        Assert.Equal(catalog, CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog)));
    }

    [Fact]
    public void The_golden_file_is_written_at_the_current_schema_version()
    {
        var json = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), GoldenPath));
        Assert.Equal(CoordinationCatalogDocument.CurrentSchemaVersion, (string?)System.Text.Json.Nodes.JsonNode.Parse(json)!["schemaVersion"]);
        Assert.Equal("1.1", CoordinationCatalogDocument.CurrentSchemaVersion);
    }

    [Fact]
    public void A_version_1_0_document_still_reads_as_the_catalog_it_was_written_from()
    {
        var json = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), Version10Path));

        Assert.Contains("\"schemaVersion\": \"1.0\"", json);
        Assert.Equal(GoldenCatalog.Create(), CoordinationJson.Deserialize(json));
    }

    [Fact]
    public void A_catalog_that_uses_no_member_added_since_1_0_is_written_as_1_0_wrote_it_but_for_the_version()
    {
        var version10 = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), Version10Path)).ReplaceLineEndings("\n");

        var written = CoordinationJson.Serialize(GoldenCatalog.Create(), indented: true) + "\n";

        Assert.Equal(version10.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\""), written);
    }

    [Fact]
    public void The_members_added_in_1_1_are_what_separates_the_two_golden_catalogs()
    {
        Assert.NotEqual(GoldenCatalog.Create(), GoldenCatalog.CreateCurrent());
        Assert.NotEqual(CoordinationJson.Serialize(GoldenCatalog.Create()), CoordinationJson.Serialize(GoldenCatalog.CreateCurrent()));
    }
}
