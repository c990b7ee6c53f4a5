using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Interop.Ucdp;
using nietras.SeparatedValues;

namespace Coordination.Domain.Interop;

/// <summary>
/// The reading of one file by an <see cref="IncidentImporter"/>: takes Sep's rows one by one and turns each data row
/// into exactly one <see cref="RowResult"/> — the header, the HXL row and blank lines into none. Checks what is the
/// file's to check (bad bytes, unbalanced quotes, fields too long, too few or too many fields, derived ids met before)
/// and hands the rest to the data set's <see cref="IRowMapper"/>.
/// </summary>
internal sealed class ImportFile
{
    private readonly ImportContext context;
    private readonly Dictionary<(ConflictDataSet DataSet, ulong Digest), long> derivedIds;
    private readonly ImportOptions options;
    private readonly Func<ConflictDataSet, IRowMapper>? mappers;
    private ImmutableArray<string> columns;
    private DataLayout layout;
    private SourceHeader? header;
    private IRowMapper? mapper;
    private long nextLine = 1;
    private string[] fieldBuffer = [];

    /// <summary>Initializes the reading of a file.</summary>
    /// <param name="context">The import's context.</param>
    /// <param name="derivedIds">The derived ids met so far by the import, with the line of the row that derived each.</param>
    /// <param name="mappers">The mapper of each data set; <see langword="null"/> for the data sets' own.</param>
    internal ImportFile(ImportContext context, Dictionary<(ConflictDataSet DataSet, ulong Digest), long> derivedIds, Func<ConflictDataSet, IRowMapper>? mappers = null)
    {
        this.mappers = mappers;
        this.context = context;
        this.derivedIds = derivedIds;
        options = context.Options;
    }

    /// <summary>Gets the Sep reader options every file is read with: comma-separated, no header of Sep's own (the importer reads it), unescaped, any number of fields per row.</summary>
    /// <remarks>A field that holds the same text as its column in the row before is handed the same string
    /// (<see cref="RepeatedFieldStrings"/>): no hashing, one comparison per field.</remarks>
    internal static SepReaderOptions SepOptions { get; } = new SepReaderOptions(new Sep(','))
    {
        HasHeader = false,
        Unescape = true,
        DisableColCountCheck = true,
        CreateToString = RepeatedFieldStrings.Factory,
    };

    /// <summary>Takes the next row Sep read.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The row's result, or <see langword="null"/> for the header, the HXL row and a blank line.</returns>
    /// <exception cref="InteropFormatException">The row is the header and it cannot be read as a data set's.</exception>
    internal RowResult? Take(SepReader.Row row)
    {
        var line = nextLine;
        nextLine = Math.Max(line + 1, row.LineNumberToExcl);
        var span = row.Span;
        if (span.Length == 0)
        {
            return null; // a blank line holds no row
        }

        if (columns.IsDefault)
        {
            ReadHeader(row, line);
            return null;
        }

        var copied = false;
        if (header is null)
        {
            context.SetCurrent(line, span); // before the cells are read: Sep unescapes them in place
            copied = true;
            var cells = Cells(row);
            if (HxlRow.IsHashtagRow(cells))
            {
                var tags = new string[columns.Length];
                for (var i = 0; i < tags.Length; i++)
                {
                    tags[i] = i < cells.Count ? cells[i].Trim() : string.Empty;
                }

                Open(ImmutableArray.Create(tags));
                return null;
            }

            Open([]);
        }

        return Data(row, line, copied);
    }

    /// <summary>Ends the file.</summary>
    /// <exception cref="InteropFormatException">The file held no header.</exception>
    internal void Finish()
    {
        if (columns.IsDefault)
        {
            throw new InteropFormatException("The file is empty: it has no header row, so it is neither an ACLED nor a UCDP GED file.") { Line = 0 };
        }

        if (header is null)
        {
            Open([]);
        }
    }

    private static List<string> Cells(SepReader.Row row)
    {
        var cells = new List<string>(row.ColCount);
        for (var i = 0; i < row.ColCount; i++)
        {
            cells.Add(row[i].ToString());
        }

        return cells;
    }

    private static string Quote(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "…");

    private void ReadHeader(SepReader.Row row, long line)
    {
        var span = row.Span;
        var bad = StrictDecoding.FirstMarker(span);
        if (bad >= 0 || span.Contains('\0'))
        {
            throw new InteropFormatException(
                $"Line {line}: the header is not text in {StrictDecoding.NameOf(options.Encoding)} ({(bad >= 0 ? $"an undecodable byte sequence at character {bad + 1}" : "a NUL character")}): a binary file, or a file in another encoding (name it in ImportOptions.Encoding).")
            { Line = line };
        }

        var cells = Cells(row);
        if (cells.Count > 0 && cells[0].StartsWith('\uFEFF'))
        {
            cells[0] = cells[0][1..]; // the byte-order mark belongs to the encoding, not to the first column's name
        }

        var named = options.Layout;
        if (named is null)
        {
            var detected = DataLayouts.Detect(cells);
            if (detected is null)
            {
                var hint = cells.Count == 1 && cells[0].AsSpan().IndexOfAny(";\t|") >= 0
                    ? $" It has one column, '{Quote(cells[0])}', which holds '{cells[0][cells[0].AsSpan().IndexOfAny(";\t|")]}': the file seems separated by another character than the comma ACLED and UCDP write."
                    : string.Empty;
                throw new InteropFormatException(
                    $"Line {line}: the header is neither ACLED's (event_date with event_type or sub_event_type) nor UCDP GED's (id, type_of_violence and date_start); it starts '{Quote(span)}'.{hint} Name the layout in ImportOptions.Layout to read it anyway.")
                { Line = line };
            }

            named = detected;
        }
        else
        {
            DataLayouts.DataSetOf(named.Value);
        }

        layout = named.Value;
        columns = [.. cells];
    }

