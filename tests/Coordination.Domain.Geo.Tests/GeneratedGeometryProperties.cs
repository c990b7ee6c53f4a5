using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.GeoJson;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Reference;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Geo.Tests;

/// <summary>Traces and GeoJSON over the geometry Coordination.Domain.Testing generates: valid geometry is kept and round-trips, malformed geometry is refused as documented.</summary>
public sealed class GeneratedGeometryProperties
{
    private static readonly CoordinationLineId Kcl = CoordinationLineId.Parse("kcl");
    private static readonly LocalDate June2021 = new(2021, 6, 1);
    private static readonly JsonSerializerOptions NtsOptions = new() { Converters = { new GeoJsonConverterFactory() } };
    private static readonly CoordinationCatalog Catalog = ReferenceCatalog.Load();

    [Property(MaxTest = 200)]
    public Property A_trace_keeps_every_generated_trace_geometry() =>
        Prop.ForAll(GeometryGenerators.TraceGeometries().ToArbitrary(), geometry =>
        {
            var trace = new LineTrace { Line = Kcl, Geometry = geometry };
            return (ReferenceEquals(trace.Geometry, geometry) && trace.LengthKm > 0 && double.IsFinite(trace.LengthKm)).Label(geometry.AsText());
        });

    [Property(Arbitrary = [typeof(GeometryArbitraries)], MaxTest = 300)]
    public Property A_trace_refuses_each_malformed_geometry_with_the_documented_exception(MalformedGeometry malformed)
    {
        var error = Record.Exception(() => new LineTrace { Line = Kcl, Geometry = malformed.Geometry! });

        return (error is not null
                && error.GetType() == malformed.ExpectedException
                && error.Message.Contains(malformed.ExpectedMessage, StringComparison.OrdinalIgnoreCase)
                && ((ArgumentException)error).ParamName == "value")
            .Label($"{malformed}: {error?.GetType().Name} {error?.Message}");
    }

    [Property(MaxTest = 150)]
    public Property A_generated_trace_written_as_GeoJSON_reads_back_vertex_for_vertex() =>
        Prop.ForAll(GeometryGenerators.LineTraces(Kcl).ToArbitrary(), trace =>
        {
            using var stream = new MemoryStream(Export(new CatalogGeometry(TerritoryGeometry.Create([], null), [trace])));

            var read = GeoJsonReader.ReadTrace(stream, Kcl);

            // A multi-line string of one part is written as the one line string it is.
            var expected = trace.Geometry is MultiLineString { NumGeometries: 1 } single ? single.GetGeometryN(0) : trace.Geometry;
            return (read.Geometry.GeometryType == expected.GeometryType && read.Geometry.EqualsExact(expected))
                .Label($"{trace.Geometry.AsText()}\nread back as {read.Geometry.AsText()}");
        });

    [Property(Arbitrary = [typeof(GeometryArbitraries)], MaxTest = 150)]
    public Property A_generated_polygon_written_as_a_territory_reads_back_vertex_for_vertex(Polygon polygon)
    {
        var territory = Catalog.Territories[0].Id;
        var geometry = new CatalogGeometry(TerritoryGeometry.Create([new TerritoryShape(territory, polygon)], null), []);

#pragma warning disable IL2026, IL3050 // A test: reflection-based System.Text.Json is fine here.
        var collection = JsonSerializer.Deserialize<FeatureCollection>(Export(geometry), NtsOptions)!;
#pragma warning restore IL2026, IL3050
        var feature = collection.Single(f => f.Attributes.GetOptionalValue("kind") as string == "territory" && f.Attributes["territory"] as string == territory.Value);

        return feature.Geometry.EqualsExact(polygon).Label($"{polygon.AsText()}\nread back as {feature.Geometry.AsText()}");
    }

    private static byte[] Export(CatalogGeometry geometry)
    {
        using var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, Catalog, geometry, June2021);
        return stream.ToArray();
    }
}
