using System.Collections.Immutable;

namespace Coordination.Cli.Commands.Gaps;

/// <summary>
/// The security vacuum in the words <c>coordination gaps</c> shows it in: plain text and numbers projected from the
/// library's <c>GapReport</c> by <see cref="GapsProjection"/>; every writer draws from it alone.
/// </summary>
/// <param name="From">The first day of the period (<c>uuuu-MM-dd</c>), or <see langword="null"/> for every incident up to <paramref name="To"/>.</param>
/// <param name="To">The last day: the date of the coverage.</param>
/// <param name="Catalog">Which catalog the view was drawn from.</param>
/// <param name="BufferKm">The buffer either side of the line, in kilometres.</param>
/// <param name="Lines">The coverage of each traced line on <paramref name="To"/>.</param>
/// <param name="Stretches">Each stretch, with its state on <paramref name="To"/> and the incidents of the period on it.</param>
/// <param name="Placements">How many incidents of the period were placed each way.</param>
/// <param name="Incidents">The incidents of the period near a line (on a stretch or unplaced), in catalog order.</param>
/// <param name="Effects">The before/after comparison of each mechanism that began work by <paramref name="To"/>.</param>
internal sealed record GapsView(
    string? From,
    string To,
    string Catalog,
    double BufferKm,
    ImmutableArray<GapsLine> Lines,
    ImmutableArray<GapsStretch> Stretches,
    GapsPlacements Placements,
    ImmutableArray<GapsIncident> Incidents,
    ImmutableArray<GapsEffect> Effects);
