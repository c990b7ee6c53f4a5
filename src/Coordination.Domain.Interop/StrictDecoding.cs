using System;
using System.Text;

namespace Coordination.Domain.Interop;

/// <summary>
/// Decodes a file without ever replacing a bad byte in silence: every byte sequence the encoding cannot decode becomes
/// the noncharacter <see cref="Marker"/> (which no well-formed text holds), so that the importer can reject the row it
/// falls in, naming the position, while the rows around it read normally.
/// </summary>
internal static class StrictDecoding
{
    /// <summary>The noncharacter U+FDD0 that stands for an undecodable byte sequence.</summary>
    internal const char Marker = '\uFDD0';

    /// <summary>Gets a copy of <paramref name="encoding"/> (UTF-8 when <see langword="null"/>) whose decoder marks bad bytes with <see cref="Marker"/>.</summary>
    /// <param name="encoding">The file's encoding, or <see langword="null"/> for UTF-8.</param>
    /// <returns>The marking encoding.</returns>
    internal static Encoding Marking(Encoding? encoding)
    {
        var copy = (Encoding)(encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)).Clone();
        copy.DecoderFallback = new DecoderReplacementFallback(Marker.ToString());
        return copy;
    }

    /// <summary>Gets the name of the encoding for messages.</summary>
    /// <param name="encoding">The encoding named by the caller, or <see langword="null"/>.</param>
    /// <returns>For example <c>UTF-8</c> or <c>windows-1256</c>.</returns>
    internal static string NameOf(Encoding? encoding) => encoding is null ? "UTF-8" : encoding.WebName;

    /// <summary>Gets the index of the first marked (undecodable) character, or -1.</summary>
    /// <param name="text">The decoded text.</param>
    /// <returns>The index, or -1.</returns>
    internal static int FirstMarker(ReadOnlySpan<char> text) => text.IndexOf(Marker);
}
