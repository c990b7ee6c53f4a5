using System;
using Coordination.Domain.Internal;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Internal;

/// <summary>A check's interpolated message is made only when the check fails, and is then the text string interpolation makes.</summary>
public sealed class PreconditionsTests
{
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
