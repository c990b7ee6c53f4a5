using System;
using System.Buffers;
using System.Linq;
using System.Text;

namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// Makes ACLED's free text fit the model's text rules: a summary (several lines, at most 4 096 characters) and a place
/// name (one line, at most 256), with control and bidirectional characters replaced by spaces. The origin keeps the
/// text exactly as the file held it, and the formatter writes that back while the model's text is still the fitted one.
/// </summary>
internal static class AcledText
{
    // The characters IsBad refuses, as sets searched in one vectorised pass over the text: the usual text holds none.
    private static readonly SearchValues<char> BadInLine = SearchValues.Create(Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => IsBad(c, multiline: false)).ToArray());
    private static readonly SearchValues<char> BadInText = SearchValues.Create(Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => IsBad(c, multiline: true)).ToArray());

    /// <summary>The longest summary the model takes (ValidationLimits.MaxDescriptionLength).</summary>
    public const int MaxSummaryLength = 4096;

    /// <summary>The longest name the model takes (Name.MaxLength, ValidationLimits.MaxLabelLength).</summary>
    public const int MaxNameLength = 256;

    /// <summary>Fits notes as a summary; <see langword="null"/> when blank.</summary>
    public static string? Summary(string? notes) => Fit(notes, MaxSummaryLength, multiline: true, trim: false);

    /// <summary>Fits a place's name; <see langword="null"/> when blank.</summary>
    public static string? PlaceName(string? name) => Fit(name, MaxNameLength, multiline: false, trim: true);

    /// <summary>Tells whether an actor's name can be an actor's name as it is: one line, no control characters, at most 256 characters once trimmed.</summary>
    public static bool IsActorName(string name) => name.Trim().Length <= MaxNameLength && !HasOther(name);

    private static bool HasOther(string text) => text.AsSpan().ContainsAny(BadInLine);

    private static bool IsBad(char c, bool multiline) => c switch
    {
        '\n' or '\r' => !multiline,
        < '\u0020' or (>= '\u007F' and <= '\u009F') => true,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
        _ => false,
    };

    private static string? Fit(string? text, int max, bool multiline, bool trim)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clean = !text.AsSpan().ContainsAny(multiline ? BadInText : BadInLine);

        var value = text;
        if (!clean)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(IsBad(c, multiline) ? ' ' : c);
            }

            value = builder.ToString();
        }

        if (trim || string.IsNullOrWhiteSpace(value))
        {
            value = value.Trim();
        }

        if (value.Length > max)
        {
            // Cut on a whole character (never between the halves of a surrogate pair) and mark the cut.
            var cut = max - 1;
            if (char.IsLowSurrogate(value[cut]))
            {
                cut--;
            }

            value = string.Concat(value.AsSpan(0, cut), "\u2026");
        }

        return value.Length == 0 ? null : value;
    }
}
