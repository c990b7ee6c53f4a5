using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>The stretches of every traced line of a catalog, cut once; coverage on any date is then a look-up of statuses.</summary>
internal sealed class CoveragePlan
{
    private readonly Dictionary<MechanismId, CoordinationMechanism> mechanisms;

    private CoveragePlan(ImmutableArray<LinePlan> lines, Dictionary<MechanismId, CoordinationMechanism> mechanisms, TerritoryRegions regions)
    {
        (Lines, this.mechanisms, Regions) = (lines, mechanisms, regions);
    }

    internal ImmutableArray<LinePlan> Lines { get; }

    internal TerritoryRegions Regions { get; }

    internal static CoveragePlan For(CoordinationCatalog catalog, CatalogGeometry geometry, double pointRadiusKm)
    {
        var regions = new TerritoryRegions(catalog, geometry.Territories, pointRadiusKm);
        var mechanisms = new Dictionary<MechanismId, CoordinationMechanism>();
        foreach (var mechanism in catalog.Mechanisms)
        {
            if (mechanism is not null && !mechanism.Id.IsDefault)
            {
                mechanisms.TryAdd(mechanism.Id, mechanism);
            }
        }

        var ordered = mechanisms.Values.OrderBy(m => m.Id).ToList();
        var lines = ImmutableArray.CreateBuilder<LinePlan>();
        var seen = new HashSet<CoordinationLineId>();
        foreach (var line in catalog.Lines)
        {
            var trace = line is null || line.Id.IsDefault || !seen.Add(line.Id) ? null : geometry.TraceOf(line);
            if (line is null || trace is null)
            {
                continue;
            }

            lines.Add(LinePlan.Cut(line, trace, ordered, regions));
        }

        return new CoveragePlan(lines.ToImmutable(), mechanisms, regions);
    }

    internal bool IsOperational(MechanismId mechanism, LocalDate date) =>
        mechanisms.TryGetValue(mechanism, out var found) && found.StatusOn(date) == MechanismStatus.Operational;

    internal ImmutableArray<MechanismId> CoveringOn(TraceStretch stretch, LocalDate date) =>
        [.. stretch.Mechanisms.Where(m => IsOperational(m, date))];

    internal ImmutableArray<LineCoverage> CoverageOn(LocalDate date) =>
        [.. Lines.Select(plan => new LineCoverage
        {
            Line = plan.Line,
            Date = date,
            Trace = plan.Trace,
            Stretches = [.. plan.Stretches.Select(s => new StretchCoverage { Stretch = s, CoveredBy = CoveringOn(s, date) })],
            UnmappedTerritories = plan.UnmappedTerritories,
        })];
}
