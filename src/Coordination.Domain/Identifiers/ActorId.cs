using System;
using System.Diagnostics.CodeAnalysis;

namespace Coordination.Domain.Identifiers;

/// <summary>
/// Identifies an actor, such as <c>krg</c>. A lowercase slug (see <see cref="Slug"/>).
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on the slug. <c>default(ActorId)</c> identifies nothing:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="Value"/> throws and
/// <see cref="ToString"/> returns an empty string; validators report it as a missing identifier.
/// </remarks>
public readonly record struct ActorId : IIdentifier<ActorId>
{
    private readonly string? value;

    private ActorId(string value) => this.value = value;

    /// <inheritdoc />
    public string Value => value ?? throw Identifier.DefaultHasNoValue(nameof(ActorId));

    /// <inheritdoc />
    public bool IsDefault => value is null;

    /// <summary>Parses a slug into an <see cref="ActorId"/>.</summary>
    /// <param name="text">The slug, such as <c>krg</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid slug.</exception>
    public static ActorId Parse(string text) => new(Identifier.ParseSlug(text, nameof(ActorId)));

    /// <summary>Tries to parse a slug into an <see cref="ActorId"/>.</summary>
    /// <param name="text">The slug; may be <see langword="null"/>.</param>
    /// <param name="result">The identifier when parsing succeeded; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ActorId result)
    {
        result = Identifier.TryParseSlug(text) ? new ActorId(text!) : default;
        return !result.IsDefault;
    }

    /// <summary>Compares two identifiers ordinally by slug; <c>default</c> sorts first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ActorId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug, or an empty string for <c>default</c>.</summary>
    /// <returns>The slug.</returns>
    public override string ToString() => value ?? string.Empty;

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;
}
