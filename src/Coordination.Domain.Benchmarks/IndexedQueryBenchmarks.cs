using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// The indexed questions beside the scans they replace, on the reference catalog with its incidents replaced by
/// <see cref="SyntheticCatalog"/>'s (ten years, six territories of the reference hierarchy, half with a point, moved to
/// the band the KCL crosses): <c>IncidentsIn(kirkuk, June 2019)</c> (the governorate and its districts), the situation on 2019-06-01 (about
/// half the incidents are before it), and the incidents on the stretch of the KCL with the most of them in 2019. Each
/// group has its scan as the baseline, the indexed call (its index built in the setup), and the index's build alone,
/// so the build reads as a number of scans.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IndexedQueryBenchmarks
{
    private static readonly TerritoryId Kirkuk = TerritoryId.Parse("kirkuk");
    private static readonly DateRange June2019 = DateRange.OfMonth(new YearMonth(2019, 6));
    private static readonly LocalDate SituationDate = new(2019, 6, 1);
    private static readonly DateRange Year2019 = DateRange.OfYear(2019);

    private CoordinationCatalog catalog = CoordinationCatalog.Empty;
    private CatalogGeometry geometry = null!;
    private string stretch = string.Empty;

    [Params(10_000, 100_000, 1_000_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var reference = ReferenceCatalog.Load();
        catalog = new CoordinationCatalog
        {
            Actors = reference.Actors, People = reference.People, Territories = reference.Territories, Lines = reference.Lines,
            Mechanisms = reference.Mechanisms, Support = reference.Support, Sources = reference.Sources, Statements = reference.Statements,
            Incidents = [.. SyntheticCatalog.Incidents(Incidents).Select(NearTheLine)],
        };
        geometry = CatalogGeometry.Reference;

        // Build every index once, and check it against its scan, or the comparison means nothing.
        Check(catalog.IncidentsIn(Kirkuk, June2019).SequenceEqual(catalog.ScanIncidentsIn(Kirkuk, June2019)) && !catalog.IncidentsIn(Kirkuk, June2019).IsEmpty, "IncidentsIn");
        Check(catalog.SituationOn(SituationDate).Equals(SituationAnalysis.ScanSituationOn(catalog, SituationDate)), "SituationOn");
        stretch = catalog.CoverageOn(geometry, SituationDate).SelectMany(l => l.Stretches).Select(s => s.Stretch.Key)
            .MaxBy(key => catalog.IncidentsOnStretch(geometry, key, Year2019).Length)!;
        Check(!catalog.IncidentsOnStretch(geometry, stretch, Year2019).IsEmpty
            && catalog.IncidentsOnStretch(geometry, stretch, Year2019).SequenceEqual(StretchIncidents.ScanIncidentsOnStretch(catalog, geometry, stretch, Year2019)), "IncidentsOnStretch");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("IncidentsIn")]
    public ImmutableArray<Incident> IncidentsIn_scan() => catalog.ScanIncidentsIn(Kirkuk, June2019);

    [Benchmark, BenchmarkCategory("IncidentsIn")]
    public ImmutableArray<Incident> IncidentsIn_indexed() => catalog.IncidentsIn(Kirkuk, June2019);

    [Benchmark, BenchmarkCategory("IncidentsIn")]
    public int IncidentsIn_build_index() => new TerritoryIncidentIndex(catalog.Incidents).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("Situation")]
    public Situation Situation_scan() => SituationAnalysis.ScanSituationOn(catalog, SituationDate);

    [Benchmark, BenchmarkCategory("Situation")]
    public Situation Situation_indexed() => catalog.SituationOn(SituationDate);

    [Benchmark, BenchmarkCategory("Situation")]
    public int Situation_build_timeline()
    {
        // The build and the first situation's share of it: the entries of the tail up to the date.
        var timeline = IncidentTimeline.Build(catalog.Incidents);
        return timeline.EntriesFrom(timeline.TailFrom(SituationDate)).Length;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Stretch")]
    public ImmutableArray<IncidentPlacement> Stretch_scan() => StretchIncidents.ScanIncidentsOnStretch(catalog, geometry, stretch, Year2019);

    [Benchmark, BenchmarkCategory("Stretch")]
    public ImmutableArray<IncidentPlacement> Stretch_indexed() => catalog.IncidentsOnStretch(geometry, stretch, Year2019);

    [Benchmark, BenchmarkCategory("Stretch")]
    public object Stretch_build_placements() => StretchPlacements.Build(catalog, geometry, GapOptions.Default);

    // The synthetic points moved a degree north, to 35–36° N, 43–44.8° E: the band the KCL crosses between Makhmour and Kirkuk.
    private static Incident NearTheLine(Incident incident) =>
        incident.Location.Point is { } point ? incident with { Location = incident.Location with { Point = new(point.Latitude + 1, point.Longitude) } } : incident;

    private static void Check(bool agree, string question)
    {
        if (!agree)
        {
            throw new InvalidOperationException($"The index and the scan disagree on {question}, or the question finds nothing.");
        }
    }
}
