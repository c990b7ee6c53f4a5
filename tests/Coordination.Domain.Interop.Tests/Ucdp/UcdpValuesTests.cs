using System.Collections.Immutable;
using Coordination.Domain.Interop.Ucdp;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Ucdp;

/// <summary>The cell readers of the UCDP mapper on their own: dates with and without a time of day, codes and code lists.</summary>
public sealed class UcdpValuesTests
{
    private const string Layout = "a date is written yyyy-mm-dd, optionally followed by a time such as 00:00:00.000";

    [Theory]
    [InlineData("2017-09-21")]
    [InlineData("  2017-09-21 ")]
    [InlineData("2017-09-21 00:00:00.000")]
    [InlineData("2017-09-21 00:00:00.1")]
    [InlineData("2017-09-21T00:00:00")]
    [InlineData("2017-09-21T23:59:59Z")]
    [InlineData("2017-09-21 00:00")]
    [InlineData("2017-09-21 12:30Z")]
    [InlineData("2017-09-21 23:59:59.999999999999")]
    public void A_day_is_read_with_or_without_a_time_of_day(string text)
    {
        Assert.Equal(new LocalDate(2017, 9, 21), UcdpValues.ReadDate(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("2017-09-21 24:00")]
    [InlineData("2017-09-21 00:60")]
    [InlineData("2017-09-21 00:00:60")]
    [InlineData("2017-09-21X00:00")]
    [InlineData("2017-09-21 0:000")]
    [InlineData("2017-09-21 00:0")]
    [InlineData("2017-09-21 00-00")]
    [InlineData("2017-09-21 00:00:0")]
    [InlineData("2017-09-21 00:00:00.")]
    [InlineData("2017-09-21 00:00:00.5a")]
    [InlineData("2017-09-21 00:00:00,000")]
    [InlineData("2017-09-21 00:00:00.000.000")]
    [InlineData("2017-09-21 0a:00")]
    [InlineData("2017-09-21Z")]
    [InlineData("2017-09-21 00:00ZZ")]
    [InlineData("2017-09-21 00:00:00.000000000000000")]
    [InlineData("2017/09/21")]
    [InlineData("2017-09/21")]
    [InlineData("+017-09-21")]
    [InlineData("2017-9-21")]
    [InlineData("2017-09-2")]
    [InlineData("")]
    [InlineData("21-09-2017")]
    public void Anything_else_is_refused_with_the_layout_it_should_have(string text)
    {
        Assert.Null(UcdpValues.ReadDate(text, out var problem));
        Assert.Equal(Layout, problem);
    }

    [Theory]
    [InlineData("1899-12-31", "the year 1899 is outside 1900 to 2100 (a mistyped year such as 0025 is not guessed at)")]
    [InlineData("2101-01-01", "the year 2101 is outside 1900 to 2100 (a mistyped year such as 0025 is not guessed at)")]
    [InlineData("0025-01-01", "the year 0025 is outside 1900 to 2100 (a mistyped year such as 0025 is not guessed at)")]
    [InlineData("2017-02-29", "2017-02-29 is not a day of the calendar")]
    [InlineData("2017-13-01", "2017-13-01 is not a day of the calendar")]
    [InlineData("2017-00-10", "2017-00-10 is not a day of the calendar")]
    [InlineData("2017-04-31", "2017-04-31 is not a day of the calendar")]
    [InlineData("2017-04-00", "2017-04-00 is not a day of the calendar")]
    public void A_year_out_of_range_or_a_day_not_in_the_calendar_is_named(string text, string expected)
    {
        Assert.Null(UcdpValues.ReadDate(text, out var problem));
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("1900-01-01", 1900, 1, 1)]
    [InlineData("2100-12-31", 2100, 12, 31)]
    [InlineData("2016-02-29", 2016, 2, 29)]
    public void The_first_and_last_days_of_the_range_and_a_leap_day_are_read(string text, int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), UcdpValues.ReadDate(text, out _));

    [Theory]
    [InlineData("3", 1, 3, true, 3)]
    [InlineData("1", 1, 3, true, 1)]
    [InlineData("0", 1, 3, false, 0)]
    [InlineData("4", 1, 3, false, 4)]
    [InlineData("x", 1, 3, false, 0)]
    public void A_code_is_read_within_its_range(string text, int min, int max, bool read, int value)
    {
        Assert.Equal(read, UcdpValues.TryReadCode(text, min, max, out var code));
        if (read)
        {
            Assert.Equal(value, code);
        }
    }

    [Fact]
    public void A_code_list_is_read_at_commas_and_semicolons_and_refused_when_a_part_is_not_a_number_or_it_is_huge()
    {
        Assert.True(UcdpValues.TryReadCodeList("2, 200;645", out var codes));
        Assert.Equal([2, 200, 645], codes);
        Assert.False(UcdpValues.TryReadCodeList("645, x", out var bad));
        Assert.Empty(bad);
        Assert.False(UcdpValues.TryReadCodeList(new string('1', 1025), out _));
        Assert.True(UcdpValues.TryReadCodeList(new string('1', 9), out var nine));
        Assert.Equal([111111111], nine);
    }

    [Fact]
    public void Blank_text_is_no_value_and_other_text_is_trimmed()
    {
        Assert.Null(UcdpValues.Trimmed(null));
        Assert.Null(UcdpValues.Trimmed(" \t"));
        Assert.Equal("a b", UcdpValues.Trimmed(" a b "));
    }

    [Fact]
    public void Values_are_written_in_the_invariant_culture()
    {
        Assert.Equal("0987-03-04", UcdpValues.Write(new LocalDate(987, 3, 4)));
        Assert.Equal("-12", UcdpValues.Write(-12));
        Assert.Equal("35.3287", UcdpValues.Write(35.3287));
        Assert.Equal("0.1", UcdpValues.Write(0.1));
    }
}
