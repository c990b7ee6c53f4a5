using System;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>Reads and writes the values of UCDP GED's columns: counts, codes, coordinates, dates and Gleditsch–Ward lists. Never throws on bad text.</summary>
internal static class UcdpValues
{
    /// <summary>The earliest year a date is read in; earlier years (<c>0025</c>) are taken as mistyped.</summary>
    internal const int MinYear = 1900;

    /// <summary>The latest year a date is read in.</summary>
    internal const int MaxYear = 2100;

    /// <summary>Returns the text trimmed, or <see langword="null"/> when it is absent or blank.</summary>
    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Reads a code between <paramref name="min"/> and <paramref name="max"/>.</summary>
    internal static bool TryReadCode(string text, int min, int max, out int value) =>
        FieldValues.TryReadWholeNumber(text, out value) && value >= min && value <= max;

    /// <summary>Reads a Gleditsch–Ward list (<c>645</c>, or <c>2, 200</c> for a side of several governments).</summary>
    internal static bool TryReadCodeList(string text, out ImmutableArray<int> codes)
    {
        codes = [];
        if (text.Length > 1024)
        {
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (var part in text.Split(',', ';'))
        {
            if (!FieldValues.TryReadWholeNumber(part, out var code))
            {
                return false;
            }

            builder.Add(code);
        }

        codes = builder.ToImmutable();
        return true;
    }

    /// <summary>
    /// Reads a date <c>yyyy-mm-dd</c>, optionally followed by a time of day (<c>1991-11-24 00:00:00.000</c>, as GED 22.1
    /// writes it, or <c>T00:00:00</c>); the time is dropped: GED dates events to the day.
    /// </summary>
    /// <returns>The date, or <see langword="null"/> with <paramref name="problem"/> saying what is wrong.</returns>
    internal static LocalDate? ReadDate(string text, out string? problem)
    {
        problem = null;
        var span = text.AsSpan().Trim();
        if (span.Length < 10 || span.Length > 32 || span[4] != '-' || span[7] != '-'
            || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(span[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || (span.Length > 10 && !IsTimeOfDay(span[10..])))
        {
            problem = "a date is written yyyy-mm-dd, optionally followed by a time such as 00:00:00.000";
            return null;
        }

        if (year is < MinYear or > MaxYear)
        {
            problem = $"the year {year:0000} is outside {MinYear} to {MaxYear} (a mistyped year such as 0025 is not guessed at)";
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            problem = $"{year:0000}-{month:00}-{day:00} is not a day of the calendar";
            return null;
        }

        return new LocalDate(year, month, day);
    }

    /// <summary>Writes a date as <c>yyyy-mm-dd</c>.</summary>
    internal static string Write(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes a whole number in invariant culture.</summary>
    internal static string Write(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a coordinate in invariant culture, round-trippable.</summary>
    internal static string Write(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // " 00:00:00.000", "T00:00:00", " 00:00", optionally with a trailing Z.
    private static bool IsTimeOfDay(ReadOnlySpan<char> text)
    {
        if (text.Length < 6 || (text[0] != ' ' && text[0] != 'T'))
        {
            return false;
        }

        text = text[1..];
        if (text[^1] == 'Z')
        {
            text = text[..^1];
        }

        return text.Length >= 5 && text[2] == ':' && TwoDigits(text[..2], 23) && TwoDigits(text[3..5], 59)
            && (text.Length == 5 || (text.Length >= 8 && text[5] == ':' && TwoDigits(text[6..8], 59)
                && (text.Length == 8 || (text[8] == '.' && text.Length > 9 && !text[9..].ContainsAnyExceptInRange('0', '9')))));
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int max) =>
        !text.ContainsAnyExceptInRange('0', '9') && int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) <= max;
}
