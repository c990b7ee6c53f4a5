using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Coordination.Domain.Geo.Tests.Analysis;

/// <summary>
/// A small hand-made world for the analysis tests: two square governorates side by side, <c>west</c> (40–41°E) and
/// <c>east</c> (41–42°E), both 35–36°N, and a straight line <c>l</c> along 35.5°N from 40°E to 42°E.
/// </summary>
internal static class GeoWorld
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static readonly CoordinationLineId Line = CoordinationLineId.Parse("l");

    public static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    public static Polygon Square(double west, double south, double east, double north) =>
        Factory.CreatePolygon([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);

    public static CatalogGeometry Geometry(LineString? trace = null) => new(
        TerritoryGeometry.Create(
            [
                new TerritoryShape(TerritoryId.Parse("west"), Square(40, 35, 41, 36)),
                new TerritoryShape(TerritoryId.Parse("east"), Square(41, 35, 42, 36)),
            ],
            "hand-made squares"),
        [new LineTrace { Line = Line, Geometry = trace ?? Factory.CreateLineString([new(40, 35.5), new(42, 35.5)]) }]);

    public static Territory Territory(string id, TerritoryKind kind = TerritoryKind.Governorate, string? parent = null, GeoPoint? point = null, params string[] memberOf) => new()
    {
        Id = TerritoryId.Parse(id),
        Kind = kind,
        Names = NameSet.Of(id),
        Parent = parent is null ? null : TerritoryId.Parse(parent),
        Point = point,
        Memberships = [.. memberOf.Select(r => new TerritoryMembership { Region = TerritoryId.Parse(r), Kind = MembershipKind.Member })],
    };

    public static CoordinationMechanism Mechanism(string id, AreaOfResponsibility area, params (MechanismStatus Status, string Date)[] history) =>
        history.Aggregate(
            new CoordinationMechanism { Id = MechanismId.Parse(id), Kind = MechanismKind.JointCoordinationCentre, Names = NameSet.Of(id), Area = area },
            (mechanism, change) => mechanism.WithStatus(change.Status, ReportedDate.OnDay(Date(change.Date))));

    public static AreaOfResponsibility Within(params string?[] territories) =>
        new() { LineStretches = [.. territories.Select(t => new LineStretch(Line, t is null ? null : TerritoryId.Parse(t)))] };

    public static AreaOfResponsibility Over(params string[] territories) => new() { Territories = [.. territories.Select(TerritoryId.Parse)] };

    public static CoordinationLine CoordinationLine() => new()
    {
        Id = Line,
        Names = NameSet.Of("the line"),
        SideA = ActorId.Parse("a"),
        SideB = ActorId.Parse("b"),
    };

    public static Incident Incident(string id, string date, GeoPoint? point, LocationPrecision precision = LocationPrecision.ExactLocation, string? territory = null, int? killed = null, int? injured = null) => new()
    {
        Id = IncidentId.Parse(id),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.OnDay(Date(date)),
        Location = new IncidentLocation { Point = point, Precision = precision, Territory = territory is null ? null : TerritoryId.Parse(territory) },
        ReportedTotals = killed is null && injured is null ? null : new CasualtyTotals { Killed = killed is { } k ? CasualtyEstimate.Exactly(k) : null, Injured = injured is { } i ? CasualtyEstimate.Exactly(i) : null },
    };

    public static CoordinationCatalog World(ImmutableArray<CoordinationMechanism> mechanisms, ImmutableArray<Incident> incidents = default, ImmutableArray<Territory> extra = default) => new()
    {
        Territories = [Territory("west"), Territory("east"), .. extra.IsDefault ? [] : extra],
        Lines = [CoordinationLine()],
        Mechanisms = mechanisms,
        Incidents = incidents.IsDefault ? [] : incidents,
    };
}
