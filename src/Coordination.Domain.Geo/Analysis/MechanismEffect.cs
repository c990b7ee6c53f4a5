using System;
using System.Collections.Immutable;
using Coordination.Domain.Internal;
using Coordination.Domain.Identifiers;
using NodaTime;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The incidents on a mechanism's stretches over the months before and after it became operational: a test of a
/// claim such as "the room cut attacks by 80%". The before window is the <see cref="Months"/> months ending the day
/// before <see cref="Since"/>; the after window the <see cref="Months"/> months from <see cref="Since"/>, cut short at
/// the end of the analysis (see <see cref="AfterMonthsObserved"/>). Only incidents placed on one of the stretches count.
/// </summary>
public sealed record MechanismEffect
{
    /// <summary>Gets the mechanism.</summary>
    public required MechanismId Mechanism { get; init; }

    /// <summary>Gets the first day on which the mechanism is operational.</summary>
    public required LocalDate Since { get; init; }

    /// <summary>Gets the number of months in each window.</summary>
    public required int Months { get; init; }

    /// <summary>Gets the keys of the mechanism's stretches, in order along the lines.</summary>
    public ImmutableArray<string> Stretches { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the number of incidents on the stretches in the before window.</summary>
    public int Before { get; init; }

    /// <summary>Gets the number of incidents on the stretches in the after window (as far as observed).</summary>
    public int After { get; init; }

    /// <summary>Gets the months of the after window up to the end of the analysis (equal to <see cref="Months"/> when the window is complete).</summary>
    public double AfterMonthsObserved { get; init; }

    /// <summary>Gets the incidents per month before.</summary>
    public double BeforePerMonth => Months == 0 ? 0 : (double)Before / Months;

    /// <summary>Gets the incidents per month after, over the months observed; <see langword="null"/> when none are.</summary>
    public double? AfterPerMonth => AfterMonthsObserved > 0 ? After / AfterMonthsObserved : null;

    /// <summary>Gets the change of the rate as a fraction of the rate before (−0.8 for a cut of 80%); <see langword="null"/> when there were no incidents before or no month after is observed.</summary>
    public double? Change => Before > 0 && AfterPerMonth is { } after ? (after - BeforePerMonth) / BeforePerMonth : null;

    /// <inheritdoc />
    public bool Equals(MechanismEffect? other) =>
        other is not null && Mechanism == other.Mechanism && Since == other.Since && Months == other.Months && Before == other.Before
        && After == other.After && AfterMonthsObserved.Equals(other.AfterMonthsObserved) && Equality.Sequence(Stretches, other.Stretches);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mechanism, Since, Months, Before, After, AfterMonthsObserved, Equality.Hash(Stretches));
}
