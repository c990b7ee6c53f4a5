using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Actors;

/// <summary>A post a person holds in an actor over a period: spokesperson of CJTF-OIR, Prime Minister of the KRG.</summary>
/// <remarks>Equality compares every member, the sources in order.</remarks>
public sealed record Post
{
    /// <summary>Gets the actor in which the post is held.</summary>
    public required ActorId Actor { get; init; }

    /// <summary>Gets the title of the post, such as <c>Spokesperson</c> or <c>Prime Minister</c>.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// Gets the period the post was held, as far as the evidence dates it; a post attested on one
    /// day only is held for that day.
    /// </summary>
    public DatePeriod Period { get; init; }

    /// <summary>Gets the sources the post rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the post was inferred, when it is not stated by its sources; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }

    /// <inheritdoc />
    public bool Equals(Post? other) =>
        other is not null && Actor == other.Actor && Title == other.Title && Period == other.Period && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actor, Title, Period, Equality.Hash(Sources), Inference);
}
