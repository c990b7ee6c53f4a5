using System;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Geography;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Domain.Geo.Tests.Analysis.GeoWorld;

namespace Coordination.Domain.Geo.Tests.Analysis;

/// <summary>The edges of <see cref="StretchIncidents.IncidentsOnStretch"/>.</summary>
public sealed class StretchIncidentsTests
{
    private static readonly DateRange Year2021 = DateRange.OfYear(2021);

    [Fact]
    public void A_catalog_without_incidents_has_none_on_any_stretch()
    {
        var geometry = Geometry();
        var catalog = World([]);
        var keys = catalog.CoverageOn(geometry, Date("2021-01-01")).Single().Stretches.Select(s => s.Stretch.Key).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Empty(catalog.IncidentsOnStretch(geometry, key, Year2021)));
    }

    [Fact]
    public void A_key_no_stretch_has_finds_nothing_and_a_null_key_is_refused()
    {
        var catalog = World([], [Incident("i-1", "2021-05-01", new GeoPoint(35.5, 40.5))]);

        Assert.Empty(catalog.IncidentsOnStretch(Geometry(), "no-such-stretch", Year2021));
        Assert.Equal("stretch", Assert.Throws<ArgumentNullException>(() => catalog.IncidentsOnStretch(Geometry(), null!, Year2021)).ParamName);
    }

    [Fact]
    public void An_incident_on_the_line_is_found_on_its_stretch_from_its_first_day_in_catalog_order()
    {
        var mechanism = Mechanism("m-west", Within("west"), (MechanismStatus.Operational, "2021-03-01"));
        var late = Incident("i-2", "2021-06-01", new GeoPoint(35.5, 40.5));
        var early = Incident("i-1", "2021-05-01", new GeoPoint(35.51, 40.5));
        var far = Incident("i-3", "2021-05-01", new GeoPoint(30, 30));
        var geometry = Geometry();
        var catalog = World([mechanism], [late, far, early]);
        var key = catalog.GapsOn(geometry, Date("2021-12-31")).Placements.Single(p => p.Incident == late.Id).Stretch!;

        Assert.Equal([late.Id, early.Id], catalog.IncidentsOnStretch(geometry, key, Year2021).Select(p => p.Incident));
        Assert.Equal([early.Id], catalog.IncidentsOnStretch(geometry, key, new DateRange(Date("2021-04-01"), Date("2021-05-01"))).Select(p => p.Incident));
        Assert.Empty(catalog.IncidentsOnStretch(geometry, key, new DateRange(Date("2021-05-02"), Date("2021-05-31"))));
        Assert.All(catalog.IncidentsOnStretch(geometry, key, Year2021), p => Assert.True(p.IsCovered));
    }

    [Fact]
    public void Options_out_of_range_are_refused_as_the_gap_analysis_refuses_them() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => World([]).IncidentsOnStretch(Geometry(), "k", Year2021, new GapOptions { BufferKm = double.NaN }));

    [Fact]
    public void Many_threads_asking_at_once_get_the_scan_s_answer()
    {
        var geometry = Geometry();
        var catalog = World([], [.. Enumerable.Range(0, 300).Select(i => Incident($"i-{i}", Date("2021-01-01").PlusDays(i).ToString("uuuu-MM-dd", null), new GeoPoint(35.5 + ((i % 7) * 0.01), 40 + ((i % 200) * 0.01))))]);
        var key = catalog.CoverageOn(geometry, Date("2021-01-01")).Single().Stretches[0].Stretch.Key;
        var expected = StretchIncidents.ScanIncidentsOnStretch(catalog, geometry, key, Year2021);
        var answers = new System.Collections.Immutable.ImmutableArray<IncidentPlacement>[8];

        Parallel.For(0, answers.Length, k => answers[k] = catalog.IncidentsOnStretch(geometry, key, Year2021));

        Assert.NotEmpty(expected);
        Assert.All(answers, a => Assert.Equal(expected, a));
    }
}
