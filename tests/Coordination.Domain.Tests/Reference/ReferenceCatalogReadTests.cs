using System;
using System.IO;
using System.Text;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.Tests.Reference;

/// <summary>How the embedded catalog is opened and read, and what a broken build would be told.</summary>
public sealed class ReferenceCatalogReadTests
{
    [Fact]
    public void Reading_the_embedded_json_gives_the_catalog_Load_gives()
    {
        Assert.Equal(ReferenceCatalog.Load(), ReferenceCatalog.Read(ReferenceCatalog.OpenJson));
        Assert.NotEmpty(ReferenceCatalog.Read(ReferenceCatalog.OpenJson).Actors);
    }

    [Fact]
    public void A_missing_resource_is_named_with_its_assembly()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Open(typeof(ReferenceCatalog).Assembly, "no-such-resource.json"));

        Assert.Equal("The embedded resource 'no-such-resource.json' is missing from Coordination.Domain.", error.Message);
    }

    [Fact]
    public void Json_that_does_not_read_is_reported_as_a_broken_catalog_with_the_reason()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Read(() => new MemoryStream(Encoding.UTF8.GetBytes("{\"actors\": ["))));

        Assert.StartsWith("The embedded reference catalog does not read: ", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        Assert.Contains(error.InnerException!.Message, error.Message, StringComparison.Ordinal);
    }
}
