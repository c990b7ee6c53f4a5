using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Territories;

/// <summary>
/// A code or name a territory held over a period and no longer holds: Kirkuk governorate's ISO 3166-2 code
/// <c>IQ-TS</c>, its name At-Ta'mim. Gives at least one of <see cref="IsoCode"/>, <see cref="PCode"/> and
/// <see cref="Name"/>, each with the syntax of the territory's current one.
/// </summary>
/// <remarks>Equality compares every member, the sources in order.</remarks>
public sealed record FormerDesignation
{
    /// <summary>Gets the former ISO 3166 code, if this designation is one (<c>IQ-TS</c>).</summary>
    public string? IsoCode { get; init; }

    /// <summary>Gets the former OCHA COD-AB P-code, if this designation is one.</summary>
    public string? PCode { get; init; }

    /// <summary>Gets the former name, if this designation is one (At-Ta'mim).</summary>
    public Name? Name { get; init; }

    /// <summary>Gets the period the code or name was in use; <see cref="DatePeriod.Always"/> when not dated.</summary>
    public DatePeriod Period { get; init; }

    /// <summary>Gets the sources the designation rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(FormerDesignation? other) =>
        other is not null && IsoCode == other.IsoCode && PCode == other.PCode && Equals(Name, other.Name) && Period == other.Period
        && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsoCode, PCode, Name, Period, Equality.Hash(Sources));
}
