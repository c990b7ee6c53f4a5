using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Territories;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Validation;

/// <summary>
/// Text refuses control characters (COORD-TEXT-004) and bidirectional embeddings, overrides and isolates
/// (COORD-TEXT-005) in names, titles, labels, descriptions and quotes, and keeps what Kurdish and Arabic
/// spelling needs: letters, combining marks, the zero-width non-joiner and joiner, directional marks.
/// </summary>
public sealed class TextSafetyRulesTests : EnglishCulture
{
    private static ActorValidator Actors => new();
    private static TerritoryValidator Territories => new();
    private static IncidentValidator Incidents => new();
    private static SourceValidator Sources => new();
    private static StatementValidator Statements => new();

    /// <summary>Names as the region writes them: Sorani in today's and the older (ZWNJ) orthography, Kurmanji, Arabic with and without its marks.</summary>
    public static TheoryData<string> KurdishAndArabicNames() => new(
        "هەولێر",                    // Erbil, Sorani
        "هه‌ولێر",                   // Erbil, the older Sorani spelling with a zero-width non-joiner
        "کەرکووک",                   // Kirkuk, Sorani
        "مەخموور",                   // Makhmour, Sorani
        "پێشمەرگە",                  // Peshmerga, Sorani
        "وەزارەتی کاروباری پێشمەرگە", // Ministry of Peshmerga Affairs
        "ده‌ستووری عێراق",             // Constitution of Iraq, older spelling with a ZWNJ
        "Hewlêr",                    // Erbil, Kurmanji in Latin letters
        "Dihok",
        "كَرْكُوك",                   // Kirkuk, Arabic with its vowel marks
        "السُّلَيْمَانِيَّة",           // Sulaymaniyah with shadda and kasra
        "مخمـــور",                  // with tatweel
        "Peshmerga \u200Fپێشمەرگە",   // mixed scripts with a right-to-left mark
        "\u061Cكركوك",               // Arabic letter mark
        "Altun Kupri / Prde / پردێ");

    [Theory]
    [MemberData(nameof(KurdishAndArabicNames))]
    public void Kurdish_and_Arabic_spelling_is_allowed_in_names_and_quotes(string text)
    {
        Actors.TestValidate(ArticleFacts.Actor(ArticleFacts.Peshmerga, ActorKind.ArmedForce, text)).ShouldNotHaveAnyValidationErrors();
        Statements.TestValidate(ArticleFacts.MarottoOnJccs with { Quote = text }).ShouldNotHaveAnyValidationErrors();
    }

    /// <summary>Every C0 control but the line breaks, DEL, and every C1 control.</summary>
    public static TheoryData<char> ControlCharacters() => new(
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Where(c => c is not '\n' and not '\r').Select(c => (char)c));

