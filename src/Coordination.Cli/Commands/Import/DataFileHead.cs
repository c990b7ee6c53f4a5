using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using Coordination.Domain.Interop;
using nietras.SeparatedValues;

namespace Coordination.Cli.Commands.Import;

/// <summary>
/// The first two lines of a data file as it holds them — the header, and the line under it, which may be an HXL
/// hashtag row — kept to write a rejects file under the same header and to check the header against <c>--from</c>.
/// </summary>
/// <param name="Header">The header line, without its line break and byte-order mark; empty for an empty file.</param>
/// <param name="HxlRow">The HXL row under the header (libhxl's rule: at least half of its non-empty cells are hashtags), or <see langword="null"/>.</param>
/// <param name="Columns">The header's column names.</param>
internal sealed record DataFileHead(string Header, string? HxlRow, ImmutableArray<string> Columns)
{
    private const int MaxLineChars = 1024 * 1024;

    /// <summary>Gets the layout the header is recognised as, or <see langword="null"/>.</summary>
    public DataLayout? Layout => Columns.IsDefaultOrEmpty ? null : DataLayouts.Detect(Columns);

    /// <summary>Reads the head of a data file.</summary>
    /// <param name="stream">The file, at its start; left at its start.</param>
    /// <param name="encoding">The file's encoding; <see langword="null"/> for UTF-8. Undecodable bytes are replaced here: the importer reports them.</param>
    /// <returns>The head.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataFileHead Read(Stream stream, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        string header;
        string? second;
        using (var reader = new StreamReader(stream, encoding is null ? new UTF8Encoding(false, false) : Encoding.GetEncoding(encoding.CodePage), detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true))
        {
            header = ReadLine(reader) ?? string.Empty;
            second = ReadLine(reader);
        }

        stream.Position = start;
        var columns = Split(header);
        var hxl = second is not null && IsHxl(Split(second)) ? second : null;
        return new DataFileHead(header, hxl, columns);
    }

    private static string? ReadLine(StreamReader reader)
    {
        var line = new StringBuilder();
        while (reader.Read() is var c and >= 0)
        {
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length < MaxLineChars)
            {
                line.Append((char)c);
            }
        }

        return line.Length == 0 ? null : line.ToString().TrimEnd('\r');
    }

    private static ImmutableArray<string> Split(string line)
    {
        if (line.Length == 0)
        {
            return [];
        }

        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(line);
        foreach (var row in reader)
        {
            var cells = ImmutableArray.CreateBuilder<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++)
            {
                cells.Add(row[i].ToString());
            }

            return cells.MoveToImmutable();
        }

        return [];
    }

    private static bool IsHxl(ImmutableArray<string> cells)
    {
        var nonEmpty = 0;
        var tags = 0;
        foreach (var cell in cells)
        {
            var text = cell.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            nonEmpty++;
            if (text[0] == '#')
            {
                tags++;
            }
        }

        return nonEmpty > 0 && tags * 2 >= nonEmpty;
    }
}
