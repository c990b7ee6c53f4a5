using System;
using System.Linq;
using Coordination.Domain.Names;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Names;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("ar", "ar")]
    [InlineData("ckb", "ckb")]
    [InlineData("EN", "en")]
    [InlineData("ckb-Arab", "ckb-arab")]
    [InlineData("ku-Latn-TR", "ku-latn-tr")]
    [InlineData("en-GB", "en-gb")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-1996", "de-1996")]
    [InlineData("en-abcdefgh", "en-abcdefgh")]
    public void Parse_accepts_a_tag_and_folds_it_to_lower_case(string text, string expected)
    {
        var tag = LanguageTag.Parse(text);

        Assert.Equal(expected, tag.Value);
        Assert.Equal(expected, tag.ToString());
        Assert.False(tag.IsDefault);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("engl")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--gb")]
    [InlineData("en_GB")]
    [InlineData("en GB")]
    [InlineData(" en")]
    [InlineData("12")]
    [InlineData("e1")]
    [InlineData("en-abcdefghi")]
    [InlineData("en-gb!")]
    [InlineData("عر")]
    [InlineData("ên")]
    public void Parse_refuses_what_is_not_a_language_tag_naming_text(string text)
    {
        var error = Assert.Throws<FormatException>(() => LanguageTag.Parse(text));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
        Assert.False(LanguageTag.TryParse(text, out var tag));
        Assert.True(tag.IsDefault);
    }

    [Fact]
    public void A_tag_of_35_characters_is_accepted_and_one_of_36_refused()
    {
        var longest = "en-aaaaaaaa-bbbbbbbb-cccccccc-ddddd";
        Assert.Equal(35, longest.Length);

        Assert.True(LanguageTag.TryParse(longest, out _));
        Assert.False(LanguageTag.TryParse(longest + "d", out _));
    }

    [Fact]
    public void The_message_for_overlong_input_shows_only_its_start()
    {
        var error = Assert.Throws<FormatException>(() => LanguageTag.Parse(new string('x', 10_000)));

        Assert.True(error.Message.Length < 300, error.Message);
        Assert.Contains("…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException_naming_text()
    {
        var error = Assert.Throws<ArgumentNullException>(() => LanguageTag.Parse(null!));

        Assert.Equal("text", error.ParamName);
        Assert.False(LanguageTag.TryParse(null, out _));
    }

    [Fact]
    public void The_field_languages_are_named()
    {
        Assert.Equal("en", LanguageTag.English.Value);
        Assert.Equal("ar", LanguageTag.Arabic.Value);
        Assert.Equal("ckb", LanguageTag.CentralKurdish.Value);
        Assert.Equal("kmr", LanguageTag.NorthernKurdish.Value);
        Assert.Equal(LanguageTag.CentralKurdish, LanguageTag.Parse("CKB"));
    }

    [Fact]
    public void The_default_tag_names_no_language()
    {
        var none = default(LanguageTag);

        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Value);
        Assert.NotEqual(LanguageTag.English, none);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Formatting_then_parsing_gives_the_same_tag(LanguageTag tag) =>
        LanguageTag.Parse(tag.ToString()) == tag && LanguageTag.TryParse(tag.Value, out var again) && again == tag;

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Parsing_ignores_case(LanguageTag tag) =>
        LanguageTag.Parse(tag.Value.ToUpperInvariant()) == tag && !tag.Value.Any(char.IsUpper);
}
