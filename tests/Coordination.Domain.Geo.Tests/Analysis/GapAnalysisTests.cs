using System;
using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using Xunit;
using static Coordination.Domain.Geo.Tests.Analysis.GeoWorld;

namespace Coordination.Domain.Geo.Tests.Analysis;

public sealed class GapAnalysisTests
{
    private static readonly CoordinationMechanism West = Mechanism("m-west", Within("west"), (MechanismStatus.Agreed, "2021-01-01"), (MechanismStatus.Operational, "2021-02-01"));

    private static IncidentPlacement PlacementOf(GapReport report, string incident) =>
        report.Placements.Single(p => p.Incident == IncidentId.Parse(incident));

    [Fact]
    public void A_point_near_the_line_goes_to_its_stretch_covered_or_open_on_its_own_date()
    {
        var catalog = World([West], [Incident("before", "2021-01-15", new GeoPoint(35.55, 40.5)), Incident("after", "2021-03-15", new GeoPoint(35.45, 40.5)), Incident("east", "2021-03-15", new GeoPoint(35.5, 41.5))]);

        var report = catalog.GapsOn(Geometry(), Date("2021-12-31"));

        var before = PlacementOf(report, "before");
        Assert.Equal((PlacementKind.OnStretch, "l/west/1", false, true), (before.Kind, before.Stretch, before.IsCovered!.Value, before.IsByPoint));
        Assert.Equal(5.56 - 0.115, before.DistanceKm!.Value, 0.01); // the trace's segments are great-circle arcs, north of the parallel by about 0.1 km here
        var after = PlacementOf(report, "after");
        Assert.Equal([MechanismId.Parse("m-west")], after.CoveredBy);
        Assert.True(after.IsCovered);
        Assert.Equal((PlacementKind.OnStretch, "l/east/1", false), (PlacementOf(report, "east").Kind, PlacementOf(report, "east").Stretch, PlacementOf(report, "east").IsCovered!.Value));
        Assert.Equal(2, report.InOpenStretches);
        Assert.Equal(1, report.InCoveredStretches);
    }

    [Fact]
    public void The_buffer_decides_what_is_near_the_line()
    {
        var catalog = World([West], [Incident("far", "2021-03-15", new GeoPoint(35.95, 40.5))]); // 50 km north of the line

        Assert.Equal(PlacementKind.BeyondBuffer, PlacementOf(catalog.GapsOn(Geometry(), Date("2021-12-31")), "far").Kind);
        var wide = PlacementOf(catalog.GapsOn(Geometry(), Date("2021-12-31"), new GapOptions { BufferKm = 60 }), "far");
        Assert.Equal((PlacementKind.OnStretch, "l/west/1"), (wide.Kind, wide.Stretch));
        Assert.Null(PlacementOf(catalog.GapsOn(Geometry(), Date("2021-12-31")), "far").DistanceKm);
    }

    [Fact]
    public void An_incident_known_only_to_its_governorate_is_not_put_on_a_stretch_it_may_not_be_on()
    {
        var catalog = World([West], [Incident("west-only", "2021-03-15", null, LocationPrecision.FirstOrderDivision, territory: "west")]);

        var placement = PlacementOf(catalog.GapsOn(Geometry(), Date("2021-12-31")), "west-only");

        // The square touches the east stretch where the two squares meet: either stretch could hold the incident.
        Assert.Equal(PlacementKind.NearLineUnplaced, placement.Kind);
        Assert.Equal(["l/west/1", "l/east/1"], placement.Candidates);
        Assert.Null(placement.Stretch);
        Assert.Null(placement.IsCovered); // covered in the west, open in the east on that day
        Assert.False(placement.IsByPoint);
    }

    [Fact]
    public void A_territory_with_only_a_point_is_placed_when_its_disk_lies_by_one_stretch_alone()
    {
        var district = Territory("north-district", TerritoryKind.District, parent: "west", point: new GeoPoint(35.9, 40.3));
        var catalog = World([West],
            [
                Incident("in-district", "2021-03-15", null, LocationPrecision.SecondOrderDivision, territory: "north-district"),
                Incident("district-point", "2021-03-15", new GeoPoint(35.9, 40.3), LocationPrecision.SecondOrderDivision),
                Incident("governorate-point", "2021-03-15", new GeoPoint(35.9, 41.5), LocationPrecision.FirstOrderDivision),
            ],
            extra: [district]);

        var report = catalog.GapsOn(Geometry(), Date("2021-12-31"));

        var placement = PlacementOf(report, "in-district");
        Assert.Equal((PlacementKind.OnStretch, "l/west/1", true), (placement.Kind, placement.Stretch, placement.IsCovered!.Value));
        Assert.Equal(44.5 - 25, placement.DistanceKm!.Value, 0.3); // 0.4° of latitude less the disk's radius
        Assert.Equal("l/west/1", PlacementOf(report, "district-point").Stretch);
        Assert.Equal(PlacementKind.NearLineUnplaced, PlacementOf(report, "governorate-point").Kind); // the east square touches both stretches
    }

