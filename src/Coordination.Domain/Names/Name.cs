using System;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Names;

/// <summary>One name of something, with its kind and, when known, its language.</summary>
/// <remarks>
/// The text is trimmed of surrounding white space at construction, must not be empty and is at most
/// <see cref="MaxLength"/> characters. Equality compares text (ordinally), kind and language.
/// </remarks>
public sealed record Name
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxLength = 256;

    /// <summary>Creates a name.</summary>
    /// <param name="text">The name as written.</param>
    /// <param name="kind">What kind of name it is.</param>
    /// <param name="language">Its language, or <see langword="null"/> when not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space, or longer than <see cref="MaxLength"/> characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is a <c>default</c> tag.</exception>
    public Name(string text, NameKind kind = NameKind.Name, LanguageTag? language = null)
    {
        Preconditions.CheckNotNull(text);
        var trimmed = text.Trim();
        Preconditions.CheckArgument(trimmed.Length > 0, nameof(text), "A name may not be empty or white space.");
        Preconditions.CheckArgument(trimmed.Length <= MaxLength, nameof(text), $"A name is at most {MaxLength} characters long; this one has {trimmed.Length}.");
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument(language is not { IsDefault: true }, nameof(language), "Use null, not a default LanguageTag, for an unknown language.");
        Text = trimmed;
        Kind = kind;
        Language = language;
    }

    /// <summary>Gets the name as written.</summary>
    public string Text { get; }

    /// <summary>Gets what kind of name this is.</summary>
    public NameKind Kind { get; }

    /// <summary>Gets the language of the name, or <see langword="null"/> when it is not known.</summary>
    public LanguageTag? Language { get; }

    /// <summary>Tells whether <paramref name="text"/> is this name, ignoring case, diacritics and the field's common transliteration differences (see <see cref="NameFolding"/>).</summary>
    /// <param name="text">The text to match; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the two fold to the same key.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NameFolding.MaxInputLength"/> characters.</exception>
    public bool Matches(string? text) => NameFolding.AreEquivalent(text, Text);

    /// <summary>Returns the name as written.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
