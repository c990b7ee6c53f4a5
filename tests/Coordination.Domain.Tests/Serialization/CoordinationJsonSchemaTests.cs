using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Json.Schema;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class CoordinationJsonSchemaTests
{
    private const string SchemaPath = "docs/schema/coordination-catalog.schema.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_committed_schema_is_the_one_generated_from_the_types()
    {
        Snapshot.Match(SchemaPath, CoordinationJson.GetSchema().ToJsonString(Indented) + "\n");
    }

    internal static readonly JsonSchema Schema = JsonSchema.FromText(CoordinationJson.GetSchema().ToJsonString());

    [Fact]
    public void The_golden_document_is_valid_under_the_schema()
    {
        AssertValid(CoordinationJson.Serialize(GoldenCatalog.Create()));
    }

    [Property(Arbitrary = [typeof(CatalogArbitraries)], MaxTest = 100)]
    public void Every_written_catalog_is_valid_under_the_schema(CoordinationCatalog catalog)
    {
        AssertValid(CoordinationJson.Serialize(catalog));
    }

    [Theory]
    [InlineData("""{"actors":[]}""")]
    [InlineData("""{"schemaVersion":"2.0"}""")]
    [InlineData("""{"schemaVersion":"1.0","extra":1}""")]
    [InlineData("""{"schemaVersion":"1.0","actors":[{"id":"Not A Slug","kind":"armedForce","names":{"primary":{"text":"x"}}}]}""")]
    [InlineData("""{"schemaVersion":"1.0","actors":[{"id":"x","kind":"ArmedForce","names":{"primary":{"text":"x"}}}]}""")]
    [InlineData("""{"schemaVersion":"1.0","support":[{"id":"s","provider":"p","amount":{"amount":5,"currency":"USD"}}]}""")]
    [InlineData("""{"schemaVersion":"1.0","incidents":[{"id":"i","kind":"armedClash","date":{"start":"2021-05-01","end":"2021-05-01","precision":"day"},"location":{"precision":"region"},"targets":[{"kind":"civilians","actor":"isis"}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","incidents":[{"id":"i","kind":"armedClash","date":{"start":"2021-05-01","end":"2021-05-01","precision":"day"},"location":{"precision":"region"},"perpetrators":[{"attribution":"claimed"}]}]}""")]
    public void Documents_the_reader_refuses_for_their_shape_are_invalid_under_the_schema_too(string json)
    {
        Assert.ThrowsAny<JsonException>(() => CoordinationJson.Deserialize(json));
        Assert.False(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid, $"The schema accepts {json}");
    }

    [Theory]
    [InlineData("5", true)]
    [InlineData("5000000000", true)]
    [InlineData("5.25", true)]
    [InlineData("0.5", true)]
    [InlineData("0", true)]
    [InlineData("+5", false)]
    [InlineData(".5", false)]
    [InlineData("5.", false)]
    [InlineData("-5", false)]
    [InlineData("5e3", false)]
    [InlineData(" 5", false)]
    [InlineData("5 ", false)]
    [InlineData("5,000", false)]
    [InlineData("١٢", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    public void Reader_and_schema_agree_on_the_syntax_of_an_amount_of_money(string amount, bool valid)
    {
        var json = $$$"""{"schemaVersion":"1.0","support":[{"id":"s","provider":"p","amount":{"amount":"{{{amount}}}","currency":"USD"}}]}""";

        var read = Record.Exception(() => CoordinationJson.Deserialize(json));

        Assert.Equal(valid, read is null);
        Assert.Equal(valid, Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        if (!valid)
        {
            Assert.Contains("$.support[0].amount", Assert.IsAssignableFrom<JsonException>(read).Message, System.StringComparison.Ordinal);
        }
    }

    private static void AssertValid(string json)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Fact]
    public void The_schema_is_draft_2020_12_with_an_id_and_closed_objects()
    {
        var schema = CoordinationJson.GetSchema().AsObject();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.NotNull((string?)schema["$id"]);
        Assert.Equal("object", (string?)schema["type"]);
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(["schemaVersion"], schema["required"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void Every_reference_resolves_to_a_definition()
    {
        var schema = CoordinationJson.GetSchema().AsObject();
        var defs = schema["$defs"]!.AsObject();
        foreach (var reference in References(schema))
        {
            Assert.StartsWith("#/$defs/", reference, System.StringComparison.Ordinal);
            Assert.True(defs.ContainsKey(reference["#/$defs/".Length..]), $"{reference} has no definition.");
        }
    }

    [Fact]
    public void Computed_properties_are_not_in_the_schema()
    {
        var text = CoordinationJson.GetSchema().ToJsonString();
        foreach (var computed in new[] { "totalKilled", "totalInjured", "currentStatus", "parties", "lengthInMetres", "acronyms", "isOrdered", "isOpenEnded", "earliest", "latest", "isDefault" })
        {
            Assert.DoesNotContain($"\"{computed}\"", text, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Enums_are_described_by_their_camelCase_names()
    {
        var defs = CoordinationJson.GetSchema()["$defs"]!;
        Assert.Contains("jointCoalitionCoordinationCentre", defs["mechanismKind"]!["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("moreThan", defs["amountQualifier"]!["enum"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void Every_registered_converter_describes_its_own_schema()
    {
        var converters = CoordinationJson.Options.Converters;
        Assert.NotEmpty(converters);
        Assert.All(converters, converter => Assert.IsAssignableFrom<Coordination.Domain.Serialization.Converters.IJsonSchemaSource>(converter));
    }

    [Fact]
    public void Each_call_returns_an_independent_copy()
    {
        var first = CoordinationJson.GetSchema().AsObject();
        first.Remove("$defs");
        Assert.NotNull(CoordinationJson.GetSchema()["$defs"]);
    }

    private static System.Collections.Generic.IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" ? [(string)p.Value!] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
