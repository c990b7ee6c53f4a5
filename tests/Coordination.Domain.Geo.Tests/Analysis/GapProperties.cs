using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Territories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using NodaTime;
using static Coordination.Domain.Geo.Tests.Analysis.GeoWorld;

namespace Coordination.Domain.Geo.Tests.Analysis;

/// <summary>What holds of coverage and gaps in the two-square world for any trace, mechanisms, incidents and date.</summary>
public sealed class GapProperties
{
    private static readonly LocalDate Epoch = Date("2020-01-01");

    private static Gen<double> Between(double low, double high) => Gen.Choose(0, 10_000).Select(n => low + ((high - low) * n / 10_000.0));

    // A trace of 2 to 6 vertices wandering over and beyond the squares.
    internal static Gen<LineString> Traces =>
        Gen.Choose(2, 6).SelectMany(n => Gen.ArrayOf(Between(39.5, 42.5).SelectMany(x => Between(34.7, 36.3).Select(y => new Coordinate(x, y))), n))
            .Where(c => c.Distinct().Count() == c.Length)
            .Select(c => Factory.CreateLineString(c));

    // Mechanisms over a square, the whole line, or a town's disk, each operational from some day in 2020–2022.
    internal static Gen<CoordinationMechanism> Mechanisms =>
        Gen.Elements<string?>("west", "east", null, "town").SelectMany(within => Gen.Choose(0, 1000).Select(day =>
            Mechanism($"m-{within ?? "all"}-{day}", Within(within), (MechanismStatus.Operational, Epoch.PlusDays(day).ToString("uuuu-MM-dd", null)))));

    internal static Gen<Incident> Incidents =>
        Gen.Choose(0, 1_000_000).SelectMany(id => Between(39.5, 42.5).SelectMany(x => Between(34.7, 36.3).SelectMany(y =>
            Gen.Elements(LocationPrecision.ExactLocation, LocationPrecision.NearNamedPlace, LocationPrecision.SecondOrderDivision, LocationPrecision.FirstOrderDivision, LocationPrecision.Country)
                .SelectMany(precision => Gen.Elements<string?>(null, "west", "east", "town").SelectMany(territory => Gen.Choose(0, 1000).Select(day =>
                    Incident($"i-{id}", Epoch.PlusDays(day).ToString("uuuu-MM-dd", null), new GeoPoint(y, x), precision, territory)))))));

    private static Gen<(LineString Trace, CoordinationCatalog Catalog, LocalDate Date)> Worlds =>
        Traces.SelectMany(trace => Gen.Choose(0, 4).SelectMany(m => Gen.ArrayOf(Mechanisms, m)).SelectMany(mechanisms =>
            Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Incidents, n)).SelectMany(incidents => Gen.Choose(0, 1100).Select(day =>
                (trace, World([.. mechanisms.DistinctBy(x => x.Id)], [.. incidents.DistinctBy(i => i.Id)], [Territory("town", TerritoryKind.Town, parent: "west", point: new GeoPoint(35.5, 40.5))]), Epoch.PlusDays(day))))));

    [Property(MaxTest = 60)]
    public Property Covered_and_open_stretches_add_up_to_the_line_length() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            var coverage = world.Catalog.CoverageOn(Geometry(world.Trace), world.Date).Single();
            return System.Math.Abs(coverage.CoveredKm + coverage.OpenKm - coverage.LengthKm) <= 1e-9 * coverage.LengthKm + 1e-9
                && coverage.Stretches.All(s => s.Stretch.LengthKm > 0);
        });

    [Property(MaxTest = 60)]
    public Property Moving_the_date_across_a_start_moves_the_mechanism_stretches_from_open_to_covered() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            var geometry = Geometry(world.Trace);
            return world.Catalog.Mechanisms.All(mechanism =>
            {
                var start = mechanism.StatusHistory[0].Date!.Value.Earliest;
                var before = world.Catalog.CoverageOn(geometry, start.PlusDays(-1)).Single();
                var on = world.Catalog.CoverageOn(geometry, start).Single();
                var mine = on.Stretches.Where(s => s.Stretch.Mechanisms.Contains(mechanism.Id)).ToList();
                return before.Stretches.All(s => !s.CoveredBy.Contains(mechanism.Id))
                    && mine.All(s => s.IsCovered && s.CoveredBy.Contains(mechanism.Id))
                    && before.Stretches.Select(s => s.Stretch).SequenceEqual(on.Stretches.Select(s => s.Stretch));
            });
        });

    [Property(MaxTest = 40)]
    public Property A_wider_buffer_never_finds_fewer_incidents() =>
        Prop.ForAll(Worlds.ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), (world, a, b) =>
        {
            var (narrow, wide) = (System.Math.Min(a, b), System.Math.Max(a, b));
            static ImmutableHashSet<IncidentId> Near(GapReport report) =>
                [.. report.Placements.Where(p => p.Kind is PlacementKind.OnStretch or PlacementKind.NearLineUnplaced).Select(p => p.Incident)];
            var geometry = Geometry(world.Trace);
            return Near(world.Catalog.GapsOn(geometry, world.Date, new GapOptions { BufferKm = narrow }))
                .IsSubsetOf(Near(world.Catalog.GapsOn(geometry, world.Date, new GapOptions { BufferKm = wide })));
        });

    [Property(MaxTest = 60)]
    public Property Every_incident_to_date_has_exactly_one_placement() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            var report = world.Catalog.GapsOn(Geometry(world.Trace), world.Date);
            var expected = world.Catalog.Incidents.Where(i => i.Date.Earliest <= world.Date).Select(i => i.Id).ToList();
            return report.Placements.Select(p => p.Incident).SequenceEqual(expected)
                && report.Placements.All(p => (p.Kind == PlacementKind.OnStretch) == (p.Stretch is not null))
                && report.Months.Sum(m => m.Incidents) == report.CountOf(PlacementKind.OnStretch)
                && report.InOpenStretches + report.InCoveredStretches == report.CountOf(PlacementKind.OnStretch);
        });
}
