using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NodaTime;

namespace Coordination.Domain.Geo.Maps;

/// <summary>
/// What the situation map shows on a date, in degrees, before anything is drawn: the shapes, the disputed territories,
/// the stretches of each line covered or open, the mechanisms and incidents with where each is drawn, what could not be
/// drawn, and the sources cited. <see cref="SvgMapWriter"/> draws it.
/// </summary>
internal sealed class MapScene
{
    /// <summary>The extent drawn when there is nothing to draw: Iraq's bounding box.</summary>
    public static readonly Envelope IraqExtent = new(38.7, 48.7, 29.0, 37.5);

    private const int MaxHierarchyDepth = 32;

    private readonly CoordinationCatalog catalog;
    private readonly TerritoryGeometry shapes;

    private MapScene(CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, ImmutableArray<LineCoverage> coverage, SituationMapOptions options, ImmutableArray<IncidentPlacement> placements)
    {
        foreach (var placement in placements.IsDefault ? [] : placements)
        {
            if (placement is not null)
            {
                Placements.TryAdd(placement.Incident, placement);
            }
        }

        this.catalog = catalog;
        shapes = geometry.Territories;
        Date = date;
        Options = options;
        Shapes = geometry.Territories.Shapes;
        Provenance = geometry.Territories.Provenance;
        Coverage = [.. coverage.Where(c => c is not null)];
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the options.</summary>
    public SituationMapOptions Options { get; }

    /// <summary>Gets the territory shapes.</summary>
    public ImmutableArray<TerritoryShape> Shapes { get; }

    /// <summary>Gets where the shapes come from.</summary>
    public string? Provenance { get; }

    /// <summary>Gets the placement of each incident by the gap analysis, when it was run.</summary>
    public Dictionary<IncidentId, IncidentPlacement> Placements { get; } = [];

    /// <summary>Gets the coverage of each traced line.</summary>
    public ImmutableArray<LineCoverage> Coverage { get; }

    /// <summary>Gets the disputed territories drawn.</summary>
    public ImmutableArray<DisputedMark> Disputed { get; private set; } = [];

    /// <summary>Gets the disputed territories with neither shape nor point, in catalog order.</summary>
    public ImmutableArray<TerritoryId> DisputedNotDrawn { get; private set; } = [];

    /// <summary>Gets the mechanisms drawn, in catalog order.</summary>
    public ImmutableArray<MechanismMark> Mechanisms { get; private set; } = [];

    /// <summary>Gets the mechanisms with a status on the date that have no place to be drawn, in catalog order.</summary>
    public ImmutableArray<MechanismId> MechanismsNotDrawn { get; private set; } = [];

    /// <summary>Gets the incidents drawn, largest first (so that smaller circles are drawn on top).</summary>
    public ImmutableArray<IncidentMark> Incidents { get; private set; } = [];

    /// <summary>Gets the incidents of the period whose location is too vague to draw, in catalog order.</summary>
    public ImmutableArray<IncidentId> IncidentsNotDrawn { get; private set; } = [];

    /// <summary>Gets the sources cited by what is drawn, in identifier order.</summary>
    public ImmutableArray<SourceId> Sources { get; private set; } = [];

    /// <summary>Gets the extent drawn, in degrees.</summary>
    public Envelope Extent { get; private set; } = IraqExtent;

    /// <summary>Works out the scene.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry.</param>
    /// <param name="date">The date.</param>
    /// <param name="coverage">The coverage of each line on the date.</param>
    /// <param name="options">The options.</param>
    /// <param name="placements">The placement of each incident by the gap analysis, or empty.</param>
    /// <returns>The scene.</returns>
    public static MapScene Build(CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, ImmutableArray<LineCoverage> coverage, SituationMapOptions options, ImmutableArray<IncidentPlacement> placements = default)
    {
        var scene = new MapScene(catalog, geometry, date, coverage.IsDefault ? [] : coverage, options, placements);
        scene.PlaceDisputes();
        scene.PlaceMechanisms();
        scene.PlaceIncidents();
        scene.CollectSources();
        scene.Extent = scene.FindExtent();
        return scene;
    }

    /// <summary>Names a territory: its primary name in the catalog, else its identifier in words (<c>salah-al-din</c> → <c>Salah Al Din</c>).</summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The name.</returns>
    public string NameOf(TerritoryId territory) =>
        catalog.FindTerritory(territory)?.Names?.Primary?.Text is { Length: > 0 } name
            ? name
            : string.Join(' ', territory.ToString().Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Names a line: its primary name in the catalog, else its identifier.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The name.</returns>
    public string LineName(CoordinationLineId line) =>
        catalog.FindLine(line)?.Names?.Primary?.Text is { Length: > 0 } name ? name : line.ToString();

    private void PlaceDisputes()
    {
        var drawn = ImmutableArray.CreateBuilder<DisputedMark>();
        var undrawn = ImmutableArray.CreateBuilder<TerritoryId>();
        var disputes = catalog.DisputesOn(Date);
        var disputedShapes = disputes.Select(d => shapes.ShapeOf(d.Territory)).OfType<Geometry>().ToList();
        foreach (var dispute in disputes)
        {
            if (shapes.ShapeOf(dispute.Territory) is { } shape)
            {
                drawn.Add(new DisputedMark(dispute, shape, null, NameOf(dispute.Territory)));
            }
            else if (catalog.FindTerritory(dispute.Territory)?.Point is { } point)
            {
                // A point inside a disputed shape already hatched adds nothing; it is neither drawn again nor listed.
                var at = new Coordinate(point.Longitude, point.Latitude);
                if (!disputedShapes.Any(s => s.Contains(s.Factory.CreatePoint(at))))
                {
                    drawn.Add(new DisputedMark(dispute, null, at, NameOf(dispute.Territory)));
                }
            }
            else
            {
                undrawn.Add(dispute.Territory);
            }
        }

        Disputed = drawn.ToImmutable();
        DisputedNotDrawn = undrawn.ToImmutable();
    }

    private void PlaceMechanisms()
    {
        var drawn = ImmutableArray.CreateBuilder<MechanismMark>();
        var undrawn = ImmutableArray.CreateBuilder<MechanismId>();
        foreach (var mechanism in catalog.Mechanisms)
        {
            var on = mechanism?.StatusOn(Date);
            if (mechanism is null || on is null)
            {
                continue;
            }

            var status = on.Value;
            if (Place(mechanism, status) is { } mark)
            {
                drawn.Add(mark);
            }
            else
            {
                undrawn.Add(mechanism.Id);
            }
        }

        Mechanisms = drawn.ToImmutable();
        MechanismsNotDrawn = undrawn.ToImmutable();
    }

    private MechanismMark? Place(CoordinationMechanism mechanism, MechanismStatus status)
    {
        if (mechanism.Site is { } site && PointOrCentre(site) is { } atSite)
        {
            return new MechanismMark(mechanism, status, atSite.At, atSite.By == site ? "site" : "site-region", atSite.By.ToString());
        }

        var stretch = Coverage.SelectMany(c => c.Stretches)
            .Where(s => s?.Stretch is { } t && t.Mechanisms.Contains(mechanism.Id) && t.Geometry is { IsEmpty: false })
            .OrderByDescending(s => s.Stretch.LengthKm).ThenBy(s => s.Stretch.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (stretch is not null)
        {
            var line = new LengthIndexedLine(stretch.Stretch.Geometry);
            return new MechanismMark(mechanism, status, line.ExtractPoint(line.EndIndex / 2), "stretch", stretch.Stretch.Key);
        }

        var area = mechanism.Area ?? AreaOfResponsibility.None;
        foreach (var territory in area.LineStretches.Select(s => s?.Within).OfType<TerritoryId>().Concat(area.Territories))
        {
            if (PointOrCentre(territory) is { } inArea)
            {
                return new MechanismMark(mechanism, status, inArea.At, "area", inArea.By.ToString());
            }
        }

        return null;
    }

    private void PlaceIncidents()
    {
        var drawn = new List<IncidentMark>();
        var undrawn = ImmutableArray.CreateBuilder<IncidentId>();
        foreach (var incident in catalog.Incidents)
        {
            if (incident is null || incident.Date.Earliest > Date || (Options.IncidentsFrom is { } from && incident.Date.Latest < from))
            {
                continue;
            }

            if (Place(incident) is { } mark)
            {
                drawn.Add(mark);
            }
            else
            {
                undrawn.Add(incident.Id);
            }
        }

        Incidents = [.. drawn.OrderByDescending(m => m.Killed ?? 0).ThenBy(m => m.Incident.Id.ToString(), StringComparer.Ordinal)];
        IncidentsNotDrawn = undrawn.ToImmutable();
    }

    private IncidentMark? Place(Incident incident)
    {
        var location = incident.Location;
        if (location is null || location.Precision is LocationPrecision.Country or LocationPrecision.InternationalWatersOrAirspace)
        {
            return null;
        }

        var killed = KilledOf(incident);
        if (location.Point is { } point)
        {
            var exact = location.Precision is LocationPrecision.ExactLocation or LocationPrecision.NearNamedPlace or LocationPrecision.SecondOrderDivision;
            return new IncidentMark(incident, new Coordinate(point.Longitude, point.Latitude), !exact, shapes.Locate(point), null, killed);
        }

        if (location.Territory is { } territory && PointOrCentre(territory) is { } found)
        {
            var holder = found.FromShape ? found.By : shapes.Locate(new GeoPoint(found.At.Y, found.At.X));
            return new IncidentMark(incident, found.At, true, holder, found.By, killed);
        }

        return null;
    }

    private static int? KilledOf(Incident incident)
    {
        try
        {
            return incident.TotalKilled?.Best;
        }
        catch (OverflowException)
        {
            return int.MaxValue;
        }
    }

    /// <summary>
    /// Finds where to draw a territory: its own point, else the centre (an interior point) of its shape, else the same
    /// for its parent, and so on up the hierarchy.
    /// </summary>
    private (Coordinate At, TerritoryId By, bool FromShape)? PointOrCentre(TerritoryId territory)
    {
        TerritoryId? current = territory;
        for (var depth = 0; current is { } id && depth < MaxHierarchyDepth; depth++)
        {
            var record = catalog.FindTerritory(id);
            if (record?.Point is { } point)
            {
                return (new Coordinate(point.Longitude, point.Latitude), id, false);
            }

            if (shapes.ShapeOf(id) is { } shape)
            {
                return (shape.InteriorPoint.Coordinate, id, true);
            }

            current = record?.Parent;
        }

        return null;
    }

    private void CollectSources()
    {
        var sources = new SortedSet<SourceId>(Comparer<SourceId>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString())));
        foreach (var coverage in Coverage)
        {
            sources.UnionWith(coverage.Trace?.Sources ?? []);
        }

        foreach (var mark in Mechanisms)
        {
            var evidence = mark.Mechanism.EvidenceOn(Date);
            var cited = evidence?.IsAttested == true ? evidence.Attestation?.Sources : evidence?.Change?.Sources;
            sources.UnionWith(cited is { IsEmpty: false } c ? c : mark.Mechanism.Sources);
        }

        foreach (var mark in Incidents)
        {
            sources.UnionWith(mark.Incident.Sources);
        }

        foreach (var mark in Disputed)
        {
            var from = catalog.FindTerritory(mark.Dispute.DisputedFrom);
            foreach (var claim in from?.Claims ?? [])
            {
                if (claim is not null && claim.Period.Contains(Date))
                {
                    sources.UnionWith(claim.Sources);
                }
            }
        }

        Sources = [.. sources];
    }

    private Envelope FindExtent()
    {
        var story = new Envelope();
        foreach (var stretch in Coverage.SelectMany(c => c.Stretches))
        {
            if (stretch?.Stretch?.Geometry is { IsEmpty: false } g)
            {
                story.ExpandToInclude(g.EnvelopeInternal);
            }
        }

        foreach (var mark in Disputed)
        {
            if (mark.Shape is { } shape)
            {
                story.ExpandToInclude(shape.EnvelopeInternal);
            }
            else if (mark.Point is { } point)
            {
                story.ExpandToInclude(point);
            }
        }

        foreach (var at in Mechanisms.Select(m => m.At).Concat(Incidents.Select(i => i.At)))
        {
            story.ExpandToInclude(at);
        }

        if (story.IsNull)
        {
            foreach (var shape in Shapes)
            {
                story.ExpandToInclude(shape.Geometry.EnvelopeInternal);
            }
        }

        if (story.IsNull)
        {
            return IraqExtent.Copy();
        }

        // Pad by 8% of the larger side (at least a quarter of a degree) and never draw less than two degrees across.
        var pad = Math.Max(0.25, 0.08 * Math.Max(story.Width, story.Height));
        story.ExpandBy(pad);
        if (story.Width < 2 || story.Height < 2)
        {
            story.ExpandBy(Math.Max(0, (2 - story.Width) / 2), Math.Max(0, (2 - story.Height) / 2));
        }

        return story;
    }
}
