using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Analysis;

/// <summary>Enabling support that had begun by the situation's date, and whether it was still in force then.</summary>
/// <remarks>Equality compares every member, the sources in order.</remarks>
public sealed record SupportGiven
{
    /// <summary>Gets the support record.</summary>
    public required SupportId Support { get; init; }

    /// <summary>Gets the half-open period it was given over.</summary>
    public required DatePeriod Period { get; init; }

    /// <summary>Gets whether <see cref="Period"/> covers the date; <see langword="false"/> when it ended on or before it.</summary>
    public required bool InForce { get; init; }

    /// <summary>Gets how the support was inferred, when its sources do not state it; <see langword="null"/> when stated.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets the sources cited: the support record's, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(SupportGiven? other) =>
        other is not null && Support == other.Support && Period == other.Period && InForce == other.InForce && Equals(Inference, other.Inference) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Support, Period, InForce, Inference, Equality.Hash(Sources));
}
