using System;

namespace Coordination.Domain.Identifiers;

/// <summary>
/// The syntax every identifier shares: a lowercase slug <c>[a-z0-9]+(-[a-z0-9]+)*</c> of at most
/// <see cref="MaxLength"/> characters, such as <c>krg</c>, <c>peshmerga</c> or <c>jcc-kirkuk</c>.
/// </summary>
public static class Slug
{
    /// <summary>The longest slug accepted, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>The pattern of a valid slug, as a regular expression anchored at both ends (as JSON Schema's <c>pattern</c> reads it).</summary>
    /// <remarks>
    /// In .NET regular expressions <c>$</c> also matches before a final line feed, so <c>"krg\n"</c>
    /// matches this pattern there without being a slug: check with <see cref="IsValid(string)"/>.
    /// </remarks>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Tells whether <paramref name="text"/> is a valid slug.</summary>
    /// <param name="text">The text to check; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text matches <see cref="Pattern"/> and is at most <see cref="MaxLength"/> characters long.</returns>
    public static bool IsValid(ReadOnlySpan<char> text) => Describe(text) is null;

    /// <summary>Tells whether <paramref name="text"/> is a valid slug.</summary>
    /// <param name="text">The text to check; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid slug.</returns>
    public static bool IsValid(string? text) => text is not null && Describe(text.AsSpan()) is null;

    /// <summary>Describes why <paramref name="text"/> is not a valid slug, or returns <see langword="null"/> when it is.</summary>
    internal static string? Describe(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "an identifier may not be empty";
        }

        if (text.Length > MaxLength)
        {
            return $"an identifier is at most {MaxLength} characters long, this one has {text.Length}";
        }

        var previousWasHyphen = true; // a leading hyphen is refused like a doubled one
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return i == 0
                        ? "an identifier may not start with '-'"
                        : $"an identifier may not contain '--' (at index {i})";
                }

                previousWasHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousWasHyphen = false;
            }
            else
            {
                return $"an identifier may only contain 'a'-'z', '0'-'9' and '-'; found {DescribeChar(c)} at index {i}";
            }
        }

        return previousWasHyphen ? "an identifier may not end with '-'" : null;
    }

    private static string DescribeChar(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}' (U+{(int)c:X4})";
}
