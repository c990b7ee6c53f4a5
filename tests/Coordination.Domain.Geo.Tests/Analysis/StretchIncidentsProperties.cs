using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using NodaTime;
using static Coordination.Domain.Geo.Tests.Analysis.GeoWorld;

namespace Coordination.Domain.Geo.Tests.Analysis;

/// <summary>The incidents on a stretch, answered from placements made once, are those placing every incident afresh finds.</summary>
public sealed class StretchIncidentsProperties
{
    private static readonly LocalDate Epoch = Date("2020-01-01");

    // The incidents of the gap properties, now and then dated to a week, a month or one side of a day.
    private static Gen<Incident> Incidents =>
        GapProperties.Incidents.SelectMany(incident => Gen.Choose(0, 5).Select(kind =>
        {
            var day = incident.Date.Earliest;
            return kind switch
            {
                0 => incident with { Date = ReportedDate.InWeek(day, day.PlusDays(4)) },
                1 => incident with { Date = ReportedDate.InMonth(day.ToYearMonth()) },
                2 => incident with { Date = ReportedDate.NotBefore(ReportedDate.OnDay(day)) },
                _ => incident,
            };
        }));

    private static Gen<(LineString Trace, CoordinationCatalog Catalog, double BufferKm)> Worlds =>
        from trace in GapProperties.Traces
        from mechanisms in Gen.Choose(0, 3).SelectMany(m => Gen.ArrayOf(GapProperties.Mechanisms, m))
        from incidents in Gen.Choose(0, 80).SelectMany(n => Gen.ArrayOf(Incidents, n))
        from buffer in Gen.Elements(0.0, 5.0, 20.0, 60.0)
        select (trace, World([.. mechanisms.DistinctBy(x => x.Id)], [.. incidents], [Territory("town", Domain.Territories.TerritoryKind.Town, parent: "west", point: new Geography.GeoPoint(35.5, 40.5))]), buffer);

    private static Gen<DateRange> Ranges =>
        from start in Gen.Choose(-100, 1100)
        from length in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 90)), (1, Gen.Choose(91, 1500)))
        select new DateRange(Epoch.PlusDays(start), Epoch.PlusDays(start + length));

    [Property(MaxTest = 60)]
    public Property Every_stretch_s_incidents_are_those_placing_every_incident_afresh_finds() =>
        Prop.ForAll(Worlds.ToArbitrary(), Ranges.ArrayOf(3).ToArbitrary(), (world, ranges) =>
        {
            var geometry = Geometry(world.Trace);
            var options = new GapOptions { BufferKm = world.BufferKm };
            var keys = world.Catalog.CoverageOn(geometry, Epoch).Single().Stretches.Select(s => s.Stretch.Key).Append("no-such-stretch");
            return keys.All(key => ranges.All(dates =>
                world.Catalog.IncidentsOnStretch(geometry, key, dates, options)
                    .SequenceEqual(StretchIncidents.ScanIncidentsOnStretch(world.Catalog, geometry, key, dates, options))));
        });

    [Property(MaxTest = 40)]
    public Property A_stretch_s_incidents_are_the_gap_report_s_placements_on_it() =>
        Prop.ForAll(Worlds.ToArbitrary(), Ranges.ToArbitrary(), (world, dates) =>
        {
            var geometry = Geometry(world.Trace);
            var options = new GapOptions { BufferKm = world.BufferKm };
            var report = world.Catalog.GapsBetween(geometry, dates.Start, dates.End, options);
            return report.Coverage.Single().Stretches.All(s =>
                world.Catalog.IncidentsOnStretch(geometry, s.Stretch.Key, dates, options)
                    .SequenceEqual(report.Placements.Where(p => p.Kind == PlacementKind.OnStretch && p.Stretch == s.Stretch.Key)));
        });
}
