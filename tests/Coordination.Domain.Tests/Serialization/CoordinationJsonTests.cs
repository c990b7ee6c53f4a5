using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Serialization;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

public sealed class CoordinationJsonTests
{
    private static readonly CoordinationCatalog Golden = GoldenCatalog.Create();

    [Fact]
    public void Computed_properties_and_absent_optional_members_are_not_written()
    {
        var json = CoordinationJson.Serialize(Golden);
        foreach (var computed in new[] { "totalKilled", "totalInjured", "currentStatus", "parties", "acronyms", "\"all\"", "earliest", "latest", "\"length", "isOrdered", "isDefault", "isOpenEnded", "lengthInMetres", "\"value\"" })
        {
            Assert.DoesNotContain(computed, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5000000000", "5000000000")]
    [InlineData("5.00", "5.00")]
    [InlineData("0.1", "0.1")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Money_is_written_as_a_decimal_string_that_keeps_every_digit(string amount, string written)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), CurrencyCode.IraqiDinar, AmountQualifier.About);
        var catalog = Golden.With(Golden.Support[0] with { Amount = money });
        var json = CoordinationJson.Serialize(catalog);
        Assert.Contains($"\"amount\":{{\"amount\":\"{written}\",\"currency\":\"IQD\",\"qualifier\":\"about\"}}", json, StringComparison.Ordinal);
        Assert.Equal(money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), CoordinationJson.Deserialize(json).Support[0].Amount!.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_time_of_day_with_a_fraction_of_a_second_round_trips_exactly()
    {
        var time = new LocalTime(2, 0, 0).PlusNanoseconds(123_456_789);
        var catalog = Golden.With(Golden.Incidents[0] with { Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1), time) });
        var json = CoordinationJson.Serialize(catalog);
        Assert.Contains("\"timeOfDay\":\"02:00:00.123456789\"", json, StringComparison.Ordinal);
        Assert.Equal(catalog, CoordinationJson.Deserialize(json));
    }

    [Fact]
    public void A_default_identifier_cannot_be_written()
    {
        var catalog = Golden.With(Golden.Actors[0] with { Id = default });
        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Serialize(catalog));
        Assert.Contains("default ActorId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_record_in_an_array_cannot_be_written()
    {
        var catalog = new CoordinationCatalog { Actors = [Golden.Actors[0], null!] };
        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Serialize(catalog));
        Assert.Contains("Element 1 of 'actors'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_enum_value_cannot_be_written()
    {
        var catalog = Golden.With(Golden.Actors[0] with { Kind = (ActorKind)99 });
        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Serialize(catalog));
        Assert.Contains("99 is not a defined ActorKind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_affected_party_cannot_be_written()
    {
        var catalog = Golden.With(Golden.Incidents[0] with { Targets = [default(AffectedParty)] });
        Assert.ThrowsAny<JsonException>(() => CoordinationJson.Serialize(catalog));
    }

    [Fact]
    public void A_catalog_with_domain_errors_is_read_and_its_errors_are_reported_by_the_validators_with_codes()
    {
        Assert.True(Golden.Validate().IsValid, string.Join("; ", Golden.Validate().Errors));
        var json = CoordinationJson.Serialize(Golden)
            .Replace("\"killed\":{\"low\":3,\"best\":3,\"high\":3}", "\"killed\":{\"low\":5,\"best\":3,\"high\":1}", StringComparison.Ordinal)
            .Replace("\"target\":\"krg\"", "\"target\":\"nowhere\"", StringComparison.Ordinal);

        var result = CoordinationJson.Deserialize(json).Validate();

        Assert.Contains(result.Errors, e => e.ErrorCode == "COORD-INC-005");
        Assert.Contains(result.Errors, e => e.ErrorCode == "COORD-CAT-002");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.12")]
    public void Documents_of_the_supported_major_version_are_read(string version)
    {
        var json = WithSchemaVersion(CoordinationJson.Serialize(Golden), version);
        Assert.Equal(Golden, CoordinationJson.Deserialize(json));
    }

    [Theory]
    [InlineData("2.0", "Read it with a newer version of the package.")]
    [InlineData("0.9", "Convert it to the current schema first.")]
    public void A_document_of_another_major_version_is_refused_with_a_clear_message(string version, string advice)
    {
        var json = WithSchemaVersion(CoordinationJson.Serialize(Golden), version);
        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Deserialize(json));
        Assert.StartsWith($"This document has schema version {version}; this version of Coordination.Domain reads schema version 1.x only.", error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
        Assert.Equal("$.schemaVersion", error.Path);
    }

    [Fact]
    public void The_options_are_read_only_and_serve_every_record_type()
    {
        Assert.True(CoordinationJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => CoordinationJson.Options.MaxDepth = 1000);
        foreach (var type in new[] { typeof(Actor), typeof(Incident), typeof(EnablingSupport), typeof(CoordinationCatalogDocument), typeof(Name), typeof(ActorId) })
        {
            Assert.NotNull(CoordinationJson.Options.GetTypeInfo(type));
        }
    }

    [Fact]
    public void Options_composed_from_the_contract_write_records_as_the_contract_does()
    {
        var options = new JsonSerializerOptions(CoordinationJson.Options);
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        var actor = Golden.Actors[1];
        var alone = JsonSerializer.Serialize(actor, (JsonTypeInfo<Actor>)options.GetTypeInfo(typeof(Actor)));
        Assert.Contains(alone, CoordinationJson.Serialize(Golden), StringComparison.Ordinal);
        Assert.Equal(actor, JsonSerializer.Deserialize(alone, (JsonTypeInfo<Actor>)options.GetTypeInfo(typeof(Actor))));
    }

    [Fact]
    public void The_catalog_document_carries_the_current_schema_version_and_the_records()
    {
        var document = CoordinationCatalogDocument.FromCatalog(Golden);
        Assert.Equal(CoordinationCatalogDocument.CurrentSchemaVersion, document.SchemaVersion);
        Assert.Equal(Golden, document.ToCatalog());
        Assert.Equal(ImmutableArray<Actor>.Empty, new CoordinationCatalogDocument { SchemaVersion = "1.0", Actors = default }.Actors);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CoordinationJson.Serialize((CoordinationCatalog)null!));
        Assert.Throws<ArgumentNullException>(() => CoordinationJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => CoordinationJson.Deserialize((System.IO.Stream)null!));
        Assert.Throws<ArgumentNullException>(() => CoordinationCatalogDocument.FromCatalog(null!));
    }

    // The document with its schema version replaced (the replacement is checked, so the test cannot pass vacuously).
    private static string WithSchemaVersion(string json, string version)
    {
        var current = $"\"schemaVersion\":\"{CoordinationCatalogDocument.CurrentSchemaVersion}\"";
        Assert.Contains(current, json, StringComparison.Ordinal);
        return json.Replace(current, $"\"schemaVersion\":\"{version}\"", StringComparison.Ordinal);
    }
}