    [Fact]
    public void Incidents_without_a_usable_location_are_unlocated_never_dropped()
    {
        var catalog = World([West],
            [
                Incident("nowhere", "2021-03-15", null, LocationPrecision.Country),
                Incident("coarse-point", "2021-03-15", new GeoPoint(35.5, 40.5), LocationPrecision.Country),
                Incident("at-sea", "2021-03-15", new GeoPoint(35.5, 40.5), LocationPrecision.InternationalWatersOrAirspace),
                Incident("unknown-territory", "2021-03-15", null, LocationPrecision.SecondOrderDivision, territory: "atlantis"),
            ]);

        var report = catalog.GapsOn(Geometry(), Date("2021-12-31"));

        Assert.Equal(4, report.CountOf(PlacementKind.Unlocated));
        Assert.Equal(4, report.Placements.Length);
    }

    [Fact]
    public void Tallies_keep_reported_tolls_and_unknown_tolls_apart_per_stretch_and_month()
    {
        var catalog = World([West],
            [
                Incident("a", "2021-03-02", new GeoPoint(35.5, 40.2), killed: 3, injured: 1),
                Incident("b", "2021-03-20", new GeoPoint(35.5, 40.4)),
                Incident("c", "2021-04-01", new GeoPoint(35.5, 40.4), killed: 0),
                Incident("d", "2021-03-20", new GeoPoint(35.5, 41.4), killed: 2),
            ]);

        var report = catalog.GapsOn(Geometry(), Date("2021-12-31"));

        Assert.Equal([("l/west/1", new YearMonth(2021, 3)), ("l/west/1", new YearMonth(2021, 4)), ("l/east/1", new YearMonth(2021, 3))], report.Months.Select(m => (m.Stretch, m.Month)));
        var march = report.Months[0];
        Assert.Equal((2, 0, new CasualtyTotal(3, 3, 3), 1, new CasualtyTotal(1, 1, 1), 1), (march.Incidents, march.OpenIncidents, march.Killed!.Value, march.KilledUnknown, march.Injured!.Value, march.InjuredUnknown));
        Assert.Equal((new CasualtyTotal(0, 0, 0), 0, (CasualtyTotal?)null, 1), (report.Months[1].Killed!.Value, report.Months[1].KilledUnknown, report.Months[1].Injured, report.Months[1].InjuredUnknown));
        Assert.Equal(1, report.Months[2].OpenIncidents);
    }

    [Fact]
    public void A_mechanism_that_began_work_is_compared_over_the_months_before_and_after()
    {
        var catalog = World([West],
            [
                Incident("b1", "2020-08-15", new GeoPoint(35.5, 40.2)),
                Incident("b2", "2020-09-15", new GeoPoint(35.5, 40.2)),
                Incident("b3", "2020-12-15", new GeoPoint(35.5, 40.2)),
                Incident("b4", "2021-01-31", new GeoPoint(35.5, 40.2)),
                Incident("too-early", "2020-07-31", new GeoPoint(35.5, 40.2)),
                Incident("a1", "2021-02-01", new GeoPoint(35.5, 40.2)),
                Incident("too-late", "2021-08-01", new GeoPoint(35.5, 40.2)),
                Incident("elsewhere", "2020-12-15", new GeoPoint(35.5, 41.5)),
            ]);

        var effect = Assert.Single(catalog.GapsBetween(Geometry(), Date("2021-06-01"), Date("2021-12-31")).Effects);
        var partial = Assert.Single(catalog.GapsOn(Geometry(), Date("2021-03-02")).Effects);

        Assert.Equal((MechanismId.Parse("m-west"), Date("2021-02-01"), 6, 4, 1, 6.0), (effect.Mechanism, effect.Since, effect.Months, effect.Before, effect.After, effect.AfterMonthsObserved));
        Assert.Equal(["l/west/1"], effect.Stretches);
        Assert.Equal(-0.75, effect.Change!.Value, 10);
        Assert.Equal(1.0, partial.AfterMonthsObserved, 0.05); // 2021-02-01 to 2021-03-02: 30 days
        Assert.Empty(World([West]).GapsOn(Geometry(), Date("2021-01-31")).Effects); // not yet at work
        Assert.Null(World([West]).GapsOn(Geometry(), Date("2021-12-31")).Effects[0].Change); // nothing before
    }

    [Fact]
    public void A_reported_date_that_spans_the_start_of_coverage_is_marked_ambiguous()
    {
        var spanning = Incident("week", "2021-01-29", new GeoPoint(35.5, 40.2)) with { Date = ReportedDate.InWeek(Date("2021-01-29"), Date("2021-02-02")) };
        var catalog = World([West], [spanning]);

        var placement = PlacementOf(catalog.GapsOn(Geometry(), Date("2021-12-31")), "week");

        Assert.Equal((Date("2021-01-29"), false, true), (placement.Date, placement.IsCovered!.Value, placement.IsDateAmbiguous));
    }

