using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.Analysis;
using Coordination.Domain.Identifiers;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>
/// Puts a <see cref="GapReport"/> into the words of <c>coordination gaps</c>: names looked up in the catalog, numbers
/// rounded to one decimal. What is covered, open, near or placed is decided by <see cref="GapAnalysis"/>, never here.
/// </summary>
internal static class GapsProjection
{
    /// <summary>Projects a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="catalog">The catalog it was worked out from.</param>
    /// <param name="catalogName">How to name the catalog.</param>
    /// <returns>The view.</returns>
    public static GapsView Project(GapReport report, CoordinationCatalog catalog, string catalogName)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalog);
        var months = report.Months.GroupBy(m => m.Stretch).ToDictionary(g => g.Key, g => g.ToList());
        return new GapsView(
            report.From is { } from ? Iso(from) : null,
            Iso(report.To),
            catalogName,
            report.Options.BufferKm,
            [.. report.Coverage.Select(c => new GapsLine(
                c.Line.Value,
                catalog.FindLine(c.Line)?.Names?.Primary?.Text ?? c.Line.Value,
                c.Trace.IsInferred ? "inferred" : "reported",
                Round(c.LengthKm),
                Round(c.CoveredKm),
                Round(c.OpenKm),
                [.. c.UnmappedTerritories.Select(t => TerritoryName(catalog, t))]))],
            [.. report.Coverage.SelectMany(c => c.Stretches).Select(s =>
            {
                var tallies = months.TryGetValue(s.Stretch.Key, out var found) ? found : [];
                var killed = Coordination.Domain.Analysis.CasualtyTotal.OfReported(tallies.Where(m => m.Killed is not null).Select(m => m.Killed));
                return new GapsStretch(
                    s.Stretch.Key,
                    s.Stretch.Territory is { } t ? TerritoryName(catalog, t) : "-",
                    Round(s.Stretch.LengthKm),
                    s.IsCovered ? "covered" : "open",
                    [.. s.CoveredBy.Select(m => MechanismName(catalog, m))],
                    [.. s.Stretch.Mechanisms.Select(m => MechanismName(catalog, m))],
                    tallies.Sum(m => m.Incidents),
                    tallies.Sum(m => m.OpenIncidents),
                    killed?.ToString() ?? "-",
                    tallies.Sum(m => m.KilledUnknown));
            })],
            new GapsPlacements(report.InOpenStretches, report.InCoveredStretches, report.CountOf(PlacementKind.NearLineUnplaced), report.CountOf(PlacementKind.BeyondBuffer), report.CountOf(PlacementKind.Unlocated)),
            [.. report.Placements.Where(p => p.Kind is PlacementKind.OnStretch or PlacementKind.NearLineUnplaced).Select(p => new GapsIncident(
                p.Incident.Value,
                Iso(p.Date),
                p.Stretch ?? string.Join(" or ", p.Candidates),
                (p.IsCovered switch { true => "covered", false => "open", null => "unknown" }) + (p.IsDateAmbiguous ? " (date spans a change)" : string.Empty),
                Round(p.DistanceKm ?? 0),
                p.IsByPoint ? "point" : "territory"))],
            [.. report.Effects.Select(e => new GapsEffect(
                MechanismName(catalog, e.Mechanism),
                Iso(e.Since),
                e.Months,
                e.Before,
                e.After,
                Round(e.AfterMonthsObserved),
                e.Change is { } change ? Math.Round(change * 100, 1) : null))]);
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static double Round(double value) => Math.Round(value, 1);

    private static string TerritoryName(CoordinationCatalog catalog, TerritoryId id) => catalog.FindTerritory(id)?.Names?.Primary?.Text ?? id.Value;

    private static string MechanismName(CoordinationCatalog catalog, MechanismId id)
    {
        var names = catalog.FindMechanism(id)?.Names;
        return names?.Primary?.Text ?? id.Value;
    }
}
