using System;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Incidents;

/// <summary>
/// A count of people killed or injured as sources estimate it: a low, a best and a high estimate,
/// as UCDP GED codes deaths.
/// </summary>
/// <remarks>
/// Each estimate is non-negative, checked at construction. The order low ≤ best ≤ high spans the
/// three fields and is checked by validators (code <c>COORD-INC-005</c>), so that a document that
/// breaks it is reported rather than refused; <see cref="IsOrdered"/> tells. Addition adds each
/// estimate. Equality compares all three. <c>default(CasualtyEstimate)</c> is <see cref="Zero"/>.
/// </remarks>
public readonly record struct CasualtyEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="low">The lowest estimate.</param>
    /// <param name="best">The most likely number.</param>
    /// <param name="high">The highest estimate.</param>
    /// <exception cref="ArgumentOutOfRangeException">An estimate is negative.</exception>
    public CasualtyEstimate(int low, int best, int high)
    {
        Preconditions.CheckArgumentRange(nameof(low), low, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(best), best, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(high), high, 0, int.MaxValue);
        Low = low;
        Best = best;
        High = high;
    }

    /// <summary>Gets the estimate of none.</summary>
    public static CasualtyEstimate Zero => default;

    /// <summary>Gets the lowest estimate.</summary>
    public int Low { get; }

    /// <summary>Gets the most likely number.</summary>
    public int Best { get; }

    /// <summary>Gets the highest estimate.</summary>
    public int High { get; }

    /// <summary>Gets a value indicating whether low ≤ best ≤ high.</summary>
    public bool IsOrdered => Low <= Best && Best <= High;

    /// <summary>Creates the estimate of exactly <paramref name="count"/> people.</summary>
    /// <param name="count">The number, zero or more.</param>
    /// <returns>The estimate with low, best and high equal to <paramref name="count"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static CasualtyEstimate Exactly(int count) => new(count, count, count);

    /// <summary>Adds two estimates, each of low, best and high separately.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static CasualtyEstimate operator +(CasualtyEstimate left, CasualtyEstimate right) =>
        new(checked(left.Low + right.Low), checked(left.Best + right.Best), checked(left.High + right.High));

    /// <summary>Adds two estimates (see the <c>+</c> operator).</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static CasualtyEstimate Add(CasualtyEstimate left, CasualtyEstimate right) => left + right;

    /// <summary>Formats the estimate as <c>3</c> when exact, else <c>best (low–high)</c>.</summary>
    /// <returns>The formatted estimate.</returns>
    public override string ToString() =>
        Low == Best && Best == High ? Best.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{Best} ({Low}–{High})");
}
