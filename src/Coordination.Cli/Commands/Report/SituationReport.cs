using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Report;

/// <summary>
/// The situation on one date in the words <c>coordination report</c> shows it in: disputed territories,
/// coordination lines, mechanisms with their status, recent incidents, support and the sources behind
/// them. Plain text and numbers projected from the library's <c>Situation</c> by
/// <see cref="SituationReportProjection"/>: every writer (tables, text, markdown, JSON) draws from it alone.
/// </summary>
/// <param name="AsOf">The date (<c>uuuu-MM-dd</c>, in Asia/Baghdad).</param>
/// <param name="Catalog">Which catalog the report was drawn from (<c>reference catalog</c> or the file's path).</param>
/// <param name="DisputedTerritories">The territories two or more actors claimed on the date, in catalog order.</param>
/// <param name="Lines">The coordination lines, in catalog order.</param>
/// <param name="Mechanisms">The mechanisms with a status in force on the date and those the sources date no status of, together in catalog order.</param>
/// <param name="Incidents">The most recent incidents on or before the date, latest first.</param>
/// <param name="IncidentsOmitted">How many earlier incidents were left out by the limit on incidents.</param>
/// <param name="Support">The support that had begun by the date, in force or ended, in catalog order.</param>
/// <param name="Sources">
/// The sources cited by the entries above, each once, in order of first citation: each entry's own, and
/// those of a territory's claims and control in force and of a mechanism's status changes up to the date.
/// </param>
internal sealed record SituationReport(
    string AsOf,
    string Catalog,
    ImmutableArray<DisputedTerritoryEntry> DisputedTerritories,
    ImmutableArray<LineEntry> Lines,
    ImmutableArray<MechanismEntry> Mechanisms,
    ImmutableArray<IncidentEntry> Incidents,
    int IncidentsOmitted,
    ImmutableArray<SupportEntry> Support,
    ImmutableArray<SourceEntry> Sources)
{
    /// <summary>Gets the security vacuum along each traced line on the date: covered and open kilometres and the incidents in the gaps.</summary>
    public ImmutableArray<VacuumEntry> Vacuum { get; init => field = value.IsDefault ? [] : value; } = [];
}
