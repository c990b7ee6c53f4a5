using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using nietras.SeparatedValues;
using NodaTime;

namespace Coordination.Domain.Interop.LivingData;

/// <summary>
/// Reads ACLED deletion lists: CSV files with the columns <c>event_id_cnty</c> and <c>deleted_timestamp</c> (Unix
/// seconds), found by name in any order and case, other columns ignored — what ACLED's <c>deleted</c> endpoint returns.
/// </summary>
public static class AcledDeletions
{
    /// <summary>The column holding the deleted event's id.</summary>
    public const string EventIdColumn = "event_id_cnty";

    /// <summary>The column holding when the event was deleted, in Unix seconds.</summary>
    public const string DeletedTimestampColumn = "deleted_timestamp";

    // 9999-12-31T23:59:59Z: a later "timestamp" is a misread number, not a time.
    private const long LatestUnixSeconds = 253_402_300_799;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a deletion list whole (deletion lists are short: one row per deleted event).</summary>
    /// <param name="stream">The file's bytes, UTF-8 with or without a byte-order mark; not closed.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>
    /// The entries, and the rows that are not one (a blank event id, a timestamp that is not a whole number of
    /// seconds from 1970 to 9999, fewer fields than the two columns need), each with its line, column, value and
    /// reason and its text as the file held it (<see cref="RejectedRow.Row"/> is <see langword="null"/>). Blank lines
    /// are not rows and are skipped.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InteropFormatException">The file is empty, its header lacks one of the two columns, or it is not UTF-8.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static AcledDeletionList Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        try
        {
            return ReadText(text, cancellationToken);
        }
        catch (DecoderFallbackException e)
        {
            throw new InteropFormatException($"The deletion list is not UTF-8: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new InteropFormatException($"The deletion list cannot be read as CSV: {e.Message}", e);
        }
    }

    private static AcledDeletionList ReadText(TextReader text, CancellationToken cancellationToken)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).From(text);
        if (reader.Header.IsEmpty)
        {
            throw new InteropFormatException("The deletion list is empty; it has a header naming event_id_cnty and deleted_timestamp.") { Line = 1 };
        }

        var columns = reader.Header.ColNames;
        var eventIdIndex = IndexOf(columns, EventIdColumn);
        var timestampIndex = IndexOf(columns, DeletedTimestampColumn);
        if (eventIdIndex < 0 || timestampIndex < 0)
        {
            var missing = eventIdIndex < 0 ? EventIdColumn : DeletedTimestampColumn;
            throw new InteropFormatException($"The deletion list's header has no column {missing}; it has {string.Join(", ", columns)}.") { Line = 1 };
        }

        var needed = Math.Max(eventIdIndex, timestampIndex) + 1;
        var deletions = ImmutableArray.CreateBuilder<AcledDeletion>();
        var rejected = ImmutableArray.CreateBuilder<RejectedRow>();
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Span.IsWhiteSpace())
            {
                continue;
            }

            var line = (long)row.LineNumberFrom;
            var rowText = row.Span.ToString();
            if (row.ColCount < needed)
            {
                rejected.Add(new RejectedRow
                {
                    Line = line,
                    Reason = string.Create(CultureInfo.InvariantCulture, $"The row has {row.ColCount} fields; {EventIdColumn} and {DeletedTimestampColumn} need {needed}."),
                    Text = rowText,
                });
                continue;
            }

            var eventId = row[eventIdIndex].ToString();
            var stamp = row[timestampIndex].ToString();
            if (string.IsNullOrWhiteSpace(eventId))
            {
                rejected.Add(new RejectedRow { Line = line, Column = EventIdColumn, Value = eventId, Reason = "The deleted event's id is blank.", Text = rowText });
            }
            else if (!long.TryParse(stamp.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > LatestUnixSeconds)
            {
                rejected.Add(new RejectedRow
                {
                    Line = line,
                    Column = DeletedTimestampColumn,
                    Value = stamp,
                    Reason = "The deletion time is not a whole number of seconds since 1970-01-01 (Unix time), up to the year 9999.",
                    Text = rowText,
                });
            }
            else
            {
                deletions.Add(new AcledDeletion { EventId = eventId.Trim(), DeletedAt = Instant.FromUnixTimeSeconds(seconds), Line = line });
            }
        }

        return new AcledDeletionList { Deletions = deletions.DrainToImmutable(), Rejected = rejected.DrainToImmutable() };
    }

    private static int IndexOf(System.Collections.Generic.IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i]?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
