using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.Analysis;
using NodaTime;

namespace Coordination.Cli.Commands.Report;

/// <summary>Works out the report's vacuum section with <see cref="GapAnalysis.GapsOn"/> on the embedded geometry.</summary>
internal static class VacuumProjection
{
    /// <summary>Projects the vacuum of each traced line on a date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One entry per traced line, in catalog order.</returns>
    public static ImmutableArray<VacuumEntry> Of(CoordinationCatalog catalog, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var report = catalog.GapsOn(CatalogGeometry.Reference, asOf);
        return [.. report.Coverage.Select(c =>
        {
            var prefix = c.Line.Value + "/";
            var names = catalog.FindLine(c.Line)?.Names;
            var acronym = names?.Acronyms.FirstOrDefault()?.Text;
            var name = names?.Primary.Text ?? c.Line.Value;
            var onLine = report.Placements.Where(p => p.Kind == PlacementKind.OnStretch && p.Line == c.Line).ToList();
            return new VacuumEntry(
                c.Line.Value,
                acronym is null ? name : $"{name} ({acronym})",
                c.Trace.IsInferred,
                Math.Round(c.LengthKm, 1),
                Math.Round(c.CoveredKm, 1),
                Math.Round(c.OpenKm, 1),
                report.Options.BufferKm,
                onLine.Count(p => p.IsCovered == false),
                onLine.Count(p => p.IsCovered == true),
                report.Placements.Count(p => p.Kind == PlacementKind.NearLineUnplaced && p.Candidates.Any(k => k.StartsWith(prefix, StringComparison.Ordinal))));
        })];
    }

    /// <summary>Puts an entry's lengths into words.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The words.</returns>
    public static string Lengths(VacuumEntry entry) =>
        FormattableString.Invariant($"{entry.CoveredKm:0.0} km covered, {entry.OpenKm:0.0} km open, of {entry.LengthKm:0.0} km") + (entry.TraceInferred ? " (trace inferred)" : string.Empty);

    /// <summary>Puts an entry's incidents into words.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The words.</returns>
    public static string Incidents(VacuumEntry entry) =>
        FormattableString.Invariant($"{entry.InOpenStretches} in open stretches, {entry.InCoveredStretches} in covered, {entry.NearUnplaced} near but not placed (within {entry.BufferKm:0.#} km)");
}
