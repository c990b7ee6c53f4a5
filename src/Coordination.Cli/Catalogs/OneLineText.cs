using System;
using System.Text;

namespace Coordination.Cli.Catalogs;

/// <summary>Makes text from a file or an exception safe to print on one line of a terminal.</summary>
internal static class OneLineText
{
    /// <summary>Replaces line breaks and other control characters by spaces and squeezes runs of spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line.</returns>
    public static string Of(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var safe = char.IsControl(c) ? ' ' : c;
            if (safe != ' ' || (line.Length > 0 && line[^1] != ' '))
            {
                line.Append(safe);
            }
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>Cuts text longer than <paramref name="maxLength"/> characters and marks the cut with <c>…</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest text to keep whole.</param>
    /// <returns>The text, at most <paramref name="maxLength"/> + 1 characters.</returns>
    public static string Clip(string text, int maxLength) => text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "…");
}
