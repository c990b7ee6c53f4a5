using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using NodaTime;

namespace Coordination.Domain.Actors;

/// <summary>A person who speaks for or holds posts in actors: Col. Wayne Marotto, Masrour Barzani.</summary>
/// <remarks>Equality compares every member, collections in order.</remarks>
public sealed record Person : ICatalogRecord<PersonId>
{
    /// <summary>Gets the person's identifier.</summary>
    public required PersonId Id { get; init; }

    /// <summary>Gets the person's names and spellings.</summary>
    public required NameSet Names { get; init; }

    /// <summary>Gets a rank or honorific, such as <c>Col.</c>, if reported.</summary>
    public string? Honorific { get; init; }

    /// <summary>Gets the posts the person held.</summary>
    public ImmutableArray<Post> Posts { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the person was inferred, when it is not stated by its sources; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Returns the posts the person held on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The posts held then.</returns>
    public ImmutableArray<Post> PostsOn(LocalDate date) => [.. Posts.Where(p => p is not null && p.Period.Contains(date))];

    /// <inheritdoc />
    public bool Equals(Person? other) =>
        other is not null && Id == other.Id && Equals(Names, other.Names) && Honorific == other.Honorific
        && Equality.Sequence(Posts, other.Posts) && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Names, Honorific, Equality.Hash(Posts), Equality.Hash(Sources), Inference);
}
