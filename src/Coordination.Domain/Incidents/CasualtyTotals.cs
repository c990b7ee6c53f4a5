using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Incidents;

/// <summary>
/// The killed and injured of an incident in total, as a source reports them apart from any figure per
/// party: ACLED gives only a total of fatalities; UCDP GED a total low, best and high (and a best per side,
/// held as <see cref="Incident.Casualties"/>).
/// </summary>
/// <remarks>
/// Either count may be <see langword="null"/> (not reported); an explicit zero is
/// <see cref="CasualtyEstimate.Zero"/>. Where the parties' figures are given too, validators check that they
/// agree with the totals (<c>COORD-INC-009</c>, <c>COORD-INC-010</c>). Equality compares every member,
/// the sources in order.
/// </remarks>
public sealed record CasualtyTotals
{
    /// <summary>Gets the killed of all parties, as reported; <see langword="null"/> when not reported.</summary>
    public CasualtyEstimate? Killed { get; init; }

    /// <summary>Gets the injured of all parties, as reported; <see langword="null"/> when not reported.</summary>
    public CasualtyEstimate? Injured { get; init; }

    /// <summary>Gets the sources that report the totals, when they are not all of the incident's; never default (empty when the incident's sources report them).</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(CasualtyTotals? other) =>
        other is not null && Killed == other.Killed && Injured == other.Injured && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Killed, Injured, Equality.Hash(Sources));
}
