using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Territories;

/// <summary>A period during which one actor controlled a territory, or part of it.</summary>
/// <remarks>
/// The whole-territory control periods of one territory never overlap (see <see cref="Territory.WithControlPeriod"/>);
/// a period of control over part of it (<see cref="Extent"/> <see cref="ControlExtent.Part"/>) may overlap any
/// other, since two actors may each hold part of a territory, and one hold part of it while another holds the rest.
/// Equality compares every member, the sources in order.
/// </remarks>
public sealed record ControlPeriod
{
    /// <summary>Gets the actor in control.</summary>
    public required ActorId Controller { get; init; }

    /// <summary>Gets the period of control, half-open.</summary>
    public required DatePeriod Period { get; init; }

    /// <summary>Gets how much of the territory the actor controlled: the whole (the default) or part of it.</summary>
    public ControlExtent Extent { get; init; }

    /// <summary>Gets the part controlled, where known and <see cref="Extent"/> is <see cref="ControlExtent.Part"/> (<c>Kirkuk city</c>); <see langword="null"/> otherwise.</summary>
    public string? Part { get; init; }

    /// <summary>Gets whether the period covers the whole territory (<see cref="Extent"/> is <see cref="ControlExtent.Whole"/>).</summary>
    public bool IsWhole => Extent == ControlExtent.Whole;

    /// <summary>Gets how the period was inferred, or <see langword="null"/> when its sources state it.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets the sources the period rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(ControlPeriod? other) =>
        other is not null && Controller == other.Controller && Period == other.Period && Extent == other.Extent && Part == other.Part
        && Equals(Inference, other.Inference) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Controller, Period, Extent, Part, Inference, Equality.Hash(Sources));
}
