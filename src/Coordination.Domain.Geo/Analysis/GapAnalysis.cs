using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The incidents in the gaps: each incident within <see cref="GapOptions.BufferKm"/> of a traced line is assigned to
/// its nearest stretch and marked covered or open on its own date (the first day of its reported date), with tallies
/// per stretch and month and a before/after comparison for each mechanism that began work. Location precision is
/// respected: an incident's own point is used only when it is exact or near a named place; otherwise its territory's
/// region stands for it, and it is put on a stretch only when that region lies within the buffer of that stretch alone.
/// See <c>docs/analysis.md</c>.
/// </summary>
public static class GapAnalysis
{
    private const double DaysPerMonth = 365.2425 / 12;

    /// <summary>Analyses every incident whose reported date begins on or before a date, with the coverage of that date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="GapOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="GapOptions"/>).</exception>
    public static GapReport GapsOn(this CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate asOf, GapOptions? options = null) =>
        Analyse(catalog, geometry, null, asOf, options);

    /// <summary>Analyses every incident whose reported date begins within a period, with the coverage of its last day.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="GapOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="GapOptions"/>).</exception>
    public static GapReport GapsBetween(this CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate from, LocalDate to, GapOptions? options = null)
    {
        if (from > to)
        {
            throw new ArgumentException($"The period starts on {from:uuuu-MM-dd}, after its last day {to:uuuu-MM-dd}.", nameof(from));
        }

        return Analyse(catalog, geometry, from, to, options);
    }

    private static GapReport Analyse(CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate? from, LocalDate to, GapOptions? options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(geometry);
        options ??= GapOptions.Default;
        options.Check();
        var plan = CoveragePlan.For(catalog, geometry, options.PointRadiusKm);
        var placer = new IncidentPlacer(plan, options);
        var placed = new List<(IncidentPlacement Placement, Incident Incident)>();
        foreach (var incident in catalog.Incidents)
        {
            if (incident is null || incident.Id.IsDefault)
            {
                continue;
            }

            var day = incident.Date.Earliest;
            if (day <= to)
            {
                placed.Add((placer.Place(incident), incident));
            }
        }

        var inPeriod = placed.Where(p => from is not { } start || p.Placement.Date >= start).ToList();
        return new GapReport
        {
            From = from,
            To = to,
            Options = options,
            Coverage = plan.CoverageOn(to),
            Placements = [.. inPeriod.Select(p => p.Placement)],
            Months = Tally(plan, inPeriod),
            Effects = Effects(catalog, plan, placed, to, options.MonthsAround),
        };
    }

    private static ImmutableArray<StretchMonth> Tally(CoveragePlan plan, List<(IncidentPlacement Placement, Incident Incident)> placed)
    {
        var order = plan.Lines.SelectMany(l => l.Stretches).Select((s, i) => (s.Key, i)).ToDictionary(p => p.Key, p => p.i);
        return [.. placed
            .Where(p => p.Placement.Kind == PlacementKind.OnStretch)
            .GroupBy(p => (Stretch: p.Placement.Stretch!, Month: p.Placement.Date.ToYearMonth()))
            .OrderBy(g => order[g.Key.Stretch]).ThenBy(g => g.Key.Month)
            .Select(g => new StretchMonth
            {
                Line = g.First().Placement.Line!.Value,
                Stretch = g.Key.Stretch,
                Month = g.Key.Month,
                Incidents = g.Count(),
                OpenIncidents = g.Count(p => p.Placement.IsCovered == false),
                Killed = Sum(g.Select(p => (p.Incident.TotalKilled, p.Incident.IsTotalKilledPartial))),
                KilledUnknown = g.Count(p => p.Incident.TotalKilled is null),
                Injured = Sum(g.Select(p => (p.Incident.TotalInjured, p.Incident.IsTotalInjuredPartial))),
                InjuredUnknown = g.Count(p => p.Incident.TotalInjured is null),
            })];
    }

    private static CasualtyTotal? Sum(IEnumerable<(CasualtyEstimate? Estimate, bool IsPartial)> tolls)
    {
        var reported = tolls.Where(t => t.Estimate is not null).Select(t => (CasualtyTotal?)new CasualtyTotal(t.Estimate!.Value.Low, t.Estimate.Value.Best, t.Estimate.Value.High) { IsPartial = t.IsPartial }).ToList();
        return reported.Count == 0 ? null : CasualtyTotal.OfReported(reported);
    }

    private static ImmutableArray<MechanismEffect> Effects(CoordinationCatalog catalog, CoveragePlan plan, List<(IncidentPlacement Placement, Incident Incident)> placed, LocalDate to, int months)
    {
        var stretches = plan.Lines.SelectMany(l => l.Stretches).ToList();
        var effects = ImmutableArray.CreateBuilder<MechanismEffect>();
        foreach (var mechanism in catalog.Mechanisms.Where(m => m is not null && !m.Id.IsDefault).DistinctBy(m => m.Id).OrderBy(m => m.Id))
        {
            var keys = stretches.Where(s => s.Mechanisms.Contains(mechanism.Id)).Select(s => s.Key).ToImmutableArray();
            var operational = keys.IsEmpty ? null : OperationalSince(mechanism);
            if (operational is null || operational.Value > to)
            {
                continue;
            }

            var since = operational.Value;

            var beforeStart = since.PlusMonths(-months);
            var afterEnd = since.PlusMonths(months).PlusDays(-1);
            var observedEnd = afterEnd < to ? afterEnd : to;
            var onStretches = placed.Where(p => p.Placement.Kind == PlacementKind.OnStretch && keys.Contains(p.Placement.Stretch!)).Select(p => p.Placement.Date).ToList();
            effects.Add(new MechanismEffect
            {
                Mechanism = mechanism.Id,
                Since = since,
                Months = months,
                Stretches = keys,
                Before = onStretches.Count(d => d >= beforeStart && d < since),
                After = onStretches.Count(d => d >= since && d <= observedEnd),
                AfterMonthsObserved = observedEnd == afterEnd ? months : (Period.DaysBetween(since, observedEnd) + 1) / DaysPerMonth,
            });
        }

        return effects.ToImmutable();
    }

    // The first day on which the mechanism is operational: the earliest day of a dated step to Operational on which
    // StatusOn says Operational (the model's reading of the step's reported date decides).
    private static LocalDate? OperationalSince(CoordinationMechanism mechanism)
    {
        LocalDate? since = null;
        foreach (var step in mechanism.Timeline)
        {
            if (step is null || step.Status != MechanismStatus.Operational || step.Date is null)
            {
                continue;
            }

            var date = step.Date.Value;

            foreach (var day in new[] { date.Earliest, date.Latest })
            {
                if ((since is null || day < since) && mechanism.StatusOn(day) == MechanismStatus.Operational)
                {
                    since = day;
                }
            }
        }

        return since;
    }
}
