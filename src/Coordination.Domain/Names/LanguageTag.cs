using System;
using System.Diagnostics.CodeAnalysis;

namespace Coordination.Domain.Names;

/// <summary>
/// A BCP 47 language tag in lower case, such as <c>en</c>, <c>ar</c> or <c>ckb</c> (Central
/// Kurdish, Sorani), optionally with subtags (<c>ckb-arab</c>, <c>ku-latn</c>).
/// </summary>
/// <remarks>
/// Syntax: a primary subtag of two or three letters, then subtags of one to eight letters or digits,
/// separated by hyphens; upper case is folded to lower case on parsing. Equality is ordinal on the
/// lower-case tag. <c>default(LanguageTag)</c> is no language: <see cref="IsDefault"/> is
/// <see langword="true"/> and <see cref="ToString"/> returns an empty string.
/// </remarks>
public readonly record struct LanguageTag
{
    private readonly string? value;

    private LanguageTag(string value) => this.value = value;

    /// <summary>Gets English, <c>en</c>.</summary>
    public static LanguageTag English { get; } = new("en");

    /// <summary>Gets Arabic, <c>ar</c>.</summary>
    public static LanguageTag Arabic { get; } = new("ar");

    /// <summary>Gets Central Kurdish (Sorani), <c>ckb</c>.</summary>
    public static LanguageTag CentralKurdish { get; } = new("ckb");

    /// <summary>Gets Northern Kurdish (Kurmanji), <c>kmr</c>.</summary>
    public static LanguageTag NorthernKurdish { get; } = new("kmr");

    /// <summary>Gets the tag, such as <c>en</c>.</summary>
    /// <exception cref="InvalidOperationException">The tag is <c>default</c>.</exception>
    public string Value => value ?? throw new InvalidOperationException("This LanguageTag is the default value, which names no language.");

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which names no language.</summary>
    public bool IsDefault => value is null;

    /// <summary>Parses a language tag.</summary>
    /// <param name="text">The tag, such as <c>ckb</c>.</param>
    /// <returns>The tag, in lower case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a language tag.</exception>
    public static LanguageTag Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var tag)
            ? tag
            : throw new FormatException($"Argument 'text' is not a language tag (two or three letters, then optional subtags of one to eight letters or digits, separated by '-'): '{Truncate(text)}'.");
    }

    /// <summary>Tries to parse a language tag.</summary>
    /// <param name="text">The tag; may be <see langword="null"/>.</param>
    /// <param name="result">The tag when parsing succeeded; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a language tag.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageTag result)
    {
        result = default;
        if (text is null || text.Length is 0 or > 35)
        {
            return false;
        }

        var subtags = text.Split('-');
        if (subtags[0].Length is < 2 or > 3 || !IsAll(subtags[0], char.IsAsciiLetter))
        {
            return false;
        }

        for (var i = 1; i < subtags.Length; i++)
        {
            if (subtags[i].Length is < 1 or > 8 || !IsAll(subtags[i], char.IsAsciiLetterOrDigit))
            {
                return false;
            }
        }

        result = new LanguageTag(text.ToLowerInvariant());
        return true;
    }

    /// <summary>Returns the tag, or an empty string for <c>default</c>.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => value ?? string.Empty;

    private static bool IsAll(string s, Func<char, bool> predicate)
    {
        foreach (var c in s)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
