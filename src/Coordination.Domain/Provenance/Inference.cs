using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Marks a fact as <em>inferred</em> rather than stated: the reasoning that leads to it and the sources it
/// was inferred from. A fact that carries no <see cref="Inference"/> is stated by its own sources.
/// </summary>
/// <remarks>
/// An inference is held by the fact it qualifies (a record's, a claim's, a control period's, a status
/// change's <c>Inference</c> property). It lists at least one source: a fact inferred from nothing is a guess.
/// Equality compares every member.
/// </remarks>
/// <example>
/// <code>
/// var atBnaslawa = new Inference
/// {
///     Reasoning = "Camp Zeravani is the Zeravani forces' base at Bnaslawa, south of Erbil.",
///     From = [SourceId.Parse("research-notes")],
/// };
/// </code>
/// </example>
public sealed record Inference
{
    /// <summary>Gets how the fact follows from the sources (one or more sentences).</summary>
    public required string Reasoning { get; init; }

    /// <summary>Gets the sources the fact was inferred from; never default (an empty array stands for none).</summary>
    public ImmutableArray<SourceId> From { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc/>
    public bool Equals(Inference? other) =>
        other is not null && Reasoning == other.Reasoning && Equality.Sequence(From, other.From);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Reasoning, Equality.Hash(From));
}
