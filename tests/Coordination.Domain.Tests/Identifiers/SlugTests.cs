using System;
using System.Text.RegularExpressions;
using Coordination.Domain.Identifiers;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class SlugTests
{
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
