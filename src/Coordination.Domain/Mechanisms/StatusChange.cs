using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Mechanisms;

/// <summary>An entry in a mechanism's status history: from <see cref="Date"/> on (or at a time no source dates), the mechanism was <see cref="Status"/>.</summary>
/// <remarks>
/// <para>A dated change takes effect from the earliest date of <see cref="Date"/> (a mechanism "established
/// in 2015" counts as established from 2015-01-01).</para>
/// <para>An <em>undated</em> change (<see cref="Date"/> is <see langword="null"/>: "Kurdish officials have
/// repeatedly called for" the centres) is placed by its position in the history only: it follows the
/// entries before it and precedes the ones after it, and <see cref="MechanismLifecycle.StatusOn"/> never
/// answers its status for a date, since no date is known to fall after it.</para>
/// <para>Equality compares every member, the sources in order.</para>
/// </remarks>
public sealed record StatusChange
{
    /// <summary>Gets the status entered.</summary>
    public required MechanismStatus Status { get; init; }

    /// <summary>Gets the date of the change, as precisely as reported, or <see langword="null"/> when no source dates it.</summary>
    public ReportedDate? Date { get; init; }

    /// <summary>Gets the sources the change rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the change was inferred, or <see langword="null"/> when its sources state it.</summary>
    public Inference? Inference { get; init; }

    /// <inheritdoc />
    public bool Equals(StatusChange? other) =>
        other is not null && Status == other.Status && Date == other.Date && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Date, Equality.Hash(Sources), Inference);
}
