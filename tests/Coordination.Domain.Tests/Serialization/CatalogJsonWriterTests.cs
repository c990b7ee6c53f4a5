using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Serialization;
using Coordination.Domain.Serialization.Converters;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// The direct writer (<see cref="CatalogJsonWriter"/>, <see cref="IncidentJsonWriter"/>) against the generic
/// path it replaces, the serializer over the document's metadata with <see cref="CoordinationJson.Options"/>:
/// the same bytes, and where a value cannot be written, the same exception.
/// </summary>
[Properties(Arbitrary = [typeof(CatalogArbitraries)], MaxTest = 200)]
public sealed class CatalogJsonWriterTests
{
    private static readonly CoordinationCatalog Golden = GoldenCatalog.Create();

    private static readonly JsonSerializerOptions Indented = new(CoordinationJson.Options) { WriteIndented = true };

    [Property(Arbitrary = [typeof(TextIncidents)])]
    public bool An_incident_is_written_directly_as_the_generic_path_writes_it(Incident incident) =>
        Direct(incident).SequenceEqual(Generic(incident, CoordinationJson.Options))
        && Direct(incident, indented: true).SequenceEqual(Generic(incident, Indented));

    [Property(MaxTest = 100)]
    public bool A_catalog_is_written_as_the_generic_path_writes_it(CoordinationCatalog catalog) =>
        CoordinationJson.SerializeToUtf8Bytes(catalog).AsSpan().SequenceEqual(Generic(catalog, CoordinationJson.Options))
        && CoordinationJson.SerializeToUtf8Bytes(catalog, indented: true).AsSpan().SequenceEqual(Generic(catalog, Indented))
        && CoordinationJson.Serialize(catalog, indented: true) == JsonSerializer.Serialize(CoordinationCatalogDocument.FromCatalog(catalog), InfoOf<CoordinationCatalogDocument>(Indented));

    [Fact]
    public void The_golden_catalog_is_written_as_the_generic_path_writes_it()
    {
        Assert.Equal(Generic(Golden, CoordinationJson.Options), CoordinationJson.SerializeToUtf8Bytes(Golden));
        Assert.Equal(Generic(Golden, Indented), CoordinationJson.SerializeToUtf8Bytes(Golden, indented: true));
    }

    [Fact]
    public void The_direct_writer_writes_the_members_the_metadata_of_an_incident_has_in_its_order()
    {
        var members = InfoOf<Incident>(CoordinationJson.Options).Properties.Select(p => p.Name);
        Assert.Equal(members, IncidentJsonWriter.MemberNames);
    }

