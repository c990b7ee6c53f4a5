using System.IO;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class GoldenCatalogTests
{
    private const string GoldenPath = "tests/Coordination.Domain.Tests/Serialization/golden-catalog.json";

    // Written by version 1.0 of the contract and never regenerated: the promise that 1.0 documents keep reading.
    private const string Version10Path = "tests/Coordination.Domain.Tests/Serialization/golden-catalog-1.0.json";

    // Written by version 1.1 of the contract and never regenerated: the promise that 1.1 documents keep reading.
    private const string Version11Path = "tests/Coordination.Domain.Tests/Serialization/golden-catalog-1.1.json";

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
        Assert.Equal("1.2", CoordinationCatalogDocument.CurrentSchemaVersion);
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

        Assert.Equal(version10.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.2\""), written);
    }

    [Fact]
    public void A_version_1_1_document_still_reads_as_the_catalog_it_was_written_from()
    {
        var json = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), Version11Path));

        Assert.Contains("\"schemaVersion\": \"1.1\"", json);
        Assert.Equal(GoldenCatalog.CreateVersion11(), CoordinationJson.Deserialize(json));
    }

    [Fact]
    public void A_catalog_that_uses_no_member_added_since_1_1_is_written_as_1_1_wrote_it_but_for_the_version()
    {
        var version11 = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), Version11Path)).ReplaceLineEndings("\n");

        var written = CoordinationJson.Serialize(GoldenCatalog.CreateVersion11(), indented: true) + "\n";

        Assert.Equal(version11.Replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.2\""), written);
    }

    [Fact]
    public void The_members_added_in_1_2_are_what_separates_the_current_golden_catalog_from_the_1_1_one()
    {
        Assert.NotEqual(GoldenCatalog.CreateVersion11(), GoldenCatalog.CreateCurrent());
        Assert.Null(GoldenCatalog.CreateVersion11().Incidents[1].Origin);
        Assert.NotNull(GoldenCatalog.CreateCurrent().Incidents[1].Origin);
        Assert.Contains("\"origin\"", CoordinationJson.Serialize(GoldenCatalog.CreateCurrent()), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_members_added_in_1_1_are_what_separates_the_two_golden_catalogs()
    {
        Assert.NotEqual(GoldenCatalog.Create(), GoldenCatalog.CreateVersion11());
        Assert.NotEqual(CoordinationJson.Serialize(GoldenCatalog.Create()), CoordinationJson.Serialize(GoldenCatalog.CreateVersion11()));
    }
}
