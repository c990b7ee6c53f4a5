using System;
using Coordination.Domain.Finance;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Finance;

public sealed class CurrencyCodeTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("IQD")]
    [InlineData("EUR")]
    [InlineData("GBP")]
    [InlineData("XXX")]
    public void Parse_accepts_an_active_ISO_4217_code(string text)
    {
        var code = CurrencyCode.Parse(text);

        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
        Assert.False(code.IsDefault);
    }

    [Theory]
    [InlineData("")]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("US")]
    [InlineData("USDD")]
    [InlineData(" USD")]
    [InlineData("ABC")]
    [InlineData("DEM")]
    [InlineData("IQ$")]
    [InlineData("ＵＳＤ")]
    public void Parse_refuses_anything_else_naming_text(string text)
    {
        var error = Assert.Throws<FormatException>(() => CurrencyCode.Parse(text));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
        Assert.False(CurrencyCode.TryParse(text, out var code));
        Assert.True(code.IsDefault);
    }

    [Fact]
    public void The_message_for_long_input_shows_only_its_start()
    {
        var error = Assert.Throws<FormatException>(() => CurrencyCode.Parse(new string('U', 5000)));

        Assert.Contains("'UUUUUUUU…'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException_naming_text()
    {
        var error = Assert.Throws<ArgumentNullException>(() => CurrencyCode.Parse(null!));

        Assert.Equal("text", error.ParamName);
        Assert.False(CurrencyCode.TryParse(null, out _));
    }

    [Fact]
    public void The_field_currencies_are_named()
    {
        Assert.Equal("USD", CurrencyCode.UnitedStatesDollar.Value);
        Assert.Equal("IQD", CurrencyCode.IraqiDinar.Value);
        Assert.Equal("EUR", CurrencyCode.Euro.Value);
        Assert.Equal("GBP", CurrencyCode.PoundSterling.Value);
        Assert.Equal(CurrencyCode.IraqiDinar, CurrencyCode.Parse("IQD"));
    }

    [Fact]
    public void The_default_code_names_no_currency()
    {
        var none = default(CurrencyCode);

        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Value);
        Assert.NotEqual(CurrencyCode.UnitedStatesDollar, none);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Formatting_then_parsing_gives_the_same_code(CurrencyCode code) =>
        CurrencyCode.Parse(code.ToString()) == code && code.Value.Length == 3;

    [Property]
    public bool Only_three_upper_case_ASCII_letters_can_be_a_code(string? text) =>
        !CurrencyCode.TryParse(text, out _) || (text.Length == 3 && text is [>= 'A' and <= 'Z', >= 'A' and <= 'Z', >= 'A' and <= 'Z']);
}
