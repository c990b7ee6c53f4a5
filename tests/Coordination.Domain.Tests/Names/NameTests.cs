using System;
using Coordination.Domain.Names;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Names;

public sealed class NameTests
{
    [Fact]
    public void A_name_keeps_its_text_kind_and_language()
    {
        var name = new Name("مخمور", NameKind.Name, LanguageTag.Arabic);

        Assert.Equal("مخمور", name.Text);
        Assert.Equal(NameKind.Name, name.Kind);
        Assert.Equal(LanguageTag.Arabic, name.Language);
        Assert.Equal("مخمور", name.ToString());
    }

    [Fact]
    public void By_default_a_name_is_a_name_of_unknown_language()
    {
        var name = new Name("Makhmour");

        Assert.Equal(NameKind.Name, name.Kind);
        Assert.Null(name.Language);
    }

    [Fact]
    public void Surrounding_white_space_is_trimmed()
    {
        Assert.Equal("Camp Zeravani", new Name(" \tCamp Zeravani\n ").Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("\u00A0\u2003")]
    public void Empty_or_white_space_text_is_refused_naming_text(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => new Name(text));

        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void Null_text_is_refused_with_ArgumentNullException_naming_text()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new Name(null!));

        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void A_name_of_256_characters_is_accepted_even_with_white_space_around_it()
    {
        var text = new string('a', Name.MaxLength);

        Assert.Equal(text, new Name($"  {text}  ").Text);
    }

    [Fact]
    public void A_name_of_257_characters_is_refused_naming_text()
    {
        var error = Assert.Throws<ArgumentException>(() => new Name(new string('a', Name.MaxLength + 1)));

        Assert.Equal("text", error.ParamName);
        Assert.Contains("257", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_kind_is_refused_naming_kind()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Name("KRG", (NameKind)3));

        Assert.Equal("kind", error.ParamName);
    }

    [Fact]
    public void A_default_language_tag_is_refused_naming_language()
    {
        var error = Assert.Throws<ArgumentException>(() => new Name("KRG", NameKind.Acronym, default(LanguageTag)));

        Assert.Equal("language", error.ParamName);
    }

    [Fact]
    public void Names_are_equal_when_text_kind_and_language_are()
    {
        Assert.Equal(new Name("KRG", NameKind.Acronym, LanguageTag.English), new Name(" KRG ", NameKind.Acronym, LanguageTag.Parse("EN")));
        Assert.NotEqual(new Name("KRG", NameKind.Acronym), new Name("KRG"));
        Assert.NotEqual(new Name("KRG"), new Name("krg"));
        Assert.NotEqual(new Name("KRG", language: LanguageTag.English), new Name("KRG"));
    }

    [Theory]
    [InlineData("Makhmour", "makhmur")]
    [InlineData("Makhmour", "MAKMUR")]
    [InlineData("Nineveh", "Ninewa")]
    [InlineData("Erbil", "Arbil")]
    public void Matches_ignores_case_and_transliteration(string name, string text)
    {
        Assert.True(new Name(name).Matches(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Kirkuk")]
    [InlineData("-")]
    public void Matches_refuses_other_names_and_empty_text(string? text)
    {
        Assert.False(new Name("Makhmour").Matches(text));
    }

    [Fact]
    public void A_name_of_punctuation_only_matches_nothing_not_even_itself()
    {
        Assert.False(new Name("--").Matches("--"));
    }

    [Fact]
    public void Matches_refuses_overlong_text_naming_text()
    {
        var error = Assert.Throws<ArgumentException>(() => new Name("Makhmour").Matches(new string('a', NameFolding.MaxInputLength + 1)));

        Assert.Equal("text", error.ParamName);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool A_name_matches_its_own_text_in_any_case_when_it_has_a_letter_or_digit(Name name) =>
        NameFolding.Fold(name.Text).Length == 0 || (name.Matches(name.Text) && name.Matches(name.Text.ToUpperInvariant()) && name.Matches(name.Text.ToLowerInvariant()));

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Rebuilding_from_the_members_gives_an_equal_name(Name name) =>
        new Name(name.Text, name.Kind, name.Language) == name && name.Text.Length is > 0 and <= Name.MaxLength && name.Text == name.Text.Trim();
}
