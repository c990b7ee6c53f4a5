using System;
using System.Collections.Generic;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Analysis;

/// <summary>
/// Casualty estimates added up in 64 bits: the low, best and high counts of several parties or
/// incidents, which may together exceed what one <see cref="CasualtyEstimate"/> holds.
/// </summary>
/// <remarks>
/// <c>default</c> is zero on all three counts. Equality compares the three counts.
/// </remarks>
/// <param name="Low">The sum of the low estimates.</param>
/// <param name="Best">The sum of the best estimates.</param>
/// <param name="High">The sum of the high estimates.</param>
public readonly record struct CasualtyTotal(long Low, long Best, long High)
{
    /// <summary>Gets the total of nothing: zero on all three counts.</summary>
    public static CasualtyTotal Zero => default;

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

    /// <summary>Formats the total as <c>3</c> when exact, else <c>best (low–high)</c>, as <see cref="CasualtyEstimate"/> does.</summary>
    /// <returns>The formatted total.</returns>
    public override string ToString() =>
        IsExact ? Best.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{Best} ({Low}–{High})");
}
