using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Mechanisms;

/// <summary>A dated entry in a mechanism's status history: from <see cref="Date"/> on, the mechanism was <see cref="Status"/>.</summary>
/// <remarks>
/// The change takes effect from the earliest date of <see cref="Date"/> (a mechanism "established in
/// 2015" counts as established from 2015-01-01). Equality compares every member, the sources in order.
/// </remarks>
public sealed record StatusChange
{
    /// <summary>Gets the status entered.</summary>
    public required MechanismStatus Status { get; init; }

    /// <summary>Gets the date of the change, as precisely as reported.</summary>
    public required ReportedDate Date { get; init; }

    /// <summary>Gets the sources the change rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(StatusChange? other) =>
        other is not null && Status == other.Status && Date == other.Date && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Date, Equality.Hash(Sources));
}
