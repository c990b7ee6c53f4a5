using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>A line's coverage.</summary>
/// <param name="Id">The line's identifier.</param>
/// <param name="Name">The line's name.</param>
/// <param name="Trace">How the line is traced: <c>inferred</c> or <c>reported</c>.</param>
/// <param name="LengthKm">The trace's length (one decimal).</param>
/// <param name="CoveredKm">The covered length (one decimal).</param>
/// <param name="OpenKm">The open length (one decimal).</param>
/// <param name="Unmapped">The territories of some area that could not be put on the map.</param>
internal sealed record GapsLine(string Id, string Name, string Trace, double LengthKm, double CoveredKm, double OpenKm, ImmutableArray<string> Unmapped);
