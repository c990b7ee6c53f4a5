using System;
using System.Collections.Immutable;
using Coordination.Domain.Finance;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Support;

/// <summary>
/// Support one actor gives others — intelligence, advising, air support, logistics, special
/// operations forces, training, equipment, funding — over a period, with an amount when reported
/// ("more than $5 billion to equip and train Iraqi and Kurdish forces since 2014").
/// </summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record EnablingSupport : ICatalogRecord<SupportId>
{
    /// <summary>Gets the record's identifier.</summary>
    public required SupportId Id { get; init; }

    /// <summary>Gets the actor giving the support.</summary>
    public required ActorId Provider { get; init; }

    /// <summary>Gets the actors receiving it.</summary>
    public ImmutableArray<ActorId> Recipients { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the kinds of support given.</summary>
    public ImmutableArray<SupportKind> Kinds { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the period the support was given; <see cref="DatePeriod.Always"/> when not dated.</summary>
    public DatePeriod Period { get; init; }

    /// <summary>Gets the amount, when reported.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets a short description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the support was inferred, when it is not stated by its sources; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }

    /// <inheritdoc />
    public bool Equals(EnablingSupport? other) =>
        other is not null && Id == other.Id && Provider == other.Provider && Period == other.Period && Amount == other.Amount
        && Description == other.Description && Equality.Sequence(Recipients, other.Recipients) && Equality.Sequence(Kinds, other.Kinds)
        && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Provider, Period, Amount, Description, Equality.Hash(Recipients), Equality.Hash(Kinds), HashCode.Combine(Equality.Hash(Sources), Inference));
}
