using System;
using System.Diagnostics.CodeAnalysis;

namespace Coordination.Domain.Identifiers;

/// <summary>
/// Identifies an incident, such as <c>prde-2021-05-01</c>. A lowercase slug (see <see cref="Slug"/>).
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on the slug. <c>default(IncidentId)</c> identifies nothing:
/// <see cref="IsDefault"/> is <see langword="true"/>, <see cref="Value"/> throws and
/// <see cref="ToString"/> returns an empty string; validators report it as a missing identifier.
/// </remarks>
public readonly record struct IncidentId : IIdentifier<IncidentId>
{
    private readonly string? value;

    private IncidentId(string value) => this.value = value;

    /// <inheritdoc />
    public string Value => value ?? throw Identifier.DefaultHasNoValue(nameof(IncidentId));

    /// <inheritdoc />
    public bool IsDefault => value is null;

    /// <summary>Parses a slug into an <see cref="IncidentId"/>.</summary>
    /// <param name="text">The slug, such as <c>prde-2021-05-01</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid slug.</exception>
    public static IncidentId Parse(string text) => new(Identifier.ParseSlug(text, nameof(IncidentId)));

    /// <summary>Tries to parse a slug into an <see cref="IncidentId"/>.</summary>
    /// <param name="text">The slug; may be <see langword="null"/>.</param>
    /// <param name="result">The identifier when parsing succeeded; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IncidentId result)
    {
        result = Identifier.TryParseSlug(text) ? new IncidentId(text!) : default;
        return !result.IsDefault;
    }

    /// <summary>Compares two identifiers ordinally by slug; <c>default</c> sorts first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(IncidentId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the slug, or an empty string for <c>default</c>.</summary>
    /// <returns>The slug.</returns>
    public override string ToString() => value ?? string.Empty;

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(IncidentId left, IncidentId right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(IncidentId left, IncidentId right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(IncidentId left, IncidentId right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(IncidentId left, IncidentId right) => left.CompareTo(right) >= 0;
}