    [Fact]
    public async Task A_large_catalog_written_to_a_stream_in_chunks_has_the_bytes_of_one_write()
    {
        var incidents = Gen.Sample(CatalogGenerators.Incident(), 600).Select((incident, i) => incident with { Id = Coordination.Domain.Identifiers.IncidentId.Parse($"incident-{i}") });
        var catalog = CatalogRecordKinds.Incidents.WithRecords(Golden, [.. Golden.Incidents, .. incidents]);
        var expected = Generic(catalog, Indented);
        Assert.True(expected.Length > 3 * CatalogJsonWriter.FlushThresholdBytes, $"{expected.Length} bytes do not make several chunks.");

        using var stream = new MemoryStream();
        CoordinationJson.Serialize(stream, catalog, indented: true);
        using var asyncStream = new MemoryStream();
        await CoordinationJson.SerializeAsync(asyncStream, catalog, indented: true, TestContext.Current.CancellationToken);

        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, asyncStream.ToArray());
    }

    [Fact]
    public void Letters_of_Arabic_and_Kurdish_are_written_as_letters()
    {
        var incident = Golden.Incidents[0] with { Summary = "هێرش لە نزیک کەرکووک", Location = Golden.Incidents[0].Location with { PlaceName = "مخمور" } };
        var json = Encoding.UTF8.GetString(CoordinationJson.SerializeToUtf8Bytes(Golden.With(incident)));

        Assert.Contains("\"summary\":\"هێرش لە نزیک کەرکووک\"", json, StringComparison.Ordinal);
        Assert.Contains("\"placeName\":\"مخمور\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_null_incident_is_refused_with_the_exception_of_the_generic_path()
    {
        var catalog = new CoordinationCatalog { Incidents = [Golden.Incidents[0], null!] };
        AssertSameRefusal(catalog, "Element 1 of 'incidents'");
    }

    [Fact]
    public void A_null_perpetrator_of_an_incident_is_refused_with_the_exception_of_the_generic_path()
    {
        var catalog = Golden.With(Golden.Incidents[0] with { Perpetrators = [Golden.Incidents[0].Perpetrators[0], null!] });
        AssertSameRefusal(catalog, "Element 1 of 'perpetrators' of a Incident");
    }

    [Fact]
    public void Null_casualties_of_an_incident_are_refused_with_the_exception_of_the_generic_path()
    {
        var catalog = Golden.With(Golden.Incidents[0] with { Casualties = [null!] });
        AssertSameRefusal(catalog, "Element 0 of 'casualties' of a Incident");
    }

    [Fact]
    public void A_default_identifier_of_an_incident_is_refused_with_the_exception_of_the_generic_path()
    {
        var catalog = Golden.With(Golden.Incidents[0] with { Sources = [default] });
        AssertSameRefusal(catalog, "default SourceId");
    }

    [Fact]
    public void An_undefined_kind_of_incident_is_refused_with_the_exception_of_the_generic_path()
    {
        var catalog = Golden.With(Golden.Incidents[0] with { Kind = (IncidentKind)99 });
        AssertSameRefusal(catalog, "99 is not a defined IncidentKind");
    }

    [Fact]
    public void Null_members_the_model_requires_are_written_as_the_generic_path_writes_them()
    {
        var incident = Golden.Incidents[0];
        foreach (var broken in new[] { incident with { Location = null! }, incident with { Inference = new Coordination.Domain.Provenance.Inference { Reasoning = null! } } })
        {
            var catalog = Golden.With(broken);
            var generic = Outcome(() => Generic(catalog, CoordinationJson.Options));
            Assert.Equal(generic, Outcome(() => CoordinationJson.SerializeToUtf8Bytes(catalog)));
            Assert.Equal(Outcome(() => Generic(broken, CoordinationJson.Options)), Outcome(() => Direct(broken)));
        }
    }

    [Fact]
    public async Task Incidents_written_as_JSON_Lines_are_the_generic_path_s_objects_one_a_line()
    {
        var incidents = Gen.Sample(TextIncidents.Incidents().Generator, 200);
        using var stream = new MemoryStream();
        await CoordinationJson.WriteIncidentsAsync(stream, incidents.ToAsyncEnumerable(), TestContext.Current.CancellationToken);

        var expected = incidents.SelectMany(incident => Generic(incident, CoordinationJson.Options).Append((byte)'\n')).ToArray();
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public async Task An_incident_that_cannot_be_written_as_a_JSON_line_is_refused_with_the_generic_path_s_exception()
    {
        var broken = Golden.Incidents[0] with { Perpetrators = [null!] };
        var generic = Assert.ThrowsAny<JsonException>(() => Generic(broken, CoordinationJson.Options));
        using var stream = new MemoryStream();

        var error = await Assert.ThrowsAnyAsync<JsonException>(() => CoordinationJson.WriteIncidentsAsync(stream, new[] { Golden.Incidents[1], broken }.ToAsyncEnumerable(), TestContext.Current.CancellationToken));

        Assert.Equal((generic.GetType(), generic.Message, generic.Path), (error.GetType(), error.Message, error.Path));
    }

    // The generic path's exception, and the same from every way of writing.
    private static void AssertSameRefusal(CoordinationCatalog catalog, string expected)
    {
        var generic = Assert.ThrowsAny<JsonException>(() => Generic(catalog, CoordinationJson.Options));
        Assert.Contains(expected, generic.Message, StringComparison.Ordinal);
        Assert.Equal((generic.GetType(), generic.Message, generic.Path), Refusal(() => CoordinationJson.SerializeToUtf8Bytes(catalog)));
        Assert.Equal((generic.GetType(), generic.Message, generic.Path), Refusal(() => CoordinationJson.Serialize(catalog)));
        Assert.Equal((generic.GetType(), generic.Message, generic.Path), Refusal(() => CoordinationJson.Serialize(Stream.Null, catalog)));
        Assert.Equal((generic.GetType(), generic.Message, generic.Path), Refusal(() => CoordinationJson.SerializeAsync(Stream.Null, catalog, cancellationToken: TestContext.Current.CancellationToken).GetAwaiter().GetResult()));
    }

    private static (Type, string, string?) Refusal(Action write)
    {
        var error = Assert.ThrowsAny<JsonException>(write);
        return (error.GetType(), error.Message, error.Path);
    }

    private static string Outcome(Func<byte[]> write)
    {
        try
        {
            return Encoding.UTF8.GetString(write());
        }
        catch (JsonException error)
        {
            return "refused: " + error.Message;
        }
    }

    private static byte[] Direct(Incident incident, bool indented = false)
    {
        var options = indented ? Indented : CoordinationJson.Options;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CatalogJsonWriter.WriterOptionsOf(options)))
        {
            new IncidentJsonWriter(options).Write(writer, incident);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Generic(Incident incident, JsonSerializerOptions options) => JsonSerializer.SerializeToUtf8Bytes(incident, InfoOf<Incident>(options));

    private static byte[] Generic(CoordinationCatalog catalog, JsonSerializerOptions options) =>
        JsonSerializer.SerializeToUtf8Bytes(CoordinationCatalogDocument.FromCatalog(catalog), InfoOf<CoordinationCatalogDocument>(options));

    private static JsonTypeInfo<T> InfoOf<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>Incidents whose free texts hold letters of Arabic and Kurdish, and what an encoder escapes.</summary>
    public static class TextIncidents
    {
        /// <summary>Gets the incidents.</summary>
        public static Arbitrary<Incident> Incidents() =>
            (from incident in CatalogGenerators.Incident()
             from summary in Gen.OneOf(ValueGenerators.NameTexts, Gen.Elements("\"quoted\" <b>&amp;</b> 'it's' \\ back\nline\t\u2028", "کەرکووک 🙂 Ṭūz", "\u0001control"))
             from place in ValueGenerators.NameTexts
             select incident with { Summary = summary, Location = incident.Location with { PlaceName = place } }).ToArbitrary();
    }
}
