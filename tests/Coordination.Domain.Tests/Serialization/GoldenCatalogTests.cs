using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class GoldenCatalogTests
{
    private const string GoldenPath = "tests/Coordination.Domain.Tests/Serialization/golden-catalog.json";

    [Fact]
    public void The_JSON_of_the_golden_catalog_matches_the_committed_file()
    {
        Snapshot.Match(GoldenPath, CoordinationJson.Serialize(GoldenCatalog.Create(), indented: true) + "\n");
    }

    [Fact]
    public void The_golden_catalog_reads_back_equal()
    {
        var catalog = GoldenCatalog.Create();
        Assert.Equal(catalog, CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog)));
    }
}