    [Fact]
    public void A_period_takes_in_the_incidents_that_begin_within_it()
    {
        var catalog = World([West], [Incident("early", "2021-01-15", new GeoPoint(35.5, 40.2)), Incident("in", "2021-03-15", new GeoPoint(35.5, 40.2)), Incident("late", "2022-01-15", new GeoPoint(35.5, 40.2))]);

        var report = catalog.GapsBetween(Geometry(), Date("2021-02-01"), Date("2021-12-31"));

        Assert.Equal([IncidentId.Parse("in")], report.Placements.Select(p => p.Incident));
        Assert.Equal((Date("2021-02-01"), Date("2021-12-31")), (report.From!.Value, report.To));
        Assert.All(Assert.Single(report.Coverage).Stretches.Take(1), s => Assert.True(s.IsCovered));
        Assert.Throws<ArgumentException>(() => catalog.GapsBetween(Geometry(), Date("2021-02-02"), Date("2021-02-01")));
        Assert.Throws<ArgumentOutOfRangeException>(() => catalog.GapsOn(Geometry(), Date("2021-02-02"), new GapOptions { BufferKm = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => catalog.GapsOn(Geometry(), Date("2021-02-02"), new GapOptions { MonthsAround = 0 }));
        Assert.Throws<ArgumentNullException>(() => catalog.GapsOn(null!, Date("2021-02-02")));
    }

    [Fact]
    public void On_the_reference_catalog_every_incident_to_date_gets_one_placement()
    {
        var catalog = ReferenceCatalog.Load();
        var date = Date("2021-12-31");

        var report = catalog.GapsOn(CatalogGeometry.Reference, date);

        Assert.Equal(catalog.Incidents.Where(i => i.Date.Earliest <= date).Select(i => i.Id), report.Placements.Select(p => p.Incident));
        Assert.Contains(report.Effects, e => e.Mechanism == MechanismId.Parse("jcc-kirkuk") && e.Since == Date("2021-05-23"));
        Assert.All(report.Placements.Where(p => p.Kind == PlacementKind.OnStretch), p => Assert.InRange(p.DistanceKm!.Value, 0, 20));
    }

    [Fact]
    public void A_period_starting_after_its_last_day_is_refused_naming_both_days()
    {
        var error = Assert.Throws<ArgumentException>(() => World([West]).GapsBetween(Geometry(), Date("2021-02-02"), Date("2021-02-01")));
        Assert.Equal("from", error.ParamName);
        Assert.StartsWith("The period starts on 2021-02-02, after its last day 2021-02-01.", error.Message, StringComparison.Ordinal);
        var months = Assert.Throws<ArgumentOutOfRangeException>(() => World([West]).GapsOn(Geometry(), Date("2021-02-02"), new GapOptions { MonthsAround = 121 }));
        Assert.Equal("MonthsAround", months.ParamName);
        Assert.StartsWith("The months around a start must be from 1 to 120; they are 121.", months.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_of_one_day_takes_in_the_incidents_of_that_day()
    {
        var catalog = World([West], [Incident("eve", "2021-03-14", new GeoPoint(35.5, 40.2)), Incident("day", "2021-03-15", new GeoPoint(35.5, 40.2)), Incident("morrow", "2021-03-16", new GeoPoint(35.5, 40.2))]);
        var report = catalog.GapsBetween(Geometry(), Date("2021-03-15"), Date("2021-03-15"));
        Assert.Equal([IncidentId.Parse("day")], report.Placements.Select(p => p.Incident));
        Assert.Equal(1, Assert.Single(report.Months).Incidents);
    }

    [Fact]
    public void The_after_window_counts_the_incidents_of_its_last_observed_day()
    {
        var catalog = World([West], [Incident("last-day", "2021-07-31", new GeoPoint(35.5, 40.2)), Incident("cut-off", "2021-03-02", new GeoPoint(35.5, 40.2)), Incident("past", "2021-03-03", new GeoPoint(35.5, 40.2))]);
        Assert.Equal(3, Assert.Single(catalog.GapsOn(Geometry(), Date("2021-12-31")).Effects).After); // up to 2021-07-31: 2021-02-01 + 6 months - 1 day
        Assert.Equal(1, Assert.Single(catalog.GapsOn(Geometry(), Date("2021-03-02")).Effects).After); // cut short at the end of the analysis
    }

    [Fact]
    public void Rates_of_empty_windows_are_zero_before_and_unknown_after()
    {
        var effect = new MechanismEffect { Mechanism = MechanismId.Parse("m"), Since = Date("2021-02-01"), Months = 0, Before = 0, After = 3, AfterMonthsObserved = 0 };
        Assert.Equal(0, effect.BeforePerMonth);
        Assert.Null(effect.AfterPerMonth);
        Assert.Null(effect.Change);
        var observed = effect with { Months = 4, Before = 2, AfterMonthsObserved = 2 };
        Assert.Equal((0.5, 1.5), (observed.BeforePerMonth, observed.AfterPerMonth!.Value));
        Assert.Equal(2.0, observed.Change!.Value, 10);
    }
}
