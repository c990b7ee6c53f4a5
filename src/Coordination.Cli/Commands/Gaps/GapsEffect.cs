namespace Coordination.Cli.Commands.Gaps;

/// <summary>A mechanism's before/after comparison.</summary>
/// <param name="Mechanism">The mechanism's name.</param>
/// <param name="Since">The first day it is operational.</param>
/// <param name="Months">The months in each window.</param>
/// <param name="Before">Incidents on its stretches in the months before.</param>
/// <param name="After">Incidents on its stretches in the months after, as far as observed.</param>
/// <param name="AfterMonthsObserved">The months of the after window observed (one decimal).</param>
/// <param name="Change">The change of the monthly rate in per cent, or <see langword="null"/> when there is nothing to compare.</param>
internal sealed record GapsEffect(string Mechanism, string Since, int Months, int Before, int After, double AfterMonthsObserved, double? Change);