    public static TheoryData<char> BidirectionalControls() => new(
        Enumerable.Range(0x202A, 5).Concat(Enumerable.Range(0x2066, 4)).Select(c => (char)c));

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_control_character_is_refused_in_a_name_with_its_code_point_and_position(char control)
    {
        var actor = ArticleFacts.Actor(ArticleFacts.Peshmerga, ActorKind.ArmedForce, "Peshmerga", "Pesh" + control + "merga");

        Actors.TestValidate(actor).ShouldHaveValidationErrorFor("Names.Aliases[0].Text")
            .WithErrorCode(ValidationCodes.General.ControlCharacter)
            .WithErrorMessage($"'Names.Aliases[0].Text' holds the control character U+{(int)control:X4} at position 4; this text is one line and holds no control characters.")
            .Only();
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_control_character_is_refused_in_text_of_several_lines(char control)
    {
        Statements.TestValidate(ArticleFacts.MarottoOnJccs with { Quote = "one\nline" + control })
            .ShouldHaveValidationErrorFor(s => s.Quote).WithErrorCode(ValidationCodes.General.ControlCharacter).Only();
    }

    [Theory]
    [MemberData(nameof(BidirectionalControls))]
    public void A_bidirectional_control_is_refused_in_names_quotes_and_summaries(char control)
    {
        var territory = ArticleFacts.Territory(ArticleFacts.Kirkuk, TerritoryKind.Governorate, control + "كركوك", ArticleFacts.Iraq, "IQ-KI");

        Territories.TestValidate(territory).ShouldHaveValidationErrorFor("Names.Primary.Text")
            .WithErrorCode(ValidationCodes.General.BidirectionalControl)
            .WithErrorMessage($"'Names.Primary.Text' holds the bidirectional control U+{(int)control:X4} at position 0, which can make the text read otherwise than it is stored.")
            .Only();
        Statements.TestValidate(ArticleFacts.MarottoOnJccs with { Quote = "said " + control + "so" })
            .ShouldHaveValidationErrorFor(s => s.Quote).WithErrorCode(ValidationCodes.General.BidirectionalControl).Only();
        Incidents.TestValidate(ArticleFacts.PrdeAttack with { Summary = "three " + control + "killed" })
            .ShouldHaveValidationErrorFor(i => i.Summary).WithErrorCode(ValidationCodes.General.BidirectionalControl).Only();
    }

    [Theory]
    [InlineData("first line\nsecond line")]
    [InlineData("first line\r\nsecond line")]
    [InlineData("a paragraph\n\nanother\r")]
    public void Line_breaks_belong_in_descriptions_summaries_notes_and_quotes(string text)
    {
        Statements.TestValidate(ArticleFacts.MarottoOnJccs with { Quote = text }).ShouldNotHaveAnyValidationErrors();
        Incidents.TestValidate(ArticleFacts.PrdeAttack with { Summary = text }).ShouldNotHaveAnyValidationErrors();
        Sources.TestValidate(ArticleFacts.EstaArticle with { Note = text }).ShouldNotHaveAnyValidationErrors();
        Actors.TestValidate(ArticleFacts.Actor(ArticleFacts.Isf, ActorKind.ArmedForce, "ISF") with { Description = text }).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    public void A_line_break_is_refused_in_a_title_a_label_and_a_name(string lineBreak)
    {
        Sources.TestValidate(ArticleFacts.EstaArticle with { Title = "A title" + lineBreak + "in two" })
            .ShouldHaveValidationErrorFor(s => s.Title).WithErrorCode(ValidationCodes.General.ControlCharacter).Only();
        Incidents.TestValidate(ArticleFacts.PrdeAttack with { Location = ArticleFacts.PrdeAttack.Location with { PlaceName = "near" + lineBreak + "Prde" } })
            .ShouldHaveValidationErrorFor("Location.PlaceName").WithErrorCode(ValidationCodes.General.ControlCharacter).Only();
        Actors.TestValidate(ArticleFacts.Actor(ArticleFacts.Isf, ActorKind.ArmedForce, "Iraqi" + lineBreak + "Security Forces"))
            .ShouldHaveValidationErrorFor("Names.Primary.Text").WithErrorCode(ValidationCodes.General.ControlCharacter).Only();
    }

    [Fact]
    public void Text_with_both_a_control_character_and_a_bidirectional_control_reports_both()
    {
        var result = Statements.TestValidate(ArticleFacts.MarottoOnJccs with { Quote = "a\u0000b\u202Ec" });

        Assert.Equal(
            [ValidationCodes.General.ControlCharacter, ValidationCodes.General.BidirectionalControl],
            result.Errors.Select(e => e.ErrorCode).ToArray());
        Assert.Contains("position 1", result.Errors[0].ErrorMessage);
        Assert.Contains("position 3", result.Errors[1].ErrorMessage);
    }

    [Fact]
    public void A_refused_character_in_a_catalog_is_reported_at_its_path_in_the_catalog()
    {
        var catalog = ArticleFacts.Catalog.With(ArticleFacts.MarottoOnJccs with { Quote = "The Coalition \u202Esupports" });

        var failure = Assert.Single(catalog.Validate().Errors);

        Assert.Equal(ValidationCodes.General.BidirectionalControl, failure.ErrorCode);
        Assert.Equal("Statements[0].Quote", failure.PropertyName);
    }

    /// <summary>One refused character put at any position of otherwise safe text is found there, with its code.</summary>
    [Property(MaxTest = 300)]
    public Property A_refused_character_anywhere_is_found_at_its_position() =>
        Prop.ForAll(
            (from prefix in SafeText()
             from suffix in SafeText()
             from refused in Gen.Elements(RefusedCharacters())
             select (prefix, refused, suffix)).ToArbitrary(),
            t =>
            {
                var quote = t.prefix + "q" + t.refused + t.suffix;
                var errors = Statements.Validate(ArticleFacts.MarottoOnJccs with { Quote = quote }).Errors;
                var expected = t.refused is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
                    ? ValidationCodes.General.BidirectionalControl
                    : ValidationCodes.General.ControlCharacter;
                return errors.Count == 1
                    && errors[0].ErrorCode == expected
                    && errors[0].ErrorMessage.Contains($"U+{(int)t.refused:X4} at position {t.prefix.Length + 1}", System.StringComparison.Ordinal);
            });

    /// <summary>Text of letters from every script the region writes, spaces, marks, ZWNJ and line breaks is never refused.</summary>
    [Property(MaxTest = 300)]
    public Property Safe_text_is_never_refused() =>
        Prop.ForAll(SafeText().Select(t => "q" + t).ToArbitrary(), quote => Statements.Validate(ArticleFacts.MarottoOnJccs with { Quote = quote }).IsValid);

    private static Gen<string> SafeText() =>
        Gen.Elements("a", "Z", "ê", " ", "\n", "\r\n", "ە", "ێ", "ۆ", "ڕ", "ڵ", "ك", "\u064E", "\u0651", "\u200C", "\u200D", "\u200F", "\u061C", "—", "“", "5")
            .ListOf().Select(parts => string.Concat(parts));

    private static char[] RefusedCharacters() =>
        [.. ControlCharacters().Select(row => (char)row.Data), .. BidirectionalControls().Select(row => (char)row.Data)];
}
