using System;
using System.Linq;
using System.Text.Json.Nodes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Serialization;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>The JSON of an incident's <see cref="RecordOrigin"/> (schema version 1.2).</summary>
public sealed class RecordOriginJsonTests
{
    private static readonly RecordOrigin Acled = new()
    {
        DataSet = "ACLED",
        EventId = "IRQ12345",
        UpdatedAt = Instant.FromUnixTimeSeconds(1_700_000_000),
        Fields = [new OriginField("event_id_cnty", "IRQ12345"), new OriginField("notes", "a, \"b\"\nc"), new OriginField("tags", "")],
    };

    public static Arbitrary<RecordOrigin> Origins() => ValueGenerators.RecordOrigins.ToArbitrary();

    [Property(Arbitrary = [typeof(RecordOriginJsonTests)], MaxTest = 200)]
    public bool Every_origin_reads_back_equal_compact_and_indented(RecordOrigin origin)
    {
        var catalog = WithOrigin(origin);
        return CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog)).Equals(catalog)
            && CoordinationJson.Deserialize(CoordinationJson.Serialize(catalog, indented: true)).Equals(catalog);
    }

    [Fact]
    public void An_origin_is_written_with_its_fields_as_pairs_and_its_update_as_an_instant()
    {
        var origin = Written(Acled);

        Assert.Equal("""{"dataSet":"ACLED","eventId":"IRQ12345","updatedAt":"2023-11-14T22:13:20Z","fields":[["event_id_cnty","IRQ12345"],["notes","a, \u0022b\u0022\nc"],["tags",""]]}""", origin.ToJsonString());
    }

    [Fact]
    public void Release_derivation_and_a_fraction_of_a_second_are_written_only_when_given()
    {
        var origin = Written(Acled with { Release = "25.1", IsEventIdDerived = true, UpdatedAt = Instant.FromUnixTimeSeconds(1_700_000_000).PlusNanoseconds(500_000_000), Fields = [] });

        Assert.Equal("""{"dataSet":"ACLED","release":"25.1","eventId":"IRQ12345","isEventIdDerived":true,"updatedAt":"2023-11-14T22:13:20.5Z"}""", origin.ToJsonString());
    }

    [Fact]
    public void An_incident_without_an_origin_writes_none()
    {
        var json = CoordinationJson.Serialize(ArticleFacts.Catalog);

        Assert.DoesNotContain("\"origin\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Indented_output_keeps_the_fields_of_an_origin_on_one_line()
    {
        var text = CoordinationJson.Serialize(WithOrigin(Acled), indented: true);

        var line = Assert.Single(text.Split('\n'), l => l.Contains("\"fields\"", StringComparison.Ordinal));
        Assert.EndsWith("""["tags",""]]""", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Origins_written_one_after_another_indented_each_keep_their_own_fields_whatever_their_size()
    {
        // The indented path writes the fields through a buffer kept per thread: a big origin, then a small one,
        // then the big one again must each come out whole, with nothing of the one before.
        var big = Acled with { Fields = [.. Enumerable.Range(0, 2_000).Select(i => new OriginField("column" + i, new string('x', i % 97)))] };
        var small = Acled with { Fields = [new OriginField("notes", "كركوك")] };

        foreach (var origin in new[] { big, small, big, small })
        {
            var indented = CoordinationJson.Serialize(WithOrigin(origin), indented: true);

            Assert.Equal(origin, CoordinationJson.Deserialize(indented).Incidents[0].Origin);
            Assert.Equal(CoordinationJson.Serialize(WithOrigin(origin)), CoordinationJson.Serialize(CoordinationJson.Deserialize(indented)));
        }
    }

    [Fact]
    public void The_field_values_of_an_origin_are_read_exactly_as_written_never_trimmed()
    {
        var origin = Acled with { Fields = [new OriginField(" Notes ", "  two  spaces  "), new OriginField("x", "\r\n"), new OriginField("ar", "كركوك")] };

        Assert.Equal(origin, CoordinationJson.Deserialize(CoordinationJson.Serialize(WithOrigin(origin))).Incidents[0].Origin);
    }

    [Fact]
    public void A_10_MB_field_value_is_refused_by_the_reader_limit_naming_the_path()
    {
        var json = CoordinationJson.Serialize(WithOrigin(Acled with { Fields = [new OriginField("notes", new string('x', 10 * 1024 * 1024))] }));

        var error = Assert.Throws<System.Text.Json.JsonException>(() => CoordinationJson.Deserialize(json));
        Assert.Equal("$.incidents[0].origin", error.Path);
        Assert.Contains("the value of a field of an origin is longer than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_catalog_sometimes_holds_incidents_with_origins()
    {
        var incidents = CatalogGenerators.ValidCatalog().Sample(100, 60).SelectMany(c => c.Incidents).ToList();

        Assert.Contains(incidents, i => i.Origin is not null);
        Assert.Contains(incidents, i => i.Origin is null);
        Assert.Contains(incidents, i => i.Origin is { IsEventIdDerived: true });
    }

    private static JsonNode Written(RecordOrigin origin) =>
        JsonNode.Parse(CoordinationJson.Serialize(WithOrigin(origin)))!["incidents"]![0]!["origin"]!;

    private static CoordinationCatalog WithOrigin(RecordOrigin origin)
    {
        var builder = ArticleFacts.Catalog.ToBuilder();
        builder.Set(ArticleFacts.Catalog.Incidents[0] with { Origin = origin });
        return builder.ToCatalog();
    }
}
