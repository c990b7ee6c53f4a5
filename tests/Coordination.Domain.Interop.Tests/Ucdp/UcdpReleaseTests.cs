using System;
using System.Linq;
using Coordination.Domain.Interop.Ucdp;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpReleaseTests
{
    [Theory]
    [InlineData("25.1", UcdpReleaseKind.Final, 2025, "1989-01", "2024-12", 1)]
    [InlineData("25.0.3", UcdpReleaseKind.MonthlyCandidate, 2025, "2025-03", "2025-03", 0)]
    [InlineData("25.01.25.03", UcdpReleaseKind.QuarterlyCandidate, 2025, "2025-01", "2025-03", 0)]
    [InlineData("19.1", UcdpReleaseKind.Final, 2019, "1989-01", "2018-12", 1)]
    public void A_name_reads_as_its_kind_and_months(string text, UcdpReleaseKind kind, int year, string first, string last, int version)
    {
        var release = UcdpRelease.Parse(text);
        Assert.Equal(kind, release.Kind);
        Assert.Equal(year, release.Year);
        Assert.Equal(first, $"{release.FirstMonth.Year:0000}-{release.FirstMonth.Month:00}");
        Assert.Equal(last, $"{release.LastMonth.Year:0000}-{release.LastMonth.Month:00}");
        Assert.Equal(version, release.Version);
        Assert.Equal(text, release.ToString());
        Assert.Equal(kind != UcdpReleaseKind.Final, release.IsCandidate);
    }

    [Theory]
    [InlineData("v25.1", "25.1")]
    [InlineData("25_1", "25.1")]
    [InlineData(" 25.01 ", "25.1")]
    [InlineData("V25_0_3", "25.0.3")]
    [InlineData("25.0.03", "25.0.3")]
    [InlineData("25.1.25.3", "25.01.25.03")]
    public void Spellings_of_one_release_are_equal_and_format_canonically(string text, string canonical)
    {
        Assert.Equal(UcdpRelease.Parse(canonical), UcdpRelease.Parse(text));
        Assert.Equal(canonical, UcdpRelease.Parse(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("25")]
    [InlineData("25.0")]
    [InlineData("25.0.0")]
    [InlineData("25.0.13")]
    [InlineData("25.03.25.01")]
    [InlineData("25.13.25.14")]
    [InlineData("25.1.2.3.4")]
    [InlineData("2025.1")]
    [InlineData("25.x")]
    [InlineData("-25.1")]
    [InlineData("25..1")]
    [InlineData("25.1.")]
    [InlineData("５.1")]
    public void What_is_not_a_release_name_is_refused(string text)
    {
        Assert.False(UcdpRelease.TryParse(text, out var release));
        Assert.Equal(default, release);
        var error = Assert.Throws<FormatException>(() => UcdpRelease.Parse(text));
        Assert.Contains("YY.N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_name_is_refused_with_a_short_message()
    {
        var text = new string('1', 100_000);
        Assert.False(UcdpRelease.TryParse(text, out _));
        Assert.True(Assert.Throws<FormatException>(() => UcdpRelease.Parse(text)).Message.Length < 200);
        Assert.False(UcdpRelease.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => UcdpRelease.Parse(null!));
    }

    [Fact]
    public void Later_releases_sort_after_and_the_final_release_supersedes_its_years_candidates()
    {
        string[] ordered = ["23.1", "24.0.1", "24.01.24.03", "24.0.12", "24.10.24.12", "25.1", "25.2", "25.0.1", "25.0.3", "25.01.25.03", "26.1"];
        var releases = ordered.Select(UcdpRelease.Parse).ToArray();
        var shuffled = releases.Reverse().ToList();
        shuffled.Sort();
        Assert.Equal(ordered, shuffled.Select(r => r.ToString()));
        Assert.True(UcdpRelease.Parse("25.1") > UcdpRelease.Parse("24.0.12"));
        Assert.True(UcdpRelease.Parse("25.0.3") >= UcdpRelease.Parse("25.1"));
        Assert.True(UcdpRelease.Parse("25.0.3") < UcdpRelease.Parse("25.01.25.03"));
        Assert.True(UcdpRelease.Parse("25.1") <= UcdpRelease.Parse("v25_1"));
    }

    [Fact]
    public void Default_is_no_release_and_sorts_first()
    {
        UcdpRelease none = default;
        Assert.Equal(0, (int)none.Kind);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(0, none.Year);
        Assert.True(none < UcdpRelease.Parse("19.1"));
        Assert.Equal(0, none.CompareTo(default));
    }

    [Property(Arbitrary = [typeof(ReleaseArbitrary)])]
    public void Formatting_then_reading_gives_the_same_release(UcdpRelease release) =>
        Assert.Equal(release, UcdpRelease.Parse(release.ToString()));

    [Property(Arbitrary = [typeof(ReleaseArbitrary)])]
    public void The_order_agrees_with_equality_and_is_antisymmetric(UcdpRelease a, UcdpRelease b)
    {
        Assert.Equal(a == b, a.CompareTo(b) == 0);
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
    }

    [Property(Arbitrary = [typeof(ReleaseArbitrary)])]
    public void A_release_covering_a_later_month_is_later(UcdpRelease a, UcdpRelease b)
    {
        if (a.LastMonth > b.LastMonth)
        {
            Assert.True(a > b);
        }
    }

    public static class ReleaseArbitrary
    {
        public static Arbitrary<UcdpRelease> Releases() =>
            Gen.OneOf(
                    from year in Gen.Choose(10, 40)
                    from version in Gen.Choose(1, 3)
                    select $"{year}.{version}",
                    from year in Gen.Choose(10, 40)
                    from month in Gen.Choose(1, 12)
                    select $"{year}.0.{month}",
                    from year in Gen.Choose(10, 40)
                    from first in Gen.Choose(1, 12)
                    from last in Gen.Choose(first, 12)
                    select $"{year}.{first:00}.{year}.{last:00}")
                .Select(UcdpRelease.Parse)
                .ToArbitrary();
    }

    [Fact]
    public void A_release_compared_with_itself_is_neither_earlier_nor_later()
    {
        var release = UcdpRelease.Parse("25.1");
        var same = UcdpRelease.Parse("v25.1");

        Assert.Equal(0, release.CompareTo(same));
        Assert.False(release < same);
        Assert.False(release > same);
        Assert.True(release <= same);
        Assert.True(release >= same);
    }

    [Fact]
    public void No_release_is_earlier_than_every_release()
    {
        var release = UcdpRelease.Parse("25.1");

        Assert.True(default(UcdpRelease) < release);
        Assert.True(release > default(UcdpRelease));
        Assert.False(default(UcdpRelease) >= release);
        Assert.Equal(0, default(UcdpRelease).CompareTo(default));
    }

    [Fact]
    public void Of_two_candidates_ending_in_the_same_month_the_one_starting_earlier_is_earlier()
    {
        var longer = UcdpRelease.Parse("25.01.25.03");
        var shorter = UcdpRelease.Parse("25.02.25.03");

        Assert.True(longer.CompareTo(shorter) < 0);
        Assert.True(shorter.CompareTo(longer) > 0);
    }

    [Fact]
    public void A_name_that_is_not_a_release_is_quoted_in_the_message_up_to_40_characters()
    {
        var forty = new string('x', 40);

        Assert.Contains($"'{forty}' is not a UCDP GED release", Assert.Throws<FormatException>(() => UcdpRelease.Parse(forty)).Message, StringComparison.Ordinal);
        Assert.Contains($"'{forty}…' is not a UCDP GED release", Assert.Throws<FormatException>(() => UcdpRelease.Parse(forty + "yz")).Message, StringComparison.Ordinal);
    }
}
