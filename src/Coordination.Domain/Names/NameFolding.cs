using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Names;

/// <summary>
/// Folds a name to a key under which the spellings of one name agree: "Makhmour", "Makhmur" and
/// "Makmur" fold alike, as do "Ninewa", "Nineveh" and "Ninawa", and "Erbil" and "Arbil".
/// </summary>
/// <remarks>
/// <para>The steps, in order:</para>
/// <list type="number">
/// <item>Compatibility decomposition (NFKD), then every combining mark is dropped (Latin diacritics, Arabic harakat).</item>
/// <item>Lower case (invariant culture).</item>
/// <item>Letter variants of Arabic and Kurdish script are unified (<see cref="ScriptFolds"/>: alef forms to ا, ta marbuta to ه, Kurdish ڕ ڵ ێ ۆ to their base letters, …).</item>
/// <item>Everything but letters and digits is dropped (spaces, hyphens, apostrophes, ʿayn marks, tatweel).</item>
/// <item>Latin transliteration rules are applied in order (<see cref="TransliterationRules"/>: <c>kh</c>→<c>k</c>, <c>ou</c>→<c>u</c>, <c>e</c>→<c>a</c>, <c>w</c>→<c>v</c>, …).</item>
/// <item>Runs of one repeated letter collapse to one, and a final <c>h</c> after a vowel is dropped.</item>
/// <item>The last two steps repeat until the key no longer changes, so that a key folds to itself.</item>
/// </list>
/// <para>The rules are data: the two tables below are the whole of them. Folding is deliberately
/// generous (it equates some names a specialist would keep apart); use it to find candidates, and
/// identifiers to be certain.</para>
/// </remarks>
public static class NameFolding
{
    /// <summary>The longest text folded, in characters; a longer text is refused.</summary>
    public const int MaxInputLength = 4096;

    /// <summary>Gets the single-letter folds of Arabic and Kurdish script, applied after lower-casing.</summary>
    public static IReadOnlyList<KeyValuePair<char, char>> ScriptFolds { get; } =
    [
        new('أ', 'ا'), new('إ', 'ا'), new('آ', 'ا'), new('ٱ', 'ا'),
        new('ة', 'ه'), new('ە', 'ه'), new('ھ', 'ه'),
        new('ى', 'ي'), new('ی', 'ي'), new('ێ', 'ي'), new('ئ', 'ي'),
        new('ک', 'ك'), new('گ', 'ك'),
        new('ڕ', 'ر'), new('ڵ', 'ل'), new('ۆ', 'و'), new('ۊ', 'و'), new('ؤ', 'و'),
        new('ڤ', 'ف'),
        new('ı', 'i'),
    ];

    /// <summary>Gets the Latin transliteration rules, applied in this order to the whole key.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> TransliterationRules { get; } =
    [
        new("kh", "k"), new("gh", "g"), new("dh", "d"), new("sh", "s"), new("ch", "c"),
        new("ou", "u"), new("oo", "u"), new("ee", "i"),
        new("q", "k"), new("y", "i"), new("w", "v"), new("e", "a"), new("o", "u"),
    ];

    /// <summary>Folds a name to its matching key.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The key; empty when the text holds no letter or digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="MaxInputLength"/> characters.</exception>
    public static string Fold(string text)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(text.Length <= MaxInputLength, nameof(text), $"A name to fold is at most {MaxInputLength} characters long; this one has {text.Length}.");
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Invalid UTF-16 (a lone surrogate) cannot be normalized; fold what can be read.
            decomposed = text;
        }

        var key = new StringBuilder(decomposed.Length);
        foreach (var raw in decomposed)
        {
            // Stryker disable once Logical,Statement,Block : a mark is never a letter or digit, so the filter below drops it too; this only skips folding it
            if (CharUnicodeInfo.GetUnicodeCategory(raw) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var c = FoldScript(char.ToLowerInvariant(raw));
            if (char.IsLetterOrDigit(c) && c != '\u0640')
            {
                key.Append(c);
            }
        }

        // Until nothing changes, so that a key folds to itself ("qh" becomes "kh", then "k").
        var folded = key.ToString();
        string previous;
        do
        {
            previous = folded;
            key.Clear().Append(previous);
            foreach (var rule in TransliterationRules)
            {
                key.Replace(rule.Key, rule.Value);
            }

            folded = CollapseAndTrim(key);
        }
        while (folded != previous);

        return folded;
    }

    /// <summary>Tells whether two names fold to the same non-empty key.</summary>
    /// <param name="left">The first name; may be <see langword="null"/>.</param>
    /// <param name="right">The second name; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both fold to the same non-empty key.</returns>
    /// <exception cref="ArgumentException">A name is longer than <see cref="MaxInputLength"/> characters.</exception>
    public static bool AreEquivalent(string? left, string? right) =>
        left is not null && right is not null && Fold(left) is { Length: > 0 } key && key == Fold(right);

    private static char FoldScript(char c)
    {
        foreach (var fold in ScriptFolds)
        {
            if (fold.Key == c)
            {
                return fold.Value;
            }
        }

        return c;
    }

    private static string CollapseAndTrim(StringBuilder key)
    {
        var result = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && key[i] == key[i - 1] && char.IsLetter(key[i]))
            {
                continue;
            }

            result.Append(key[i]);
        }

        if (result.Length > 1 && result[^1] == 'h' && result[^2] is 'a' or 'i' or 'u')
        {
            result.Length--;
        }

        return result.ToString();
    }
}
