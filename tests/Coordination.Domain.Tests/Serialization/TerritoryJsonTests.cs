using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;
using Coordination.Domain.Territories;
using Coordination.Domain.Tests.Catalog;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>Memberships, former designations, partial control and inferences of territories in JSON.</summary>
public sealed class TerritoryJsonTests
{
    private const string Prde = """{"schemaVersion":"1.0","territories":[{"id":"prde","kind":"town","names":{"primary":{"text":"Prde"}},""";

    [Fact]
    public void A_catalog_with_memberships_former_designations_partial_control_and_inferences_reads_back_equal()
    {
        var catalog = TerritoryQuestionsCatalog.Catalog;

        var json = CoordinationJson.Serialize(catalog);

        Assert.Equal(catalog, CoordinationJson.Deserialize(json));
        Assert.Contains("\"memberships\":[{\"region\":\"disputed-territories\",\"kind\":\"member\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"formerDesignations\":[{\"isoCode\":\"IQ-TS\",\"period\":{\"end\":\"2006-01-01\"}", json, System.StringComparison.Ordinal);
        Assert.Contains("\"extent\":\"part\",\"part\":\"Makhmour town\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"inference\":{\"reasoning\":\"Federal forces retook the city.\",\"from\":[\"src\"]}", json, System.StringComparison.Ordinal);
        Assert.True(CoordinationJsonSchemaTests.Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void Members_left_at_their_default_are_not_written()
    {
        var json = CoordinationJson.Serialize(ArticleFacts.Catalog);

        Assert.DoesNotContain("\"memberships\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"formerDesignations\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"extent\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"inference\"", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_the_new_members_reads_them_as_defaults()
    {
        var catalog = CoordinationJson.Deserialize(Prde + """ "controlPeriods":[{"controller":"isis","period":{}}]}]}""");

        var territory = Assert.Single(catalog.Territories);
        Assert.Empty(territory.Memberships);
        Assert.Empty(territory.FormerDesignations);
        Assert.Null(territory.Inference);
        Assert.Equal(ControlExtent.Whole, territory.ControlPeriods[0].Extent);
    }

    [Theory]
    [InlineData("""  "memberships":[{"region":"kirkuk","kind":"overlaps"}]}]}""", "$.territories[0].memberships[0].kind")]
    [InlineData("""  "memberships":[{"kind":"member"}]}]}""", "$.territories[0].memberships[0]")]
    [InlineData("""  "memberships":[{"region":"Not A Slug","kind":"member"}]}]}""", "$.territories[0].memberships[0].region")]
    [InlineData("""  "memberships":[null]}]}""", "$.territories[0]")]
    [InlineData("""  "formerDesignations":[{"isoCode":"IQ-TS","extra":1}]}]}""", "$.territories[0].formerDesignations[0].extra")]
    [InlineData("""  "formerDesignations":[{"name":"At-Ta'mim"}]}]}""", "$.territories[0].formerDesignations[0].name")]
    [InlineData("""  "controlPeriods":[{"controller":"isis","period":{},"extent":"partial"}]}]}""", "$.territories[0].controlPeriods[0].extent")]
    [InlineData("""  "controlPeriods":[{"controller":"isis","period":{},"inference":{"from":["a"]}}]}]}""", "$.territories[0].controlPeriods[0].inference")]
    [InlineData("""  "claims":[{"claimant":"krg","inference":{"reasoning":"x","from":[null]}}]}]}""", "$.territories[0].claims[0].inference.from[0]")]
    public void Hostile_territory_members_are_refused_with_a_json_exception_naming_the_path(string tail, string path)
    {
        var error = Assert.Throws<JsonException>(() => CoordinationJson.Deserialize(Prde + tail));

        Assert.Equal(path, error.Path);
    }
}
