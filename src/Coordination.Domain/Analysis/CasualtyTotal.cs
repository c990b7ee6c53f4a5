using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Analysis;

/// <summary>
/// Casualty estimates added up in 64 bits: the low, best and high counts of several parties or
/// incidents, which may together exceed what one <see cref="CasualtyEstimate"/> holds.
/// </summary>
/// <remarks>
/// <c>default</c> is zero on all three counts, and complete. A total over figures some of which were not
/// reported is a lower bound: <see cref="IsPartial"/>. Equality compares the three counts and
/// <see cref="IsPartial"/>.
/// </remarks>
/// <param name="Low">The sum of the low estimates.</param>
/// <param name="Best">The sum of the best estimates.</param>
/// <param name="High">The sum of the high estimates.</param>
public readonly record struct CasualtyTotal(long Low, long Best, long High)
{
    /// <summary>Gets the total of nothing: zero on all three counts.</summary>
    public static CasualtyTotal Zero => default;

    /// <summary>Gets whether some of the figures added up were not reported, so the total is a lower bound.</summary>
    public bool IsPartial { get; init; }

    /// <summary>Gets whether the three counts are equal, so the total is exact.</summary>
    public bool IsExact => Low == Best && Best == High;

    /// <summary>Adds up estimates, each of low, best and high separately.</summary>
    /// <param name="estimates">The estimates.</param>
    /// <returns>The total; <see cref="Zero"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is <see langword="null"/>.</exception>
    public static CasualtyTotal Of(IEnumerable<CasualtyEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        long low = 0, best = 0, high = 0;
        foreach (var estimate in estimates)
        {
            low += estimate.Low;
            best += estimate.Best;
            high += estimate.High;
        }

        return new CasualtyTotal(low, best, high);
    }

    /// <summary>
    /// Adds up figures as reported: those given, each of low, best and high separately, and whether some
    /// were not given (<see cref="IsPartial"/>).
    /// </summary>
    /// <param name="estimates">The figures; <see langword="null"/> for one not reported.</param>
    /// <returns>The total; <see langword="null"/> when no figure is given — an unknown is never zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is <see langword="null"/>.</exception>
    public static CasualtyTotal? OfReported(IEnumerable<CasualtyEstimate?> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        return OfReported(estimates.Select(e => e is { } estimate ? new CasualtyTotal(estimate.Low, estimate.Best, estimate.High) : (CasualtyTotal?)null));
    }

    /// <summary>
    /// Adds up totals as reported: those given, each count separately; partial when some total is not given
    /// or is itself partial.
    /// </summary>
    /// <param name="totals">The totals; <see langword="null"/> for one not reported.</param>
    /// <returns>The total; <see langword="null"/> when no total is given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> is <see langword="null"/>.</exception>
    public static CasualtyTotal? OfReported(IEnumerable<CasualtyTotal?> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        long low = 0, best = 0, high = 0;
        bool given = false, partial = false;
        foreach (var total in totals)
        {
            if (total is null)
            {
                partial = true;
                continue;
            }

            var value = total.Value;

            given = true;
            partial |= value.IsPartial;
            low += value.Low;
            best += value.Best;
            high += value.High;
        }

        return given ? new CasualtyTotal(low, best, high) { IsPartial = partial } : null;
    }

    /// <summary>Formats the total as <c>3</c> when exact, else <c>best (low–high)</c>, as <see cref="CasualtyEstimate"/> does; <c>at least …</c> when partial.</summary>
    /// <returns>The formatted total.</returns>
    public override string ToString() =>
        (IsPartial ? "at least " : string.Empty)
        + (IsExact ? Best.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{Best} ({Low}–{High})"));
}
