using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Serialization;
using Coordination.Domain.Territories;
using NetTopologySuite.Geometries;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Domain.Geo.GeoJson;

/// <summary>
/// Writes a catalog and its geometry on a date as one GeoJSON (RFC 7946) <c>FeatureCollection</c>: territories,
/// lines, the stretches of each line covered or open on the date, mechanisms at their sites, and incidents.
/// </summary>
/// <remarks>
/// <para>
/// Every feature has an <c>id</c> (<c>territory/kirkuk</c>, <c>line/kcl</c>, <c>stretch/kcl/kirkuk/1</c>,
/// <c>mechanism/jcc-kirkuk</c>, <c>incident/…</c>) and a <c>kind</c> property, then properties of its kind (see
/// <c>docs/geo.md</c>). A territory is its shape where it has one, else its point; a mechanism is its site's point; an
/// incident is its reported point, never a point made up from its territory or site (its <c>precision</c> and
/// <c>territory</c> say what is known); what has no location has a <c>null</c> geometry. Incidents after the date are
/// left out, as in the situation on that date. Shapes of territories the catalog does not hold are written as
/// outlines (<c>inCatalog</c> false, no other properties).
/// </para>
/// <para>
/// The RFC's rules hold: positions are longitude then latitude, rounded to 6 decimal places (about 0.1 m), written
/// with invariant number formatting; exterior rings run counter-clockwise and holes clockwise; there is no
/// <c>crs</c> member; the collection's <c>bbox</c> (west, south, east, north) bounds every position written and is
/// written after <c>features</c>. The collection carries one foreign member, <c>date</c>.
/// </para>
/// </remarks>
public static class GeoJsonWriter
{
    /// <summary>Writes the collection as UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it (for the reference catalog, <see cref="CatalogGeometry.Reference"/>).</param>
    /// <param name="date">The date of the situation: statuses, disputes, coverage and which incidents are written.</param>
    /// <param name="options">The options of the gap analysis that places the incidents, or <see langword="null"/> for <see cref="GapOptions.Default"/>.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/>, <paramref name="catalog"/> or <paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A geometry has a position that is not a WGS 84 longitude and latitude.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="GapOptions"/>).</exception>
    public static void Write(Stream utf8Json, CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, GapOptions? options = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = indented });
        Write(writer, catalog, geometry, date, options);
    }

    /// <summary>Writes the collection as one JSON value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it.</param>
    /// <param name="date">The date of the situation.</param>
    /// <param name="options">The options of the gap analysis that places the incidents, or <see langword="null"/> for <see cref="GapOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="catalog"/> or <paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A geometry has a position that is not a WGS 84 longitude and latitude.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="GapOptions"/>).</exception>
    public static void Write(Utf8JsonWriter writer, CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, GapOptions? options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(geometry);
        var gaps = catalog.GapsOn(geometry, date, options);
        var bounds = new Envelope();
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteString("date", LocalDatePattern.Iso.Format(date));
        writer.WriteStartArray("features");
        var disputed = catalog.DisputesOn(date).Select(d => d.Territory).ToHashSet();
        foreach (var territory in catalog.Territories)
        {
            WriteTerritory(writer, territory, geometry.Territories.ShapeOf(territory.Id), disputed.Contains(territory.Id), date, bounds);
        }

        foreach (var shape in geometry.Territories.Shapes.Where(s => catalog.FindTerritory(s.Territory) is null))
        {
            WriteShapeOnly(writer, shape, bounds);
        }

        var coverage = gaps.Coverage.ToDictionary(c => c.Line);
        foreach (var line in catalog.Lines)
        {
            WriteLine(writer, line, coverage.GetValueOrDefault(line.Id), bounds);
        }

        foreach (var line in catalog.Lines)
        {
            if (coverage.GetValueOrDefault(line.Id) is { } covered)
            {
                foreach (var stretch in covered.Stretches)
                {
                    WriteStretch(writer, stretch, bounds);
                }
            }
        }

        foreach (var mechanism in catalog.Mechanisms)
        {
            WriteMechanism(writer, mechanism, mechanism.Site is { } site ? catalog.FindTerritory(site)?.Point : null, date, bounds);
        }

        var placements = new Dictionary<IncidentId, IncidentPlacement>();
        foreach (var placement in gaps.Placements)
        {
            placements.TryAdd(placement.Incident, placement);
        }

        foreach (var incident in catalog.Incidents.Where(i => i.Date.Earliest <= date))
        {
            WriteIncident(writer, incident, placements.GetValueOrDefault(incident.Id), bounds);
        }

        writer.WriteEndArray();
        if (!bounds.IsNull)
        {
            writer.WriteStartArray("bbox");
            writer.WriteNumberValue(bounds.MinX);
            writer.WriteNumberValue(bounds.MinY);
            writer.WriteNumberValue(bounds.MaxX);
            writer.WriteNumberValue(bounds.MaxY);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteTerritory(Utf8JsonWriter writer, Territory territory, Geometry? shape, bool disputed, LocalDate date, Envelope bounds)
    {
        StartFeature(writer, $"territory/{territory.Id}", shape ?? PointOf(territory.Point), bounds);
        writer.WriteString("kind", "territory");
        writer.WriteString("territory", territory.Id.Value);
        writer.WriteBoolean("inCatalog", true);
        writer.WriteString("name", territory.Names.Primary.Text);
        writer.WriteString("territoryKind", NameOf(territory.Kind));
        WriteOptional(writer, "parent", territory.Parent?.Value);
        WriteOptional(writer, "iso", territory.IsoCode);
        writer.WriteString("location", shape is not null ? "shape" : territory.Point is not null ? "point" : "none");
        writer.WriteBoolean("disputed", disputed);
        WriteOptional(writer, "controller", territory.ControllerOn(date)?.Value);
        WriteProvenance(writer, territory.Sources, territory.Inference);
        EndFeature(writer);
    }

    private static void WriteShapeOnly(Utf8JsonWriter writer, TerritoryShape shape, Envelope bounds)
    {
        // A shape of a territory the catalog does not hold (a governorate far from the line): outline only.
        StartFeature(writer, $"territory/{shape.Territory}", shape.Geometry, bounds);
        writer.WriteString("kind", "territory");
        writer.WriteString("territory", shape.Territory.Value);
        writer.WriteBoolean("inCatalog", false);
        writer.WriteString("location", "shape");
        EndFeature(writer);
    }

    private static void WriteLine(Utf8JsonWriter writer, CoordinationLine line, LineCoverage? coverage, Envelope bounds)
    {
        StartFeature(writer, $"line/{line.Id}", coverage?.Trace.Geometry, bounds);
        writer.WriteString("kind", "line");
        writer.WriteString("line", line.Id.Value);
        writer.WriteString("name", line.Names.Primary.Text);
        writer.WriteString("sideA", line.SideA.Value);
        writer.WriteString("sideB", line.SideB.Value);
        if (coverage is not null)
        {
            writer.WriteBoolean("traceInferred", coverage.Trace.IsInferred);
            WriteOptional(writer, "traceReasoning", coverage.Trace.Inference?.Reasoning);
            WriteIds(writer, "traceSources", coverage.Trace.Sources.Select(s => s.Value));
            writer.WriteNumber("lengthKm", Km(coverage.LengthKm));
            writer.WriteNumber("coveredKm", Km(coverage.CoveredKm));
            writer.WriteNumber("openKm", Km(coverage.OpenKm));
            WriteIds(writer, "unmappedTerritories", coverage.UnmappedTerritories.Select(t => t.Value));
        }

        WriteProvenance(writer, line.Sources, line.Inference);
        EndFeature(writer);
    }

    private static void WriteStretch(Utf8JsonWriter writer, StretchCoverage coverage, Envelope bounds)
    {
        var stretch = coverage.Stretch;
        StartFeature(writer, $"stretch/{stretch.Key}", stretch.Geometry, bounds);
        writer.WriteString("kind", "stretch");
        writer.WriteString("stretch", stretch.Key);
        writer.WriteString("line", stretch.Line.Value);
        WriteOptional(writer, "territory", stretch.Territory?.Value);
        writer.WriteString("status", coverage.IsCovered ? "covered" : "open");
        WriteIds(writer, "coveredBy", coverage.CoveredBy.Select(m => m.Value));
        WriteIds(writer, "mechanisms", stretch.Mechanisms.Select(m => m.Value));
        writer.WriteNumber("lengthKm", Km(stretch.LengthKm));
        EndFeature(writer);
    }

    private static void WriteMechanism(Utf8JsonWriter writer, CoordinationMechanism mechanism, GeoPoint? site, LocalDate date, Envelope bounds)
    {
        StartFeature(writer, $"mechanism/{mechanism.Id}", PointOf(site), bounds);
        writer.WriteString("kind", "mechanism");
        writer.WriteString("mechanism", mechanism.Id.Value);
        writer.WriteString("name", mechanism.Names.Primary.Text);
        writer.WriteString("mechanismKind", NameOf(mechanism.Kind));
        WriteOptional(writer, "status", mechanism.StatusOn(date) is { } status ? NameOf(status) : null);
        WriteOptional(writer, "site", mechanism.Site?.Value);
        WriteIds(writer, "areaTerritories", mechanism.Area.Territories.Select(t => t.Value));
        WriteIds(writer, "areaLines", mechanism.Area.LineStretches.Where(s => s is not null).Select(s => s.Within is { } within ? $"{s.Line}/{within}" : s.Line.Value));
        WriteProvenance(writer, mechanism.Sources, mechanism.Inference);
        EndFeature(writer);
    }

    private static void WriteIncident(Utf8JsonWriter writer, Incident incident, IncidentPlacement? placement, Envelope bounds)
    {
        var location = incident.Location;
        StartFeature(writer, $"incident/{incident.Id}", PointOf(location?.Point), bounds);
        writer.WriteString("kind", "incident");
        writer.WriteString("incident", incident.Id.Value);
        writer.WriteString("incidentKind", NameOf(incident.Kind));
        writer.WriteString("date", LocalDatePattern.Iso.Format(incident.Date.Earliest));
        writer.WriteString("dateLatest", LocalDatePattern.Iso.Format(incident.Date.Latest));
        writer.WriteString("datePrecision", NameOf(incident.Date.Precision));
        WriteOptional(writer, "placeName", location?.PlaceName);
        WriteOptional(writer, "territory", location?.Territory?.Value);
        WriteOptional(writer, "precision", location is null ? null : NameOf(location.Precision));
        WriteCasualties(writer, "killed", incident.TotalKilled, incident.IsTotalKilledPartial);
        WriteCasualties(writer, "injured", incident.TotalInjured, incident.IsTotalInjuredPartial);
        WriteIds(writer, "perpetrators", incident.Perpetrators.Where(p => p?.Actor is not null).Select(p => p.Actor!.Value.Value).Distinct());
        WritePlacement(writer, placement);
        WriteProvenance(writer, incident.Sources, incident.Inference);
        EndFeature(writer);
    }

    private static void WritePlacement(Utf8JsonWriter writer, IncidentPlacement? placement)
    {
        // Where the gap analysis put the incident, and whether its stretch was covered on the incident's own date.
        writer.WriteString("placement", placement is null ? "unlocated" : CamelCase(placement.Kind));
        WriteOptional(writer, "stretch", placement?.Stretch);
        WriteOptional(writer, "stretchStatus", placement?.IsCovered is { } covered ? covered ? "covered" : "open" : null);
        WriteIds(writer, "coveredBy", placement is null ? [] : placement.CoveredBy.Select(m => m.Value));
        if (placement?.DistanceKm is { } distance)
        {
            writer.WriteNumber("distanceKm", Km(distance));
        }
        else
        {
            writer.WriteNull("distanceKm");
        }

        writer.WriteBoolean("placedByPoint", placement?.IsByPoint ?? false);
        writer.WriteBoolean("dateAmbiguous", placement?.IsDateAmbiguous ?? false);
        WriteIds(writer, "candidateStretches", placement is null ? [] : placement.Candidates);
    }

    private static void WriteCasualties(Utf8JsonWriter writer, string name, CasualtyEstimate? estimate, bool partial)
    {
        // null = not reported (unknown), kept apart from a reported 0.
        if (estimate is not { } value)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteNumber(name, value.Best);
        writer.WriteNumber(name + "Low", value.Low);
        writer.WriteNumber(name + "High", value.High);
        if (partial)
        {
            writer.WriteBoolean(name + "Partial", true);
        }
    }

    private static void StartFeature(Utf8JsonWriter writer, string id, Geometry? geometry, Envelope bounds)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", id);
        writer.WritePropertyName("geometry");
        GeoJsonGeometry.Write(writer, geometry, bounds);
        writer.WriteStartObject("properties");
    }

    private static void EndFeature(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter writer, ImmutableArray<SourceId> sources, Inference? inference)
    {
        WriteIds(writer, "sources", sources.Select(s => s.Value));
        writer.WriteBoolean("inferred", inference is not null);
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IEnumerable<string> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static Point? PointOf(GeoPoint? point) =>
        point is { } p ? new Point(p.Longitude, p.Latitude) { SRID = 4326 } : null;

    private static double Km(double km) => Math.Round(km, 3, MidpointRounding.AwayFromZero);

    private static string CamelCase(PlacementKind kind)
    {
        var name = kind.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }

    private static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? CoordinationJson.NameOf(value) : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
