using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Names;

namespace Coordination.Domain.Interop.Places;

/// <summary>The gazetteer's folding of place names and its normalising of codes (see <see cref="Gazetteer.Fold"/>).</summary>
internal static class PlaceNameFolding
{
    /// <summary>The longest code looked up, in characters.</summary>
    internal const int MaxCodeLength = 32;

    private static readonly char[] Separators = [' ', '\t', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '_', '/', ',', '(', ')', '.', '\u00A0'];

    // Words that say what kind of division or place a name is, dropped at either end ("Nīnawá province", "Muhafazat Kirkuk", UCDP's "Mosul town").
    private static readonly FrozenSet<string> DivisionWords = new[]
    {
        "province", "governorate", "governorates", "muhafazah", "muhafazat", "muhafaza", "district", "qada", "qadha", "qadaa",
        "sub", "subdistrict", "nahiya", "nahiyah", "nahia", "town", "city", "village", "محافظة", "قضاء", "ناحية", "پارێزگای", "پارێزگا", "قەزای", "ناحیەی",
    }.Select(NameFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    // The Arabic article as a word of its own before another word ("Al Anbār", "Salah ad-Din", "An Najaf").
    private static readonly FrozenSet<string> Articles = new[] { "al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "ath", "adh" }
        .Select(NameFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Folds a place name (see <see cref="Gazetteer.Fold"/>).</summary>
    internal static string Fold(string name)
    {
        if (name.Length > NameFolding.MaxInputLength)
        {
            return string.Empty;
        }

        var words = new List<(string Text, string Key)>();
        foreach (var word in name.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var key = NameFolding.Fold(word);
            if (key.Length > 0)
            {
                words.Add((word, key));
            }
        }

        while (words.Count > 1 && DivisionWords.Contains(words[^1].Key))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 1 && DivisionWords.Contains(words[0].Key))
        {
            words.RemoveAt(0);
        }

        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (words.Count > 1 && Articles.Contains(words[i].Key))
            {
                words.RemoveAt(i);
            }
        }

        return words.Count switch
        {
            0 => string.Empty,
            1 => words[0].Key,
            _ => NameFolding.Fold(string.Concat(words.Select(w => w.Text))),
        };
    }

    /// <summary>Trims and upper-cases a code; <see langword="null"/> when it is blank, too long or holds anything but ASCII letters, digits and hyphens.</summary>
    internal static string? NormalizeCode(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim();
        if (trimmed.Length is 0 or > MaxCodeLength)
        {
            return null;
        }

        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return null;
            }
        }

        return trimmed.ToUpperInvariant();
    }
}
