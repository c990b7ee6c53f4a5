using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Report;

/// <summary>
/// The situation on one date, as <c>coordination report</c> shows it: disputed territories, coordination
/// lines, mechanisms with their status, recent incidents, support and the sources behind them. Plain
/// data: every renderer (tables, text, markdown, JSON) draws from it alone.
/// </summary>
/// <param name="AsOf">The date (<c>uuuu-MM-dd</c>, in Asia/Baghdad).</param>
/// <param name="Catalog">Which catalog the report was drawn from (<c>reference catalog</c> or the file's path).</param>
/// <param name="DisputedTerritories">The territories two or more actors claimed on the date, in catalog order.</param>
/// <param name="Lines">The coordination lines, in catalog order.</param>
/// <param name="Mechanisms">The mechanisms with a reported status on or before the date, in catalog order.</param>
/// <param name="Incidents">The most recent incidents on or before the date, latest first.</param>
/// <param name="IncidentsOmitted">How many earlier incidents were left out by the limit on incidents.</param>
/// <param name="Support">The support that had begun by the date, in catalog order.</param>
/// <param name="Sources">The sources cited by the entries above, in order of first citation.</param>
internal sealed record SituationReport(
    string AsOf,
    string Catalog,
    ImmutableArray<DisputedTerritoryEntry> DisputedTerritories,
    ImmutableArray<LineEntry> Lines,
    ImmutableArray<MechanismEntry> Mechanisms,
    ImmutableArray<IncidentEntry> Incidents,
    int IncidentsOmitted,
    ImmutableArray<SupportEntry> Support,
    ImmutableArray<SourceEntry> Sources);
