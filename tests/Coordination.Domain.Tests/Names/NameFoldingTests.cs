using System;
using System.Linq;
using Coordination.Domain.Names;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Names;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Makhmour", "Makhmur")]
    [InlineData("Makhmour", "Makmur")]
    [InlineData("Makhmur", "Makmur")]
    [InlineData("Ninewa", "Nineveh")]
    [InlineData("Ninewa", "Ninawa")]
    [InlineData("Nineveh", "Ninawa")]
    [InlineData("Erbil", "Arbil")]
    [InlineData("Sulaymaniyah", "Sulaimaniya")]
    [InlineData("Da'esh", "Daesh")]
    [InlineData("Tuz Khurmatu", "Ṭūz Khurmātū")]
    [InlineData("Tuz Khurmatu", "Tuz-Khurmatu")]
    [InlineData("Altun Kupri", "ALTUN KÜPRI")]
    [InlineData("Zeravani", "Zerevani")]
    public void Spellings_of_one_name_in_Latin_letters_fold_alike(string left, string right)
    {
        Assert.Equal(NameFolding.Fold(left), NameFolding.Fold(right));
        Assert.True(NameFolding.AreEquivalent(left, right));
    }

    [Theory]
    [InlineData("مَخْمُور", "مخمور")]
    [InlineData("أربيل", "اربيل")]
    [InlineData("إربيل", "اربيل")]
    [InlineData("نينوى", "نينوي")]
    [InlineData("کەرکووک", "كەركووك")]
    [InlineData("هەولێر", "هه‌ولير")]
    [InlineData("داعـــش", "داعش")]
    [InlineData("كَرْكُوك", "كركوك")]
    public void Spellings_of_one_name_in_Arabic_script_fold_alike_with_or_without_harakat(string left, string right)
    {
        Assert.True(NameFolding.AreEquivalent(left, right), $"{NameFolding.Fold(left)} ≠ {NameFolding.Fold(right)}");
    }

    [Theory]
    [InlineData("Kirkuk", "Erbil")]
    [InlineData("Makhmour", "Mosul")]
    [InlineData("Erbil", "أربيل")]
    [InlineData("KRG", "KDP")]
    [InlineData("Diyala", "Dohuk")]
    public void Different_names_do_not_fold_alike(string left, string right)
    {
        Assert.False(NameFolding.AreEquivalent(left, right));
    }

    [Theory]
    [InlineData("h", "h")]
    [InlineData("Hh", "h")]
    [InlineData("ah", "a")]
    [InlineData("uh", "u")]
    [InlineData("ih", "i")]
    [InlineData("rh", "rh")]
    public void A_final_h_goes_only_after_a_vowel_and_a_lone_h_stays(string text, string key)
    {
        Assert.Equal(key, NameFolding.Fold(text));
    }

    [Fact]
    public void Fold_drops_spaces_and_punctuation_and_lowers_case()
    {
        Assert.Equal("campzaravani", NameFolding.Fold("Camp  Zeravani!"));
        Assert.Equal(NameFolding.Fold("JCC-Kirkuk"), NameFolding.Fold("jcc kirkuk"));
    }

    [Fact]
    public void Text_without_letters_or_digits_folds_to_empty_and_matches_nothing()
    {
        Assert.Equal(string.Empty, NameFolding.Fold(string.Empty));
        Assert.Equal(string.Empty, NameFolding.Fold(" - ' "));
        Assert.False(NameFolding.AreEquivalent(string.Empty, string.Empty));
        Assert.False(NameFolding.AreEquivalent("--", "--"));
    }

    [Fact]
    public void Null_is_equivalent_to_nothing()
    {
        Assert.False(NameFolding.AreEquivalent(null, "Erbil"));
        Assert.False(NameFolding.AreEquivalent("Erbil", null));
        Assert.False(NameFolding.AreEquivalent(null, null));
    }

    [Fact]
    public void Fold_of_null_throws_ArgumentNullException_naming_text()
    {
        var error = Assert.Throws<ArgumentNullException>(() => NameFolding.Fold(null!));

        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void Fold_accepts_the_longest_allowed_text_and_refuses_one_character_more_naming_text()
    {
        Assert.Equal("a", NameFolding.Fold(new string('a', NameFolding.MaxInputLength)));

        var error = Assert.Throws<ArgumentException>(() => NameFolding.Fold(new string('a', NameFolding.MaxInputLength + 1)));
        Assert.Equal("text", error.ParamName);
        Assert.Contains("4097", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AreEquivalent_refuses_overlong_text_on_either_side()
    {
        var overlong = new string('a', NameFolding.MaxInputLength + 1);

        Assert.Throws<ArgumentException>(() => NameFolding.AreEquivalent(overlong, "a"));
        Assert.Throws<ArgumentException>(() => NameFolding.AreEquivalent("a", overlong));
    }

    [Fact]
    public void Invalid_UTF16_is_folded_without_throwing()
    {
        Assert.Equal(NameFolding.Fold("Erbil"), NameFolding.Fold("Er\uD800bil"));
        Assert.Equal(NameFolding.Fold("Erbil"), NameFolding.Fold("\uDC00Erbil"));
    }

    [Fact]
    public void Compatibility_forms_fold_like_their_plain_letters()
    {
        Assert.Equal(NameFolding.Fold("KRG"), NameFolding.Fold("ＫＲＧ"));
        Assert.Equal(NameFolding.Fold("fi"), NameFolding.Fold("ﬁ"));
        Assert.Equal(NameFolding.Fold("لا"), NameFolding.Fold("ﻻ"));
    }

    [Fact]
    public void The_rules_are_data_that_can_be_read()
    {
        Assert.Contains(NameFolding.TransliterationRules, r => r.Key == "kh" && r.Value == "k");
        Assert.Contains(NameFolding.ScriptFolds, f => f.Key == 'ە' && f.Value == 'ه');
        Assert.All(NameFolding.ScriptFolds, f => Assert.NotEqual(f.Key, f.Value));
        Assert.Equal(NameFolding.ScriptFolds.Count, NameFolding.ScriptFolds.Select(f => f.Key).Distinct().Count());
    }

    [Property(Arbitrary = new[] { typeof(FieldText) })]
    public bool Folding_ignores_upper_case(string text) =>
        NameFolding.Fold(text) == NameFolding.Fold(text.ToUpperInvariant())
        && NameFolding.Fold(text) == NameFolding.Fold(text.ToLowerInvariant());

    [Property(Arbitrary = new[] { typeof(FieldText), typeof(CombiningMarks) })]
    public bool Folding_ignores_combining_marks_added_anywhere(string text, CombiningMarks marks) =>
        NameFolding.Fold(text) == NameFolding.Fold(text.Insert(marks.Position % (text.Length + 1), marks.Marks));

    [Property(Arbitrary = new[] { typeof(FieldText) })]
    public bool Folding_ignores_canonical_composition(string text) =>
        NameFolding.Fold(text.Normalize(System.Text.NormalizationForm.FormC)) == NameFolding.Fold(text.Normalize(System.Text.NormalizationForm.FormD));

    [Property(Arbitrary = new[] { typeof(FieldText) })]
    public FsCheck.Property A_folded_key_holds_only_lower_case_letters_and_digits(string text)
    {
        var key = NameFolding.Fold(text);
        return FsCheck.Fluent.Prop.Label(key.All(c => char.IsLetterOrDigit(c) && !char.IsUpper(c)), $"'{text}' folds to '{key}'");
    }

    [Property(Arbitrary = new[] { typeof(FieldText) })]
    public FsCheck.Property A_folded_key_is_a_fixed_point(string text)
    {
        var key = NameFolding.Fold(text);
        return FsCheck.Fluent.Prop.Label(NameFolding.Fold(key) == key, $"'{text}' folds to '{key}', which folds to '{NameFolding.Fold(key)}'");
    }

    [Property]
    public bool Folding_any_text_never_throws_and_ignores_upper_case_for_ASCII(string? text)
    {
        if (text is null || text.Length > NameFolding.MaxInputLength)
        {
            return true;
        }

        var key = NameFolding.Fold(text);
        return !text.All(char.IsAscii) || key == NameFolding.Fold(text.ToUpperInvariant());
    }
}
