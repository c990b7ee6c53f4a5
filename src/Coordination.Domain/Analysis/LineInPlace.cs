using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Analysis;

/// <summary>A coordination line of the catalog, as the situation lists it.</summary>
/// <remarks>
/// The model gives a line no dates, so every line of the catalog is in every situation. Equality compares
/// every member, the sources in order.
/// </remarks>
public sealed record LineInPlace
{
    /// <summary>Gets the line.</summary>
    public required CoordinationLineId Line { get; init; }

    /// <summary>Gets how the line was inferred, when its sources do not state it; <see langword="null"/> when stated.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets the sources cited: the line's, each once.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc />
    public bool Equals(LineInPlace? other) => other is not null && Line == other.Line && Equals(Inference, other.Inference) && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Inference, Equality.Hash(Sources));
}
