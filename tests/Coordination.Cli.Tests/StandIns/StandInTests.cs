using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Coordination.Cli.StandIns;
using Coordination.Domain.Catalog;
using Xunit;

namespace Coordination.Cli.Tests.StandIns;

/// <summary>
/// TEMPORARY: tests of the stand-ins (sample catalog, JSON format, validator). Delete this file with the
/// StandIns folder when the reference catalog, CoordinationJson and catalog.Validate() are wired in.
/// </summary>
public class StandInTests
{
    private static readonly CoordinationCatalog Sample = new SampleCatalog().Load();

    [Fact]
    public void The_sample_catalog_survives_a_round_trip_through_the_stand_in_format()
    {
        using var stream = new MemoryStream();
        StandInCatalogWriter.Write(stream, Sample);

        var read = StandInCatalogReader.Read(stream.ToArray());

        Assert.Equal(Sample, read);
        Assert.Equal(Sample.Incidents.Single(), read.Incidents.Single());
    }

    [Fact]
    public void The_sample_catalog_validates_clean()
    {
        Assert.Empty(StandInCatalogValidator.Check(Sample).Errors);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"extra\":1}", "$")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"actors\":[{\"id\":\"goi\",\"kind\":\"nation\",\"names\":{\"primary\":{\"text\":\"x\"}}}]}", "$.actors[0].kind")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"territories\":[{\"id\":\"t\",\"kind\":\"town\",\"names\":{\"primary\":{\"text\":\"x\"}},\"point\":{\"latitude\":91,\"longitude\":0}}]}", "$.territories[0].point")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"support\":[{\"id\":\"s\",\"provider\":\"a\",\"amount\":{\"amount\":\"1\",\"currency\":\"XYZ\"}}]}", "$.support[0].amount")]
    [InlineData("{\"actors\":[]}", "$")]
    public void The_stand_in_reader_names_the_path_of_what_breaks_the_contract(string json, string path)
    {
        var e = Assert.Throws<JsonException>(() => StandInCatalogReader.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void The_stand_in_validator_codes_unordered_casualties_and_broken_lifecycles()
    {
        var incident = Sample.Incidents[0];
        var broken = Sample
            .With(incident with { Casualties = [incident.Casualties[0] with { Killed = new(5, 3, 3) }] })
            .With(Sample.Mechanisms[0] with { StatusHistory = [.. Sample.Mechanisms[0].StatusHistory.Reverse()] });

        var errors = StandInCatalogValidator.Check(broken).Errors;

        Assert.Contains(errors, e => e.ErrorCode == "COORD-INC-005" && e.PropertyName == "Incidents[0].Casualties[0].Killed");
        Assert.Contains(errors, e => e.ErrorCode == "COORD-MECH-002" && e.PropertyName == "Mechanisms[0].StatusHistory[1]");
    }

    [Fact]
    public void The_stand_in_schema_is_json()
    {
        using var schema = JsonDocument.Parse(StandInSchema.Text);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }
}
