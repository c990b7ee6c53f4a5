using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NetTopologySuite.Geometries;
using Xunit;
using NodaTime;

namespace Coordination.Domain.Geo.Tests.Maps;

/// <summary>
/// A small hand-made world for the map tests: governorates <c>west</c> (44–45°E) and <c>east</c> (45–46°E), both
/// 35–36°N; <c>east</c> disputed by two actors; a town <c>post</c> in <c>west</c> with a point; a district
/// <c>hill</c> of <c>east</c> with a point only, which falls just outside the square (as generalised boundaries do), and
/// a town <c>ford</c> of <c>east</c> with a point inside it (both disputed by inheritance); a line <c>l</c> along 35.5°N from 44.2°E to
/// 45.8°E, covered in <c>west</c> by the operational mechanism <c>m-west</c> and open in <c>east</c>.
/// </summary>
internal static class MapWorld
{
    public static readonly LocalDate Date = new(2021, 6, 1);

    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static Polygon Square(double west, double south, double size) => Factory.CreatePolygon(
    [
        new Coordinate(west, south), new Coordinate(west + size, south), new Coordinate(west + size, south + size),
        new Coordinate(west, south + size), new Coordinate(west, south),
    ]);

    public static TerritoryGeometry Squares { get; } = TerritoryGeometry.Create(
        [new TerritoryShape(Id("west"), Square(44, 35, 1)), new TerritoryShape(Id("east"), Square(45, 35, 1))],
        "hand-made squares");

    public static LineTrace Trace { get; } = new()
    {
        Line = CoordinationLineId.Parse("l"),
        Geometry = Factory.CreateLineString([new Coordinate(44.2, 35.5), new Coordinate(45.8, 35.5)]),
    };

    public static CatalogGeometry Geometry { get; } = new(Squares, [Trace]);

    public static ImmutableArray<LineCoverage> Coverage(bool westCovered = true) =>
    [
        new LineCoverage
        {
            Line = Trace.Line,
            Date = Date,
            Trace = Trace,
            Stretches =
            [
                Stretch("l/west/1", "west", 44.2, 45.0, westCovered ? ["m-west"] : [], ["m-west"]),
                Stretch("l/east/1", "east", 45.0, 45.8, [], []),
            ],
        },
    ];

    public static CoordinationCatalog WorldCatalog(params Incident[] incidents) => Build(incidents);

    /// <summary>Incidents of every kind of placement on the date: exact and near points, a governorate, a town, a country (not drawn).</summary>
    public static Incident[] BusyIncidents =>
    [
        Incident("exact-west", At(35.2, 44.3), killed: 4),
        Incident("exact-east", At(35.8, 45.9, LocationPrecision.NearNamedPlace), killed: 16),
        Incident("governorate-east", In("east"), killed: null),
        Incident("town-post", In("post", LocationPrecision.NearNamedPlace), killed: 0),
        Incident("country", In("west", LocationPrecision.Country), killed: 2),
    ];

    public static CoordinationCatalog Build(Incident?[] incidents, bool disputed = true, bool eastHasArea = true, bool withNullMechanism = false) => new()
    {
        Actors = [Actor("gov"), Actor("krg")],
        Territories =
        [
            Territory("west", TerritoryKind.Governorate),
            Territory("east", TerritoryKind.Governorate) with
            {
                Claims = !disputed ? [] :
                [
                    new TerritorialClaim { Claimant = ActorId.Parse("gov"), Sources = [SourceId.Parse("claim-source")] },
                    new TerritorialClaim { Claimant = ActorId.Parse("krg") },
                ],
            },
            Territory("post", TerritoryKind.Town) with { Parent = Id("west"), Point = new GeoPoint(35.7, 44.4) },
            Territory("hill", TerritoryKind.District) with { Parent = Id("east"), Point = new GeoPoint(34.8, 45.6) },
            Territory("ford", TerritoryKind.Town) with { Parent = Id("east"), Point = new GeoPoint(35.5, 45.5) },
        ],
        Lines = [new CoordinationLine { Id = Trace.Line, Names = NameSet.Of("The line"), SideA = ActorId.Parse("gov"), SideB = ActorId.Parse("krg") }],
        Mechanisms =
        [
            new CoordinationMechanism
            {
                Id = MechanismId.Parse("m-west"),
                Kind = MechanismKind.JointCoordinationCentre,
                Names = NameSet.Of("West room"),
                Site = Id("post"),
                Area = new AreaOfResponsibility { LineStretches = [new LineStretch(Trace.Line, Id("west"))] },
            }.WithStatus(MechanismStatus.Agreed, ReportedDate.OnDay(new LocalDate(2020, 1, 1)), SourceId.Parse("agreed-source"))
             .WithStatus(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2021, 1, 1)), SourceId.Parse("operational-source")),
            new CoordinationMechanism
            {
                Id = MechanismId.Parse("m-east"),
                Kind = MechanismKind.JointCoordinationCentre,
                Names = NameSet.Of("East room"),
                Area = eastHasArea ? new AreaOfResponsibility { LineStretches = [new LineStretch(Trace.Line, Id("hill"))] } : AreaOfResponsibility.None,
            }.WithStatus(MechanismStatus.Proposed, ReportedDate.OnDay(new LocalDate(2020, 6, 1))),
            .. withNullMechanism ? new CoordinationMechanism[] { null! } : [],
        ],
        Incidents = [.. incidents!],
    };

    public static Incident Incident(string id, IncidentLocation location, int? killed = null, LocalDate? date = null) => new()
    {
        Id = IncidentId.Parse(id),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.OnDay(date ?? new LocalDate(2021, 5, 1)),
        Location = location,
        ReportedTotals = killed is { } k ? new CasualtyTotals { Killed = CasualtyEstimate.Exactly(k) } : null,
        Sources = [SourceId.Parse($"{id}-source")],
    };

    public static IncidentLocation At(double latitude, double longitude, LocationPrecision precision = LocationPrecision.ExactLocation) =>
        new() { Point = new GeoPoint(latitude, longitude), Precision = precision };

    public static IncidentLocation In(string territory, LocationPrecision precision = LocationPrecision.FirstOrderDivision) =>
        new() { Territory = Id(territory), Precision = precision };

    public static TerritoryId Id(string id) => TerritoryId.Parse(id);

    private static StretchCoverage Stretch(string key, string territory, double from, double to, ImmutableArray<string> coveredBy, ImmutableArray<string> mechanisms) => new()
    {
        Stretch = new TraceStretch
        {
            Key = key,
            Line = Trace.Line,
            Territory = Id(territory),
            Mechanisms = [.. mechanisms.Select(MechanismId.Parse)],
            Geometry = Factory.CreateLineString([new Coordinate(from, 35.5), new Coordinate(to, 35.5)]),
            LengthKm = (to - from) * 90.6,
        },
        CoveredBy = [.. coveredBy.Select(MechanismId.Parse)],
    };

    private static Actor Actor(string id) => new() { Id = ActorId.Parse(id), Kind = ActorKind.Government, Names = NameSet.Of(id.ToUpperInvariant()) };

    private static Territory Territory(string id, TerritoryKind kind) => new() { Id = Id(id), Kind = kind, Names = NameSet.Of(char.ToUpperInvariant(id[0]) + id[1..]) };
}
