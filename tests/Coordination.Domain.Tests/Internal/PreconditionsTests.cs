using System;
using Coordination.Domain.Internal;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Internal;

/// <summary>A check's interpolated message is made only when the check fails, and is then the text string interpolation makes.</summary>
public sealed class PreconditionsTests
{
    [Theory]
    [InlineData(1.0, true)]
    [InlineData(2.0, true)]
    [InlineData(1.5, true)]
    [InlineData(0.9999999, false)]
    [InlineData(2.0000001, false)]
    [InlineData(double.NaN, false)]
    public void A_double_range_holds_both_bounds(double value, bool accepted)
    {
        var error = Record.Exception(() => Preconditions.CheckArgumentRange(nameof(value), value, 1.0, 2.0));

        Assert.Equal(accepted, error is null);
        if (!accepted)
        {
            var outOfRange = Assert.IsType<ArgumentOutOfRangeException>(error);
            Assert.Equal("value", outOfRange.ParamName);
            Assert.Contains("Value should be in range [1-2].", outOfRange.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(10L, true)]
    [InlineData(20L, true)]
    [InlineData(9L, false)]
    [InlineData(21L, false)]
    public void A_long_range_holds_both_bounds(long value, bool accepted)
    {
        var error = Record.Exception(() => Preconditions.CheckArgumentRange("count", value, 10L, 20L));

        Assert.Equal(accepted, error is null);
        Assert.Equal(accepted ? null : "count", (error as ArgumentOutOfRangeException)?.ParamName);
    }

    [Theory]
    [InlineData("0.5", true)]
    [InlineData("1", true)]
    [InlineData("0.49", false)]
    [InlineData("1.01", false)]
    public void A_decimal_range_holds_both_bounds(string value, bool accepted)
    {
        var error = Record.Exception(() => Preconditions.CheckArgumentRange("share", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 0.5m, 1m));

        Assert.Equal(accepted, error is null);
        Assert.Equal(accepted ? null : "share", (error as ArgumentOutOfRangeException)?.ParamName);
    }

    [Fact]
    public void An_undefined_enum_value_is_named_with_its_type()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined((DatePrecision)42, "precision"));

        Assert.Equal("precision", error.ParamName);
        Assert.Contains("42 is not a defined DatePrecision value.", error.Message, StringComparison.Ordinal);
        Preconditions.CheckDefined(DatePrecision.Year, "precision");
    }

    [Fact]
    public void A_passing_check_formats_none_of_its_message()
    {
        var hole = new CountingHole();

        Preconditions.CheckArgument(true, "value", $"never made: {hole} and {hole:x}");

        Assert.Equal(0, hole.Formatted);
    }

    [Fact]
    public void A_failing_check_throws_the_message_string_interpolation_makes()
    {
        var hole = new CountingHole();
        var date = new LocalDate(2020, 1, 2);

        var error = Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, "value", $"{hole}, {date:uuuu-MM-dd}, {42}, {"text"}, {(ReadOnlySpan<char>)"span"}."));

        Assert.Equal("value", error.ParamName);
        Assert.StartsWith("hole 1, 2020-01-02, 42, text, span.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, hole.Formatted);
    }

    [Fact]
    public void A_date_range_that_ends_before_it_starts_names_both_dates()
    {
        var error = Assert.Throws<ArgumentException>(() => new DateRange(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 1)));

        Assert.Equal("end", error.ParamName);
        Assert.StartsWith("The end of a date range (2020-01-01) may not be before its start (2020-01-02).", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingHole : IFormattable
    {
        public int Formatted { get; private set; }

        public override string ToString() => ToString(null, null);

        public string ToString(string? format, IFormatProvider? formatProvider) => $"hole {++Formatted}";
    }
}
