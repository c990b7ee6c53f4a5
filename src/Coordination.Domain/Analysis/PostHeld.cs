using System.Collections.Immutable;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Analysis;

/// <summary>A post a person held on the situation's date (<c>Person.PostsOn</c>).</summary>
/// <remarks>Equality compares both members.</remarks>
public sealed record PostHeld
{
    /// <summary>Gets the person.</summary>
    public required PersonId Person { get; init; }

    /// <summary>Gets the post: the actor, the title and the period, which covers the date.</summary>
    public required Post Post { get; init; }

    /// <summary>Gets how the post was inferred, when its sources do not state it; <see langword="null"/> when stated.</summary>
    public Inference? Inference => Post.Inference;

    /// <summary>Gets the sources the post rests on.</summary>
    public ImmutableArray<SourceId> Sources => Post.Sources;
}
