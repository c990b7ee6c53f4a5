using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geo.GeoJson;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Geo.Tests.GeoJson;

public sealed class GeoJsonWriterTests
{
    private static readonly LocalDate June2021 = new(2021, 6, 1);
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly JsonSerializerOptions NtsOptions = new() { Converters = { new GeoJsonConverterFactory() } };
    private static readonly CatalogGeometry NoGeometry = new(TerritoryGeometry.Create([], null), []);
    private static readonly string[] Polygonal = ["Polygon", "MultiPolygon"];
    private static readonly double[] ProbeBox = [44.987654, 35.123457, 44.987654, 35.123457];

    private static byte[] Export(CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date)
    {
        using var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, catalog, geometry, date);
        return stream.ToArray();
    }

    private static JsonDocument ExportReference(LocalDate date) =>
        JsonDocument.Parse(Export(ReferenceCatalog.Load(), CatalogGeometry.Reference, date));

    private static JsonElement[] FeaturesOf(JsonDocument document, string kind) =>
        [.. document.RootElement.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == kind)];

    [Fact]
    public void The_reference_map_keeps_the_rules_of_RFC_7946()
    {
        using var document = ExportReference(June2021);

        var positions = Rfc7946.CheckFeatureCollection(document.RootElement);

        // Longitude first: every position of the reference lies in Iraq (longitude 38–49 °E, latitude 29–38 °N).
        Assert.NotEmpty(positions);
        Assert.All(positions, p =>
        {
            Assert.InRange(p.Longitude, 38, 49);
            Assert.InRange(p.Latitude, 29, 38);
        });
        Assert.True(document.RootElement.TryGetProperty("bbox", out _));
        Assert.Equal("2021-06-01", document.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Every_record_is_one_feature_with_a_unique_id()
    {
        var catalog = ReferenceCatalog.Load();
        using var document = ExportReference(June2021);
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToArray();

        var outsideCatalog = CatalogGeometry.Reference.Territories.Shapes.Count(s => catalog.FindTerritory(s.Territory) is null);
        Assert.True(outsideCatalog > 0);
        Assert.Equal(catalog.Territories.Length + outsideCatalog, FeaturesOf(document, "territory").Length);
        Assert.Equal(outsideCatalog, FeaturesOf(document, "territory").Count(t => !t.GetProperty("properties").GetProperty("inCatalog").GetBoolean()));
        Assert.All(
            FeaturesOf(document, "territory").Where(t => !t.GetProperty("properties").GetProperty("inCatalog").GetBoolean()),
            t => Assert.Equal("shape", t.GetProperty("properties").GetProperty("location").GetString()));
        Assert.Equal(catalog.Lines.Length, FeaturesOf(document, "line").Length);
        Assert.Equal(catalog.Mechanisms.Length, FeaturesOf(document, "mechanism").Length);
        Assert.Equal(catalog.Incidents.Count(i => i.Date.Earliest <= June2021), FeaturesOf(document, "incident").Length);
        var ids = features.Select(f => f.GetProperty("id").GetString()).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Governorates_are_their_shapes_and_territories_without_one_their_points()
    {
        using var document = ExportReference(June2021);
        var territories = FeaturesOf(document, "territory").ToDictionary(f => f.GetProperty("properties").GetProperty("territory").GetString()!);

        var kirkuk = territories["kirkuk"];
        Assert.Contains(kirkuk.GetProperty("geometry").GetProperty("type").GetString(), Polygonal);
        Assert.Equal("shape", kirkuk.GetProperty("properties").GetProperty("location").GetString());
        Assert.Equal("IQ-KI", kirkuk.GetProperty("properties").GetProperty("iso").GetString());
        Assert.True(kirkuk.GetProperty("properties").GetProperty("disputed").GetBoolean());
        var prde = territories["prde"];
        Assert.Equal("Point", prde.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("point", prde.GetProperty("properties").GetProperty("location").GetString());
        var region = territories["disputed-territories"];
        Assert.Equal(JsonValueKind.Null, region.GetProperty("geometry").ValueKind);
        Assert.Equal("none", region.GetProperty("properties").GetProperty("location").GetString());
    }

    [Fact]
    public void The_line_is_marked_inferred_with_its_reasoning_and_its_stretches_add_up()
    {
        using var document = ExportReference(June2021);

        var kcl = Assert.Single(FeaturesOf(document, "line"));
        var properties = kcl.GetProperty("properties");
        Assert.Equal("line/kcl", kcl.GetProperty("id").GetString());
        Assert.True(properties.GetProperty("traceInferred").GetBoolean());
        Assert.Contains("2017", properties.GetProperty("traceReasoning").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, properties.GetProperty("traceSources").GetArrayLength());
        var stretches = FeaturesOf(document, "stretch").Select(s => s.GetProperty("properties")).ToArray();
        Assert.NotEmpty(stretches);
        var length = properties.GetProperty("lengthKm").GetDouble();
        Assert.Equal(length, stretches.Sum(s => s.GetProperty("lengthKm").GetDouble()), 0.001 * stretches.Length + 0.001);
        Assert.Equal(
            properties.GetProperty("coveredKm").GetDouble(),
            stretches.Where(s => s.GetProperty("status").GetString() == "covered").Sum(s => s.GetProperty("lengthKm").GetDouble()),
            0.001 * stretches.Length + 0.001);
    }

    [Fact]
    public void Stretch_statuses_are_the_coverage_on_the_date()
    {
        var catalog = ReferenceCatalog.Load();
        foreach (var date in new[] { new LocalDate(2019, 1, 1), new LocalDate(2021, 5, 20), June2021 })
        {
            using var document = ExportReference(date);
            var coverage = catalog.CoverageOn(CatalogGeometry.Reference, date).SelectMany(c => c.Stretches).ToDictionary(s => s.Stretch.Key);

            var stretches = FeaturesOf(document, "stretch");

            Assert.Equal(coverage.Count, stretches.Length);
            Assert.All(stretches, s =>
            {
                var properties = s.GetProperty("properties");
                var expected = coverage[properties.GetProperty("stretch").GetString()!];
                Assert.Equal(expected.IsCovered ? "covered" : "open", properties.GetProperty("status").GetString());
                Assert.Equal(expected.CoveredBy.Select(m => m.Value), properties.GetProperty("coveredBy").EnumerateArray().Select(m => m.GetString()));
            });
        }
    }

    [Fact]
    public void Mechanisms_carry_their_status_on_the_date_at_their_site()
    {
        using var before = ExportReference(new LocalDate(2021, 1, 1));
        using var after = ExportReference(June2021);
        JsonElement Kirkuk(JsonDocument d) => FeaturesOf(d, "mechanism").Single(m => m.GetProperty("id").GetString() == "mechanism/jcc-kirkuk");

        Assert.Equal("operational", Kirkuk(after).GetProperty("properties").GetProperty("status").GetString());
        Assert.NotEqual("operational", Kirkuk(before).GetProperty("properties").GetProperty("status").GetString());
        // K1 base has no point in the catalog: no location is made up for it.
        Assert.Equal(JsonValueKind.Null, Kirkuk(after).GetProperty("geometry").ValueKind);
        Assert.Equal("k1-base", Kirkuk(after).GetProperty("properties").GetProperty("site").GetString());
        var erbil = FeaturesOf(after, "mechanism").Single(m => m.GetProperty("id").GetString() == "mechanism/jcc-main-erbil");
        var site = ReferenceCatalog.Load().FindTerritory(TerritoryId.Parse("erbil"))!.Point!.Value;
        var point = erbil.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(n => n.GetDouble()).ToArray();
        Assert.Equal([site.Longitude, site.Latitude], point);
    }

    [Fact]
    public void Incidents_keep_unknown_tolls_and_imprecise_places_apart()
    {
        using var document = ExportReference(new LocalDate(2030, 1, 1));
        var incidents = FeaturesOf(document, "incident").ToDictionary(f => f.GetProperty("properties").GetProperty("incident").GetString()!);
        var catalog = ReferenceCatalog.Load();

        foreach (var incident in catalog.Incidents)
        {
            var feature = incidents[incident.Id.Value];
            var properties = feature.GetProperty("properties");
            Assert.Equal(incident.Location.Point is null, feature.GetProperty("geometry").ValueKind == JsonValueKind.Null);
            Assert.Equal(CoordinationJsonName(incident.Location.Precision), properties.GetProperty("precision").GetString());
            if (incident.TotalKilled is { } killed)
            {
                Assert.Equal(killed.Best, properties.GetProperty("killed").GetInt32());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, properties.GetProperty("killed").ValueKind);
            }

            Assert.Equal(incident.Sources.Select(s => s.Value), properties.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        }

        Assert.Equal(JsonValueKind.Null, incidents["rashad-attack-2021-09-05"].GetProperty("geometry").ValueKind);
    }

    [Theory]
    [InlineData(2021, 6, 1, 20.0)]
    [InlineData(2030, 1, 1, 20.0)]
    [InlineData(2030, 1, 1, 80.0)]
    public void Incidents_carry_their_placement_by_the_gap_analysis(int year, int month, int day, double bufferKm)
    {
        var date = new LocalDate(year, month, day);
        var options = new GapOptions { BufferKm = bufferKm };
        var catalog = ReferenceCatalog.Load();
        var placements = catalog.GapsOn(CatalogGeometry.Reference, date, options).Placements.ToDictionary(p => p.Incident.Value);
        using var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, catalog, CatalogGeometry.Reference, date, options);
        using var document = JsonDocument.Parse(stream.ToArray());

        var incidents = FeaturesOf(document, "incident");

        Assert.Equal(placements.Count, incidents.Length);
        Assert.All(incidents, feature =>
        {
            var properties = feature.GetProperty("properties");
            var placement = placements[properties.GetProperty("incident").GetString()!];
            Assert.Equal(char.ToLowerInvariant(placement.Kind.ToString()[0]) + placement.Kind.ToString()[1..], properties.GetProperty("placement").GetString());
            Assert.Equal(placement.Stretch, properties.GetProperty("stretch").GetString());
            Assert.Equal(placement.IsCovered switch { true => "covered", false => "open", null => null }, properties.GetProperty("stretchStatus").GetString());
            Assert.Equal(placement.CoveredBy.Select(m => m.Value), properties.GetProperty("coveredBy").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal(placement.Candidates, properties.GetProperty("candidateStretches").EnumerateArray().Select(m => m.GetString()!));
            Assert.Equal(placement.IsDateAmbiguous, properties.GetProperty("dateAmbiguous").GetBoolean());
            Assert.Equal(placement.IsByPoint, properties.GetProperty("placedByPoint").GetBoolean());
        });
        Assert.Contains(incidents, f => f.GetProperty("properties").GetProperty("placement").GetString() != "unlocated");
    }

    [Fact]
    public void Incidents_after_the_date_are_left_out()
    {
        using var document = ExportReference(new LocalDate(2021, 5, 2));

        var ids = FeaturesOf(document, "incident").Select(f => f.GetProperty("properties").GetProperty("incident").GetString()).ToArray();

        Assert.Contains("prde-attack-2021-05-01", ids);
        Assert.DoesNotContain("rashad-attack-2021-09-05", ids);
    }

    [Fact]
    public void Numbers_are_written_the_same_in_every_culture()
    {
        var invariant = Export(ReferenceCatalog.Load(), CatalogGeometry.Reference, June2021);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, Export(ReferenceCatalog.Load(), CatalogGeometry.Reference, June2021));
            CultureInfo.CurrentCulture = new CultureInfo("ar-IQ");
            Assert.Equal(invariant, Export(ReferenceCatalog.Load(), CatalogGeometry.Reference, June2021));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void NetTopologySuite_reads_the_export_back_shape_for_shape()
    {
        var json = Export(ReferenceCatalog.Load(), CatalogGeometry.Reference, June2021);

#pragma warning disable IL2026, IL3050 // A test: reflection-based System.Text.Json is fine here.
        var collection = JsonSerializer.Deserialize<FeatureCollection>(json, NtsOptions)!;
#pragma warning restore IL2026, IL3050

        foreach (var shape in CatalogGeometry.Reference.Territories.Shapes)
        {
            var feature = collection.Single(f => f.Attributes.GetOptionalValue("kind") as string == "territory" && f.Attributes["territory"] as string == shape.Territory.Value);
            Assert.True(feature.Geometry.EqualsTopologically(shape.Geometry), shape.Territory.Value);
        }

        var kcl = collection.Single(f => f.Attributes["kind"] as string == "line");
        Assert.True(kcl.Geometry.EqualsExact(CatalogGeometry.Reference.Traces[0].Geometry, 1e-6));
    }

    [Fact]
    public void The_trace_reads_back_from_the_export()
    {
        using var stream = new MemoryStream(Export(ReferenceCatalog.Load(), CatalogGeometry.Reference, June2021));

        var trace = GeoJsonReader.ReadTrace(stream, CoordinationLineId.Parse("kcl"));

        Assert.True(trace.Geometry.EqualsExact(LineTrace.InferredKcl.Geometry, 1e-6));
        Assert.False(trace.IsInferred);
    }

    [Fact]
    public void Rings_given_clockwise_are_written_counter_clockwise_and_holes_clockwise()
    {
        var shell = Factory.CreateLinearRing([new(44, 35), new(44, 36), new(45, 36), new(45, 35), new(44, 35)]);
        var hole = Factory.CreateLinearRing([new(44.2, 35.2), new(44.8, 35.2), new(44.8, 35.8), new(44.2, 35.8), new(44.2, 35.2)]);
        Assert.False(NetTopologySuite.Algorithm.Orientation.IsCCW(shell.CoordinateSequence));
        var square = TerritoryShape(Factory.CreatePolygon(shell, [hole]));
        var catalog = ReferenceCatalog.Load();
        var geometry = new CatalogGeometry(TerritoryGeometry.Create([square], null), []);

        using var document = JsonDocument.Parse(Export(catalog, geometry, June2021));

        Rfc7946.CheckFeatureCollection(document.RootElement);
        var rings = FeaturesOf(document, "territory").Single(f => f.GetProperty("id").GetString() == "territory/kirkuk")
            .GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList()).ToArray();
        Assert.True(Rfc7946.SignedArea(rings[0]) > 0);
        Assert.True(Rfc7946.SignedArea(rings[1]) < 0);
    }

    [Fact]
    public void Without_geometry_lines_have_no_trace_and_territories_only_points()
    {
        using var document = JsonDocument.Parse(Export(ReferenceCatalog.Load(), NoGeometry, June2021));

        Rfc7946.CheckFeatureCollection(document.RootElement);
        var kcl = Assert.Single(FeaturesOf(document, "line"));
        Assert.Equal(JsonValueKind.Null, kcl.GetProperty("geometry").ValueKind);
        Assert.False(kcl.GetProperty("properties").TryGetProperty("lengthKm", out _));
        Assert.Empty(FeaturesOf(document, "stretch"));
        Assert.All(FeaturesOf(document, "territory"), t => Assert.NotEqual("shape", t.GetProperty("properties").GetProperty("location").GetString()));
    }

    [Fact]
    public void An_empty_catalog_is_an_empty_collection_without_a_bbox()
    {
        using var document = JsonDocument.Parse(Export(CoordinationCatalog.Empty, NoGeometry, June2021));

        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("features").GetArrayLength());
        Assert.False(document.RootElement.TryGetProperty("bbox", out _));
    }

    [Fact]
    public void A_reported_point_is_written_longitude_first_and_rounded()
    {
        var incident = ReferenceCatalog.Load().Incidents[0] with { Id = IncidentId.Parse("probe") };
        incident = incident with
        {
            Date = ReportedDate.OnDay(new LocalDate(2021, 1, 1)),
            Location = incident.Location with { Point = new GeoPoint(35.123456789, 44.987654321) },
        };
        var catalog = CoordinationCatalog.Empty.With(incident);

        using var document = JsonDocument.Parse(Export(catalog, NoGeometry, June2021));

        var coordinates = FeaturesOf(document, "incident").Single().GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal("44.987654", coordinates[0].GetRawText());
        Assert.Equal("35.123457", coordinates[1].GetRawText());
        Assert.Equal(ProbeBox, document.RootElement.GetProperty("bbox").EnumerateArray().Select(n => n.GetDouble()));
    }

    [Theory]
    [InlineData(double.NaN, 35.0)]
    [InlineData(200.0, 35.0)]
    [InlineData(44.0, -95.0)]
    [InlineData(double.PositiveInfinity, 35.0)]
    public void A_trace_made_in_code_with_a_position_off_the_globe_is_refused_before_it_can_reach_the_writer(double longitude, double latitude)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new LineTrace
        {
            Line = CoordinationLineId.Parse("kcl"),
            Geometry = Factory.CreateLineString([new(44, 35), new(longitude, latitude)]),
        });

        Assert.False(string.IsNullOrEmpty(error.Message));
        Assert.Contains("not a longitude in [-180, 180] and a latitude in [-90, 90]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_is_indented_only_when_asked()
    {
        using var compact = new MemoryStream();
        using var indented = new MemoryStream();

        GeoJsonWriter.Write(compact, ReferenceCatalog.Load(), CatalogGeometry.Reference, June2021);
        GeoJsonWriter.Write(indented, ReferenceCatalog.Load(), CatalogGeometry.Reference, June2021, indented: true);

        Assert.DoesNotContain((byte)'\n', compact.ToArray());
        Assert.Contains((byte)'\n', indented.ToArray());
        using var a = JsonDocument.Parse(compact.ToArray());
        using var b = JsonDocument.Parse(indented.ToArray());
        Assert.True(JsonElement.DeepEquals(a.RootElement, b.RootElement));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var catalog = CoordinationCatalog.Empty;
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => GeoJsonWriter.Write((Stream)null!, catalog, CatalogGeometry.Reference, June2021)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => GeoJsonWriter.Write(new MemoryStream(), null!, CatalogGeometry.Reference, June2021)).ParamName);
        Assert.Equal("geometry", Assert.Throws<ArgumentNullException>(() => GeoJsonWriter.Write(new MemoryStream(), catalog, null!, June2021)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => GeoJsonWriter.Write((Utf8JsonWriter)null!, catalog, CatalogGeometry.Reference, June2021, null)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoJsonWriter.Write(new MemoryStream(), catalog, CatalogGeometry.Reference, June2021, new GapOptions { BufferKm = -1 }));
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 40)]
    public void Any_valid_catalog_exports_as_valid_GeoJSON_with_one_feature_per_record(CoordinationCatalog catalog, int day)
    {
        var date = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(day % 12_000));
        var geometry = CatalogGeometry.Reference;
        var stretches = catalog.CoverageOn(geometry, date).Sum(c => c.Stretches.Length);

        using var document = JsonDocument.Parse(Export(catalog, geometry, date));

        Rfc7946.CheckFeatureCollection(document.RootElement);
        var outside = geometry.Territories.Shapes.Count(s => catalog.FindTerritory(s.Territory) is null);
        var expected = catalog.Territories.Length + outside + catalog.Lines.Length + stretches + catalog.Mechanisms.Length
            + catalog.Incidents.Count(i => i.Date.Earliest <= date);
        Assert.Equal(expected, document.RootElement.GetProperty("features").GetArrayLength());
        var ids = document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static TerritoryShape TerritoryShape(Geometry geometry) => new(TerritoryId.Parse("kirkuk"), geometry);

    private static string CoordinationJsonName(LocationPrecision precision) => Serialization.CoordinationJson.NameOf(precision);
}
