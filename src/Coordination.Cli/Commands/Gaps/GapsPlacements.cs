namespace Coordination.Cli.Commands.Gaps;

/// <summary>How many incidents were placed each way.</summary>
/// <param name="InOpenStretches">On a stretch open on the incident's date.</param>
/// <param name="InCoveredStretches">On a stretch covered on the incident's date.</param>
/// <param name="NearLineUnplaced">Near a line, stretch unknown.</param>
/// <param name="BeyondBuffer">Beyond the buffer.</param>
/// <param name="Unlocated">Without a usable location.</param>
internal sealed record GapsPlacements(int InOpenStretches, int InCoveredStretches, int NearLineUnplaced, int BeyondBuffer, int Unlocated);
