namespace Coordination.Cli.Commands.Report;

/// <summary>The security vacuum along one traced line on the report's date (see <c>coordination gaps</c> for the whole of it).</summary>
/// <param name="Line">The line's identifier.</param>
/// <param name="Name">The line's label (name and acronym).</param>
/// <param name="TraceInferred">Whether the line's trace is inferred rather than reported.</param>
/// <param name="LengthKm">The trace's length in kilometres (one decimal).</param>
/// <param name="CoveredKm">The length covered by an operational mechanism on the date (one decimal).</param>
/// <param name="OpenKm">The length open on the date (one decimal).</param>
/// <param name="BufferKm">The buffer either side of the line within which incidents count.</param>
/// <param name="InOpenStretches">Incidents to date placed on a stretch open on the incident's own date.</param>
/// <param name="InCoveredStretches">Incidents to date placed on a stretch covered on the incident's own date.</param>
/// <param name="NearUnplaced">Incidents to date near the line whose stretch cannot be told.</param>
internal sealed record VacuumEntry(
    string Line,
    string Name,
    bool TraceInferred,
    double LengthKm,
    double CoveredKm,
    double OpenKm,
    double BufferKm,
    int InOpenStretches,
    int InCoveredStretches,
    int NearUnplaced);
