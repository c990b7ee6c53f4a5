using System;

namespace Coordination.Cli.Catalogs;

/// <summary>A place in a text file, as editors count it: line and column from 1, columns in characters.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, counting Unicode scalar values (a character outside the BMP counts once).</param>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Finds the position of a byte offset in a UTF-8 document.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="offset">The offset, clamped to the document.</param>
    /// <returns>The position.</returns>
    public static TextPosition FromOffset(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..end];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new TextPosition(line, CountScalars(before[lineStart..]) + 1);
    }

    /// <summary>Finds the position that System.Text.Json reports as a zero-based line number and byte position in that line.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="lineNumber">The line, from 0.</param>
    /// <param name="bytePositionInLine">The byte position in the line, from 0.</param>
    /// <returns>The position.</returns>
    public static TextPosition FromLineAndByte(ReadOnlySpan<byte> utf8, long lineNumber, long bytePositionInLine)
    {
        var lineStart = 0;
        for (long line = 0; line < lineNumber; line++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        var end = (int)Math.Clamp(lineStart + bytePositionInLine, lineStart, utf8.Length);
        return new TextPosition((int)Math.Min(lineNumber + 1, int.MaxValue), CountScalars(utf8[lineStart..end]) + 1);
    }

    // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a character.
    private static int CountScalars(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
