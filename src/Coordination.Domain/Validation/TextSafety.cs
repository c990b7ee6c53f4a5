namespace Coordination.Domain.Validation;

/// <summary>
/// Finds the characters that text in the model may not hold: control characters (C0, DEL and C1; a
/// line feed or carriage return only where the text may run over several lines) and the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make text read
/// otherwise than it is stored. Letters, combining marks, the zero-width non-joiner and joiner and the
/// directional marks (U+200E, U+200F, U+061C) that Sorani, Kurmanji, Arabic and Persian spelling use
/// are allowed.
/// </summary>
internal static class TextSafety
{
    /// <summary>What is wrong with a character of a text.</summary>
    internal enum Problem
    {
        /// <summary>Nothing: the text holds no refused character.</summary>
        None,

        /// <summary>A control character (U+0000–U+001F, U+007F–U+009F), other than an allowed line break.</summary>
        ControlCharacter,

        /// <summary>A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).</summary>
        BidirectionalControl,
    }

    /// <summary>Tells what is wrong with one character, if anything.</summary>
    /// <param name="c">The character.</param>
    /// <param name="lines">Whether line breaks belong in the text.</param>
    /// <returns>The problem, or <see cref="Problem.None"/>.</returns>
    internal static Problem Classify(char c, TextLines lines) => c switch
    {
        '\n' or '\r' => lines == TextLines.Multiple ? Problem.None : Problem.ControlCharacter,
        < '\u0020' or (>= '\u007F' and <= '\u009F') => Problem.ControlCharacter,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => Problem.BidirectionalControl,
        _ => Problem.None,
    };

    /// <summary>Writes a character as its code point, <c>U+202E</c>.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The code point in the Unicode notation.</returns>
    internal static string CodePoint(char c) => $"U+{(int)c:X4}";
}