    private void Open(ImmutableArray<string> hxlTags)
    {
        header = new SourceHeader(columns, layout, hxlTags);
        mapper = mappers?.Invoke(header.DataSet) ?? (header.DataSet == ConflictDataSet.Acled ? new AcledRowMapper() : new UcdpRowMapper());
    }

    private RowResult Data(SepReader.Row row, long line, bool copied)
    {
        if (!copied)
        {
            context.SetCurrent(line, row.Span); // before the fields are read: Sep unescapes them in place
        }

        var span = context.CurrentSpan;
        var bad = StrictDecoding.FirstMarker(span);
        if (bad >= 0)
        {
            return Rejected(line, $"The row holds a byte sequence that is not valid {StrictDecoding.NameOf(options.Encoding)} at character {bad + 1} of the row; it is reported, never replaced (name the file's encoding in ImportOptions.Encoding if it is not {StrictDecoding.NameOf(options.Encoding)}).");
        }

        if (span.Contains('\0'))
        {
            return Rejected(line, $"The row holds a NUL character at character {span.IndexOf('\0') + 1}, which no text file holds (a binary file?).");
        }

        if (span.Count('"') % 2 != 0)
        {
            var content = span.TrimEnd("\r\n");
            var breaks = content.Count('\n');
            var lastLine = line + (breaks > 0 ? breaks : content.Count('\r'));
            return Rejected(line, lastLine > line
                ? $"The row has an unbalanced quote: a quoted field opened on line {line} never closes, so lines {line} to {lastLine} were read as one row."
                : "The row has an unbalanced quote: a quoted field never closes.");
        }

        var count = row.ColCount;
        if (fieldBuffer.Length < count)
        {
            fieldBuffer = new string[Math.Max(count, columns.Length)];
        }

        for (var i = 0; i < count; i++)
        {
            var col = row[i].Span;
            if (col.Length > options.MaxFieldLength)
            {
                var name = i < columns.Length ? columns[i] : $"field {i + 1}";
                return Rejected(line, $"Field {i + 1} ({name}) is {col.Length} characters long; the longest accepted is {options.MaxFieldLength} (ImportOptions.MaxFieldLength).", name);
            }

            fieldBuffer[i] = row[i].ToString();
        }

        if (count < columns.Length)
        {
            var fields = ImmutableArray.Create(fieldBuffer, 0, count);
            return new RejectedRow
            {
                Line = line,
                Row = new SourceRow(header!, line, fields),
                Reason = $"The row has {count} field{(count == 1 ? string.Empty : "s")} where the header has {columns.Length}: a truncated row (its last field is {columns[count - 1]}).",
                Text = context.CurrentText(),
            };
        }

        if (count > columns.Length)
        {
            for (var i = columns.Length; i < count; i++)
            {
                if (fieldBuffer[i].Length > 0)
                {
                    return new RejectedRow
                    {
                        Line = line,
                        Row = new SourceRow(header!, line, ImmutableArray.Create(fieldBuffer, 0, count)),
                        Value = fieldBuffer[i],
                        Reason = $"The row has {count} fields where the header has {columns.Length}: field {i + 1}, beyond the header, holds '{Quote(fieldBuffer[i])}' (a comma not quoted, or a shifted row).",
                        Text = context.CurrentText(),
                    };
                }
            }
        }

        var source = new SourceRow(header!, line, ImmutableArray.Create(fieldBuffer, 0, columns.Length));
        RowResult result;
        try
        {
            result = mapper!.Map(source, context);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            result = context.Reject(source, null, $"The row could not be mapped: {error.Message}");
        }

        if (result is ImportedRow { Incident: { Origin: { IsEventIdDerived: true } origin } incident }
            && ulong.TryParse(origin.EventId, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var digest))
        {
            // 64 bits of the digest, not the id's text, so that a million derived ids take a few tens of megabytes.
            if (derivedIds.TryGetValue((header!.DataSet, digest), out var first))
            {
                return context.Reject(source, null, $"The row derives the same id '{incident.Id}' as the row on line {first} (their content is the same): two such rows are reported, not merged.");
            }

            derivedIds.Add((header!.DataSet, digest), line);
        }

        return result;
    }

    private RejectedRow Rejected(long line, string reason, string? column = null) =>
        new() { Line = line, Column = column, Reason = reason, Text = context.CurrentText().Replace(StrictDecoding.Marker, '\uFFFD') };
}
