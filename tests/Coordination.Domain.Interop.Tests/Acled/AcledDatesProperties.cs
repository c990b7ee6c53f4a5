using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Coordination.Domain.Interop.Acled;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>
/// <see cref="AcledDates.TryParse"/>, read over spans, gives what the regular expressions it replaced gave — the same
/// date, or the same sentence of refusal — for generated dates of every shape ACLED files carry, and for their near
/// misses: wrong separators, digits too many or too few, months misspelt, years out of range, days past the month's
/// end, times other than midnight, stray white space and characters.
/// </summary>
public sealed partial class AcledDatesProperties
{
    private static readonly string[] MonthWords =
    [
        "Jan", "jan", "JAN", "January", "Feb", "February", "Mar", "March", "Apr", "May", "Jun", "June", "Jul", "Aug", "Sep", "Sept", "Sept.", "September",
        "Oct", "Nov.", "Dec", "december", "Ja", "Janu", "Januaryy", "Septembers", "Foo", "Mai", "Juni", "Okt", "Sep.", "Sep..", "Dé", "13",
    ];

    private static readonly string[] Separators = ["-", "/", ".", " ", "  ", ", ", ",", ",  ", "", "--", "T", "_", "\t"];

    private static readonly string[] Times =
    [
        "", "", "", "T00:00", " 00:00", "T00:00:00", "T00:00:00Z", " 00:00:00.0", "T00:00:00.0000000", "T00:00:00.00000000", "T00:00Z",
        "Z", "T00:00:01", "t00:00", "T00:00:00.", "T00:00:00.1", " 00:00:0", "T12:00", "  00:00",
    ];

    public static Arbitrary<string> Dates() => Date().ToArbitrary();

    public static Gen<string> Date() =>
        from shape in Gen.Choose(0, 6)
        from year in Gen.OneOf(Gen.Choose(1990, 2105), Gen.Choose(0, 99), Gen.Choose(0, 99_999))
        from yearDigits in Gen.Elements(0, 2, 4, 3)
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 33)
        from pad in Gen.Elements(true, false)
        from word in Gen.Elements(MonthWords)
        from first in Gen.Elements(Separators)
        from second in Gen.Elements(Separators)
        from time in Gen.Elements(Times)
        from around in Gen.Elements("", "", " ", "\t", "\u00A0", " x", "\n")
        from noise in Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements("0123456789-/., :TZaJnMy\u0660\uFF11".ToCharArray()), n)).Select(c => new string(c))
        select around + Shape(shape, Year(year, yearDigits), Two(month, pad), Two(day, pad), word, first, second, time, noise) + around;

    [Property(Arbitrary = [typeof(AcledDatesProperties)], MaxTest = 3_000)]
    public void A_date_reads_as_the_regular_expressions_read_it(string text)
    {
        var now = AcledDates.TryParse(text, out var date, out var problem);
        var before = Before.TryParse(text, out var dateBefore, out var problemBefore);

        Assert.Equal(before, now);
        Assert.Equal(dateBefore, date);
        Assert.Equal(problemBefore, problem);
    }

    [Theory]
    [InlineData("2022-01-05", 2022, 1, 5)]
    [InlineData(" 2022/1/5 ", 2022, 1, 5)]
    [InlineData("2022-01-05T00:00:00.000Z", 2022, 1, 5)]
    [InlineData("05-Jan-22", 2022, 1, 5)]
    [InlineData("5-January-1998", 1998, 1, 5)]
    [InlineData("16 May 2025", 2025, 5, 16)]
    [InlineData("16 Sept., 2025", 2025, 9, 16)]
    [InlineData("May 16, 2025", 2025, 5, 16)]
    [InlineData("Sep 1 2025", 2025, 9, 1)]
    public void The_shapes_ACLED_files_carry_are_read(string text, int year, int month, int day)
    {
        Assert.True(AcledDates.TryParse(text, out var date, out var problem), problem);
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("05/01/2022", "ambiguous")]
    [InlineData("2022-02-30", "no day 30 in month 2")]
    [InlineData("0025-01-05", "outside 1997")]
    [InlineData("2022-01-05T10:00", "Expected a date")]
    [InlineData("5 Foo 2022", "Expected a date")]
    public void A_date_that_cannot_be_read_says_why(string text, string reason)
    {
        Assert.False(AcledDates.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    private static string Year(int year, int digits) => digits switch
    {
        0 => year.ToString(CultureInfo.InvariantCulture),
        _ => (year % (int)Math.Pow(10, digits)).ToString(new string('0', digits), CultureInfo.InvariantCulture),
    };

    private static string Two(int value, bool pad) => value.ToString(pad ? "00" : "0", CultureInfo.InvariantCulture);

    private static string Shape(int shape, string year, string month, string day, string word, string first, string second, string time, string noise) => shape switch
    {
        0 => $"{year}-{month}-{day}{time}",
        1 => $"{year}{first}{month}{second}{day}{time}",
        2 => $"{day}{first}{word}{second}{year}",
        3 => $"{word}{first}{day}{second}{year}",
        4 => $"{day}{first}{month}{second}{year}",
        5 => noise,
        _ => $"{day}{first}{word}{second}{year}{time}",
    };

    /// <summary>The reading of dates as it was, with regular expressions: the reference.</summary>
    private static partial class Before
    {
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

            if (year is < AcledDates.FirstYear or > AcledDates.LastYear)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"The year {year:0000} is outside {AcledDates.FirstYear}–{AcledDates.LastYear} (ACLED's coverage starts in {AcledDates.FirstYear}); a typing error such as 0025 for 2025 is not guessed.");
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
}
