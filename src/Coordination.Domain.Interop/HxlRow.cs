using System;
using System.Collections.Generic;

namespace Coordination.Domain.Interop;

/// <summary>
/// Recognises the HXL hashtag row of a file (the Humanitarian Exchange Language, as HDX publishes UCDP GED) by libhxl's
/// rule: the row right under the header is a hashtag row when at least half of its non-empty cells are hashtags
/// (<c>#date+start</c>, <c>#adm1 +name</c>), and at least one cell is.
/// </summary>
internal static class HxlRow
{
    /// <summary>Tells whether a row is a hashtag row.</summary>
    /// <param name="cells">The row's cells.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    internal static bool IsHashtagRow(IReadOnlyList<string> cells)
    {
        int nonEmpty = 0, tags = 0;
        foreach (var cell in cells)
        {
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            nonEmpty++;
            if (IsHashtag(cell))
            {
                tags++;
            }
        }

        return tags > 0 && 2 * tags >= nonEmpty;
    }

    /// <summary>Tells whether a cell is an HXL hashtag with optional attributes: <c>#</c>, a letter, letters, digits or underscores, then any <c>+attribute</c>s (spaces allowed around them).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    internal static bool IsHashtag(string cell)
    {
        var text = cell.AsSpan().Trim();
        if (text.Length < 2 || text[0] != '#' || !char.IsAsciiLetter(text[1]))
        {
            return false;
        }

        var i = 2;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }

        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            if (text[i] != '+')
            {
                return false;
            }

            i++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i == text.Length || !char.IsAsciiLetter(text[i]))
            {
                return false;
            }

            while (i < text.Length && IsNameChar(text[i]))
            {
                i++;
            }
        }

        return true;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
