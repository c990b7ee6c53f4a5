using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Interop;

/// <summary>
/// The ids an import makes: slugs of event ids, names and releases (<c>IRQ12345</c> → <c>irq12345</c>,
/// <c>Islamic State (Iraq)</c> → <c>islamic-state-iraq</c>, <c>25.1</c> → <c>25-1</c>), and the id derived from a
/// row's content when it has no event id.
/// </summary>
internal static class InteropIds
{
    /// <summary>Makes a slug of <paramref name="text"/>: diacritics dropped, lower case, every run of other characters one hyphen, at most <paramref name="maxLength"/> characters (cut at a hyphen where one is near, never ending in one).</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest slug.</param>
    /// <returns>The slug, or empty when the text holds no ASCII letter or digit (Arabic script, symbols only).</returns>
    internal static string Slug(string text, int maxLength)
    {
        Span<char> buffer = maxLength <= 256 ? stackalloc char[Math.Max(maxLength, 0)] : new char[maxLength];
        return new string(buffer[..SlugInto(text, maxLength, buffer)]);
    }

    /// <summary>Joins a prefix and a slug into an identifier slug of at most <see cref="Identifiers.Slug.MaxLength"/> characters; a slug cut to fit gets 8 hex digits of its text's hash, so that two long names stay apart.</summary>
    /// <param name="prefix">The prefix, a slug such as <c>acled</c>.</param>
    /// <param name="text">The text to slug.</param>
    /// <returns>The joined slug, or <see langword="null"/> when the text makes no slug.</returns>
    internal static string? Prefixed(string prefix, string text)
    {
        var room = Identifiers.Slug.MaxLength - prefix.Length - 1;

        // The prefix, its hyphen and the slug written once into one buffer: the usual id is one string made.
        Span<char> buffer = stackalloc char[prefix.Length + 2 + Math.Max(room, 0)];
        prefix.CopyTo(buffer);
        buffer[prefix.Length] = '-';
        var length = SlugInto(text, room + 1, buffer[(prefix.Length + 1)..]);
        if (length == 0)
        {
            return null;
        }

        if (length > room)
        {
            return $"{prefix}-{string.Concat(Slug(text, room - 9), "-", Hash(text)[..8])}";
        }

        return new string(buffer[..(prefix.Length + 1 + length)]);
    }

    // Writes the slug of text, at most maxLength characters, into destination (at least maxLength long); returns its length.
    private static int SlugInto(string text, int maxLength, Span<char> destination)
    {
        string decomposed;
        if (System.Text.Ascii.IsValid(text))
        {
            decomposed = text; // ASCII is its own decomposition
        }
        else
        {
            try
            {
                decomposed = text.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                decomposed = text; // a lone surrogate: slug what can be read
            }
        }

        var length = 0;
        var hyphen = false;
        foreach (var c in decomposed)
        {
            if (length >= maxLength)
            {
                break;
            }

            var lower = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == 'ı' ? 'i' : c;
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (hyphen && length > 0)
                {
                    destination[length++] = '-';
                    if (length >= maxLength)
                    {
                        break;
                    }
                }

                destination[length++] = lower;
                hyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                hyphen = true;
            }
        }

        while (length > 0 && destination[length - 1] == '-')
        {
            length--;
        }

        return length;
    }

    /// <summary>
    /// Derives a row's id from its content: 16 hex digits of the SHA-256 of its fields, each as the column's name (trimmed,
    /// lower case) and the value as read, taken in the order of the column names, so that re-saving a file with its
    /// columns reordered or upper-cased derives the same ids.
    /// </summary>
    /// <param name="columns">The header's columns.</param>
    /// <param name="fields">The row's fields.</param>
    /// <returns>16 lower-case hex digits.</returns>
    internal static string Derive(IReadOnlyList<string> columns, IReadOnlyList<string> fields)
    {
        var pairs = new List<(string Column, string Value)>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            pairs.Add(((columns[i] ?? string.Empty).Trim().ToLowerInvariant(), i < fields.Count ? fields[i] ?? string.Empty : string.Empty));
        }

        pairs.Sort(static (a, b) => a.Column != b.Column ? string.CompareOrdinal(a.Column, b.Column) : string.CompareOrdinal(a.Value, b.Value));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var (column, value) in pairs)
        {
            Append(hash, column, length);
            Append(hash, value, length);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..8]);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Each string is its UTF-8 length (4 bytes, little-endian) then its bytes, so that no two lists of strings hash alike by concatenation.
    private static void Append(IncrementalHash hash, string text, Span<byte> length)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(text, bytes);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, count);
            hash.AppendData(length);
            hash.AppendData(bytes, 0, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
