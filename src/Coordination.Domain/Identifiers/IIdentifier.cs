using System;
using System.Diagnostics.CodeAnalysis;

namespace Coordination.Domain.Identifiers;

/// <summary>
/// What every strongly typed identifier offers: a slug value (see <see cref="Slug"/>), parsing,
/// ordinal equality and ordering. Implemented by <see cref="ActorId"/>, <see cref="TerritoryId"/>
/// and the other identifiers of this namespace; generic code (such as JSON converters) uses it to
/// treat them alike.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the slug of this identifier.</summary>
    /// <exception cref="InvalidOperationException">The identifier is <c>default</c>, which carries no slug.</exception>
    string Value { get; }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which identifies nothing.</summary>
    bool IsDefault { get; }

    /// <summary>Parses a slug into an identifier.</summary>
    /// <param name="text">The slug, such as <c>krg</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid slug.</exception>
    static abstract TSelf Parse(string text);

    /// <summary>Tries to parse a slug into an identifier.</summary>
    /// <param name="text">The slug; may be <see langword="null"/>.</param>
    /// <param name="result">The identifier when parsing succeeded; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid slug.</returns>
    static abstract bool TryParse([NotNullWhen(true)] string? text, out TSelf result);
}
