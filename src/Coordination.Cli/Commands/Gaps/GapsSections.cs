using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>The sections of the text, table and Markdown forms of <c>coordination gaps</c>: a title, columns and rows of cells.</summary>
internal static class GapsSections
{
    /// <summary>Gets the heading of the view.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The heading.</returns>
    public static string Heading(GapsView view) =>
        (view.From is { } from ? $"Security vacuum from {from} to {view.To}" : $"Security vacuum as of {view.To}")
        + string.Create(CultureInfo.InvariantCulture, $" ({view.Catalog}; buffer {view.BufferKm:0.#} km)");

    /// <summary>Gets the summary line of the placements.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The line.</returns>
    public static string Summary(GapsView view) =>
        $"Incidents: {view.Placements.InOpenStretches} in open stretches, {view.Placements.InCoveredStretches} in covered stretches, "
        + $"{view.Placements.NearLineUnplaced} near a line but not placed on a stretch, {view.Placements.BeyondBuffer} beyond the buffer, {view.Placements.Unlocated} unlocated";

    /// <summary>Lists the sections.</summary>
    /// <param name="view">The view.</param>
    /// <returns>Title, columns and rows of each section.</returns>
    public static IEnumerable<(string Title, string[] Columns, List<string[]> Rows)> Of(GapsView view)
    {
        yield return ("Coverage", ["Line", "Trace", "Length", "Covered", "Open", "Not on the map"],
            [.. view.Lines.Select(l => new[] { l.Name, l.Trace, Km(l.LengthKm), Km(l.CoveredKm), Km(l.OpenKm), l.Unmapped.IsEmpty ? "-" : string.Join(", ", l.Unmapped) })]);
        yield return ("Stretches", ["Stretch", "Territory", "Length", "State", "Covered by", "Incidents", "In the open", "Killed", "Toll unknown"],
            [.. view.Stretches.Select(s => new[] { s.Key, s.Territory, Km(s.LengthKm), s.State, s.CoveredBy.IsEmpty ? "-" : string.Join(", ", s.CoveredBy), Number(s.Incidents), Number(s.OpenIncidents), s.Killed, Number(s.TollUnknown) })]);
        yield return ("Incidents near the line", ["Incident", "Date", "Stretch", "State", "Distance", "Placed by"],
            [.. view.Incidents.Select(i => new[] { i.Id, i.Date, i.Stretch, i.State, Km(i.DistanceKm), i.PlacedBy })]);
        yield return ("Before and after", ["Mechanism", "Operational since", "Months", "Before", "After", "Months observed", "Change"],
            [.. view.Effects.Select(e => new[] { e.Mechanism, e.Since, Number(e.Months), Number(e.Before), Number(e.After), e.AfterMonthsObserved.ToString("0.0", CultureInfo.InvariantCulture), e.Change is { } c ? c.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) + "%" : "-" })]);
    }

    private static string Km(double km) => km.ToString("0.0", CultureInfo.InvariantCulture) + " km";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
