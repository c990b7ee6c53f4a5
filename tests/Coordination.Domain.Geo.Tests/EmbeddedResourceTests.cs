using System.IO;
using System.Text.Json;
using Coordination.Domain.Geo;
using Xunit;

namespace Coordination.Domain.Geo.Tests;

public sealed class EmbeddedResourceTests
{
    [Theory]
    [InlineData("Coordination.Domain.Geo.Boundaries.iraq-governorates.geojson", 18)]
    [InlineData("Coordination.Domain.Geo.Boundaries.kcl-inferred.geojson", 1)]
    public void The_package_embeds_each_boundary_file_as_a_feature_collection(string name, int features)
    {
        using var stream = typeof(TerritoryShape).Assembly.GetManifestResourceStream(name);
        Assert.NotNull(stream);
        using var document = JsonDocument.Parse(stream);
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal(features, document.RootElement.GetProperty("features").GetArrayLength());
    }
}
