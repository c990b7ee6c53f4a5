using System;
using System.Globalization;
using NodaTime;

namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// Reads ACLED's <c>event_date</c> in the shapes files carry it: ISO <c>2022-01-05</c> (the API, optionally with a
/// midnight time), <c>05-Jan-22</c> and <c>5-January-2022</c> (spreadsheets), <c>16 May 2025</c> (the export tool),
/// <c>May 16, 2025</c> and <c>2022/01/05</c>. Day/month orders such as <c>05/01/2022</c> are ambiguous and refused.
/// </summary>
internal static class AcledDates
{
    /// <summary>The first year ACLED codes (its coverage starts in 1997).</summary>
    public const int FirstYear = 1997;

    /// <summary>The last year accepted; later years are taken for typing errors.</summary>
    public const int LastYear = 2100;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Reads a date, or says in one sentence why it cannot.</summary>
    /// <remarks>Read over the trimmed text's characters, without a regular expression or a string made on the way.</remarks>
    public static bool TryParse(string text, out LocalDate date, out string? problem)
    {
        date = default;
        problem = null;
        var value = text.AsSpan().Trim();
        // Assigned here as well as by every branch below, so that a mutation test that changes a branch's condition
        // still compiles (Stryker drops every mutant of a method that fails to compile).
        int year = 0, month = 0, day = 0;
        if (value.Length == 10 && value[4] == '-' && value[7] == '-' && TryDigits(value.Slice(0, 4), out year) && TryDigits(value.Slice(5, 2), out month) && TryDigits(value.Slice(8, 2), out day))
        {
            // ISO, the API's shape: the fast path.
        }
        else if (TryIsoWithTime(value, out year, out month, out day))
        {
            // 2022/01/05, 2022-1-5, 2022-01-05T00:00:00Z
        }
        else if (TryDayMonthYear(value, out day, out month, out year))
        {
            // 05-Jan-22, 5-January-2022, 16 May 2025
        }
        else if (TryMonthDayYear(value, out month, out day, out year))
        {
            // May 16, 2025
        }
        else if (IsSlashed(value))
        {
            problem = "The day and month order of a slashed date is ambiguous; expected yyyy-mm-dd (2022-01-05), 05-Jan-22 or 16 May 2025.";
            return false;
        }
        else
        {
            problem = "Expected a date such as 2022-01-05, 05-Jan-22, 16-May-2025 or 16 May 2025.";
            return false;
        }

        if (year is < FirstYear or > LastYear)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"The year {year:0000} is outside {FirstYear}–{LastYear} (ACLED's coverage starts in {FirstYear}); a typing error such as 0025 for 2025 is not guessed.");
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"There is no day {day} in month {month} of {year}.");
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Formats a date as ISO <c>yyyy-mm-dd</c>.</summary>
    public static string Format(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");

    // yyyy-m-d or yyyy/m/d (either separator at either place), month and day of one or two digits, optionally followed by
    // midnight: T or a space, 00:00, then optionally :00 and optionally a fraction of zeros (one to seven), then optionally Z.
    private static bool TryIsoWithTime(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        month = day = 0;
        if (!TryDigits(Run(text, 0, IsDigit, 4, 4), out year) || text.Length < 5 || text[4] is not ('-' or '/'))
        {
            return false;
        }

        var monthDigits = Run(text, 5, IsDigit, 1, 2);
        var at = 5 + monthDigits.Length;
        if (!TryDigits(monthDigits, out month) || at >= text.Length || text[at] is not ('-' or '/'))
        {
            return false;
        }

        var dayDigits = Run(text, at + 1, IsDigit, 1, 2);
        at += 1 + dayDigits.Length;
        if (!TryDigits(dayDigits, out day))
        {
            return false;
        }

        var time = text[at..];
        if (time.IsEmpty)
        {
            return true;
        }

        if (time.Length < 6 || time[0] is not ('T' or ' ') || !time.Slice(1, 5).SequenceEqual("00:00"))
        {
            return false;
        }

        time = time[6..];
        if (time.StartsWith(":00"))
        {
            time = time[3..];
            if (time.Length > 0 && time[0] == '.')
            {
                var zeros = time[1..].Length - time[1..].TrimStart('0').Length;
                if (zeros is < 1 or > 7)
                {
                    return false;
                }

                time = time[(1 + zeros)..];
            }
        }

        return time.IsEmpty || time.SequenceEqual("Z");
    }

    // d-Mon-yy, d Mon yyyy, d-Month-yyyy, d Mon., yyyy: one or two digits, a hyphen or spaces, a month's name of three to
    // nine ASCII letters (a dot after it allowed), a hyphen, spaces or a comma and spaces, and a year of two or four digits.
    private static bool TryDayMonthYear(ReadOnlySpan<char> text, out int day, out int month, out int year)
    {
        month = year = 0;
        var dayDigits = Run(text, 0, IsDigit, 1, 2);
        if (!TryDigits(dayDigits, out day))
        {
            return false;
        }

        var at = dayDigits.Length;
        if (at < text.Length && text[at] == '-')
        {
            at++;
        }
        else
        {
            var spaces = Run(text, at, static c => c == ' ', 1, int.MaxValue);
            if (spaces.IsEmpty)
            {
                return false;
            }

            at += spaces.Length;
        }

        if (!TryMonthName(text, ref at, out month))
        {
            return false;
        }

        if (at < text.Length && text[at] is '-')
        {
            at++;
        }
        else if (at < text.Length && text[at] is ',')
        {
            at += 1 + Run(text, at + 1, static c => c == ' ', 0, int.MaxValue).Length;
        }
        else
        {
            var spaces = Run(text, at, static c => c == ' ', 1, int.MaxValue);
            if (spaces.IsEmpty)
            {
                return false;
            }

            at += spaces.Length;
        }

        var digits = text[at..];
        if (digits.Length is not (2 or 4) || !TryDigits(digits, out year))
        {
            return false;
        }

        // A two-digit year (05-Jan-22) is 19yy from 90 on, since ACLED's coverage starts in 1997, and 20yy below.
        year = digits.Length == 2 ? year >= 90 ? 1900 + year : 2000 + year : year;
        return true;
    }

    // Mon d, yyyy or Month d yyyy: a month's name (a dot after it allowed), spaces, one or two digits, a comma or not,
    // spaces, and a year of four digits.
    private static bool TryMonthDayYear(ReadOnlySpan<char> text, out int month, out int day, out int year)
    {
        day = year = 0;
        var at = 0;
        if (!TryMonthName(text, ref at, out month))
        {
            return false;
        }

        var spaces = Run(text, at, static c => c == ' ', 1, int.MaxValue);
        var dayDigits = Run(text, at + spaces.Length, IsDigit, 1, 2);
        if (spaces.IsEmpty || !TryDigits(dayDigits, out day))
        {
            return false;
        }

        at += spaces.Length + dayDigits.Length;
        if (at < text.Length && text[at] == ',')
        {
            at++;
        }

        var spaces2 = Run(text, at, static c => c == ' ', 1, int.MaxValue);
        var digits = text[(at + spaces2.Length)..];
        return !spaces2.IsEmpty && digits.Length == 4 && TryDigits(digits, out year);
    }

    // d/m/yy, dd.mm.yyyy and the like: one or two digits, a slash or a dot, one or two digits, a slash or a dot, two to four digits.
    private static bool IsSlashed(ReadOnlySpan<char> text)
    {
        var first = Run(text, 0, IsDigit, 1, 2);
        var at = first.Length;
        if (first.IsEmpty || at >= text.Length || text[at] is not ('/' or '.'))
        {
            return false;
        }

        var second = Run(text, at + 1, IsDigit, 1, 2);
        at += 1 + second.Length;
        if (second.IsEmpty || at >= text.Length || text[at] is not ('/' or '.'))
        {
            return false;
        }

        var year = text[(at + 1)..];
        return year.Length is >= 2 and <= 4 && !year.ContainsAnyExceptInRange('0', '9');
    }

    // A month's name at text[at]: a run of three to nine ASCII letters, then a dot or not, naming a month as TryMonth reads it.
    private static bool TryMonthName(ReadOnlySpan<char> text, ref int at, out int month)
    {
        month = 0;
        var letters = Run(text, at, static c => char.IsAsciiLetter(c), 3, 9);
        if (letters.IsEmpty)
        {
            return false;
        }

        at += letters.Length;
        if (at < text.Length && text[at] == '.')
        {
            at++;
        }

        return TryMonth(letters, out month);
    }

    private static bool TryMonth(ReadOnlySpan<char> text, out int month)
    {
        month = 0;
        for (var i = 0; i < 12; i++)
        {
            var full = MonthNames[i];
            if (text.Equals(full, StringComparison.OrdinalIgnoreCase) || text.Equals(full.AsSpan(0, 3), StringComparison.OrdinalIgnoreCase)
                || (i == 8 && text.Equals("Sept", StringComparison.OrdinalIgnoreCase)))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    // The whole run of characters matching at text[start], or empty when that run is shorter than min or longer than max.
    private static ReadOnlySpan<char> Run(ReadOnlySpan<char> text, int start, Func<char, bool> matches, int min, int max)
    {
        if (start > text.Length)
        {
            return [];
        }

        var end = start;
        while (end < text.Length && matches(text[end]))
        {
            end++;
        }

        var length = end - start;
        return length >= min && length <= max ? text[start..end] : [];
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
