using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Analysis;

/// <summary>A mechanism with a dated status in force on the situation's date, and the change it rests on.</summary>
/// <remarks>
/// <see cref="Status"/> is <c>CoordinationMechanism.StatusOn(date)</c>; <see cref="Change"/> is the last entry of
/// the history that had taken effect by the date. Equality compares every member, collections in order.
/// </remarks>
public sealed record MechanismInForce
{
    /// <summary>Gets the mechanism.</summary>
    public required MechanismId Mechanism { get; init; }

    /// <summary>Gets the change of status in force on the date.</summary>
    public required StatusChange Change { get; init; }

    /// <summary>Gets the position of <see cref="Change"/> in the mechanism's status history.</summary>
    public required int ChangeIndex { get; init; }

    /// <summary>Gets the status in force: that of <see cref="Change"/>.</summary>
    public MechanismStatus Status => Change.Status;

    /// <summary>Gets since when: the reported date of <see cref="Change"/> (<c>2015</c>, <c>2021-05-20</c>).</summary>
    public ReportedDate Since => Change.Date;

    /// <summary>Gets the sources cited: the mechanism's, then those of every status change taken effect by the date, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(MechanismInForce? other) =>
        other is not null && Mechanism == other.Mechanism && Equals(Change, other.Change) && ChangeIndex == other.ChangeIndex
        && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mechanism, Change, ChangeIndex, Equality.Hash(Sources));
}
