using System;
using System.Text.RegularExpressions;
using Coordination.Domain.Identifiers;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class SlugTests
{
    [Theory]
    [InlineData("", "an identifier may not be empty")]
    [InlineData("-krg", "an identifier may not start with '-'")]
    [InlineData("k--rg", "an identifier may not contain '--' (at index 2)")]
    [InlineData("krg-", "an identifier may not end with '-'")]
    [InlineData("kRg", "found 'R' (U+0052) at index 1")]
    [InlineData("k rg", "found U+0020 at index 1")]
    [InlineData("k\trg", "found U+0009 at index 1")]
    [InlineData("k\u0085", "found U+0085 at index 1")]
    [InlineData("k\u2003", "found U+2003 at index 1")]
    [InlineData("k\u00e9", "found '\u00e9' (U+00E9) at index 1")]
    public void What_is_wrong_with_a_slug_is_said_with_the_character_and_its_place(string text, string problem)
    {
        var described = Slug.Describe(text);

        Assert.NotNull(described);
        Assert.Contains(problem, described, StringComparison.Ordinal);
        Assert.Null(Slug.Describe("k-rg"));
    }

    [Fact]
    public void A_lone_surrogate_is_named_by_its_code_only()
    {
        Assert.EndsWith("found U+D83D at index 1", Slug.Describe("k\uD83D"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_is_64_characters()
    {
        Assert.Equal(64, Slug.MaxLength);
        Assert.True(Slug.IsValid(new string('9', 64)));
        Assert.False(Slug.IsValid(new string('9', 65)));
    }

    [Fact]
    public void Null_is_not_a_slug()
    {
        Assert.False(Slug.IsValid((string?)null));
    }

    [Fact]
    public void An_empty_span_is_not_a_slug()
    {
        Assert.False(Slug.IsValid(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void A_slug_inside_a_longer_text_is_checked_as_a_span()
    {
        var text = "id: jcc-kirkuk;";

        Assert.True(Slug.IsValid(text.AsSpan(4, 10)));
        Assert.False(Slug.IsValid(text.AsSpan(3, 11)));
    }

    [Theory]
    [MemberData(nameof(SlugExamples.Valid), MemberType = typeof(SlugExamples))]
    public void The_examples_every_identifier_accepts_are_slugs(string text)
    {
        Assert.True(Slug.IsValid(text));
        Assert.True(SlugLikeText.MatchesPattern(text));
    }

    [Theory]
    [MemberData(nameof(SlugExamples.Invalid), MemberType = typeof(SlugExamples))]
    public void The_examples_every_identifier_refuses_are_not_slugs(string text)
    {
        Assert.False(Slug.IsValid(text));
        Assert.False(SlugLikeText.MatchesPattern(text));
    }

    [Fact]
    public void The_pattern_read_by_dotnet_also_matches_a_final_line_feed_which_IsValid_refuses()
    {
        // The documented trap of Slug.Pattern: .NET's '$' matches before a final '\n'.
        Assert.Matches(new Regex(Slug.Pattern), "krg\n");
        Assert.False(Slug.IsValid("krg\n"));
    }

    [Property(Arbitrary = new[] { typeof(SlugLikeText) })]
    public bool IsValid_agrees_with_the_pattern_and_the_length_limit(string text) =>
        Slug.IsValid(text) == SlugLikeText.MatchesPattern(text) && Slug.IsValid(text.AsSpan()) == Slug.IsValid(text);
}
