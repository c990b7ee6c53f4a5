using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// Reads ACLED's <c>event_date</c> in the shapes files carry it: ISO <c>2022-01-05</c> (the API, optionally with a
/// midnight time), <c>05-Jan-22</c> and <c>5-January-2022</c> (spreadsheets), <c>16 May 2025</c> (the export tool),
/// <c>May 16, 2025</c> and <c>2022/01/05</c>. Day/month orders such as <c>05/01/2022</c> are ambiguous and refused.
/// </summary>
internal static partial class AcledDates
{
    /// <summary>The first year ACLED codes (its coverage starts in 1997).</summary>
    public const int FirstYear = 1997;

    /// <summary>The last year accepted; later years are taken for typing errors.</summary>
    public const int LastYear = 2100;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Reads a date, or says in one sentence why it cannot.</summary>
    public static bool TryParse(string text, out LocalDate date, out string? problem)
    {
        date = default;
        problem = null;
        var value = text.Trim();
        int year, month, day;
        if (value.Length == 10 && value[4] == '-' && value[7] == '-' && TryDigits(value, 0, 4, out year) && TryDigits(value, 5, 2, out month) && TryDigits(value, 8, 2, out day))
        {
            // ISO, the API's shape: the fast path.
        }
        else if (IsoWithTime().Match(value) is { Success: true } iso)
        {
            (year, month, day) = (Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]));
        }
        else if (DayMonthYear().Match(value) is { Success: true } dmy && TryMonth(dmy.Groups[2].Value, out month))
        {
            (day, year) = (Int(dmy.Groups[1]), Year(dmy.Groups[3].Value));
        }
        else if (MonthDayYear().Match(value) is { Success: true } mdy && TryMonth(mdy.Groups[1].Value, out month))
        {
            (day, year) = (Int(mdy.Groups[2]), Int(mdy.Groups[3]));
        }
        else if (Slashed().IsMatch(value))
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

    private static bool TryMonth(string name, out int month)
    {
        month = 0;
        var text = name.TrimEnd('.');
        if (text.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < 12; i++)
        {
            var full = MonthNames[i];
            if (string.Equals(text, full, StringComparison.OrdinalIgnoreCase) || string.Equals(text, full[..3], StringComparison.OrdinalIgnoreCase)
                || (i == 8 && string.Equals(text, "Sept", StringComparison.OrdinalIgnoreCase)))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private static int Year(string digits)
    {
        var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

        // A two-digit year (05-Jan-22) is 19yy from 90 on, since ACLED's coverage starts in 1997, and 20yy below.
        return digits.Length == 2 ? year >= 90 ? 1900 + year : 2000 + year : year;
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    [GeneratedRegex(@"^([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?:[T ]00:00(?::00(?:\.0{1,7})?)?Z?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithTime();

    [GeneratedRegex(@"^([0-9]{1,2})(?:-| +)([A-Za-z]{3,9}\.?)(?:-| +|, *)([0-9]{4}|[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^([A-Za-z]{3,9}\.?) +([0-9]{1,2}),? +([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();
}
