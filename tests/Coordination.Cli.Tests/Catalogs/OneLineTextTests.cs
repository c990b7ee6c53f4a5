using Coordination.Cli.Catalogs;
using Xunit;

namespace Coordination.Cli.Tests.Catalogs;

public class OneLineTextTests
{
    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\r\n\r\n  b\t\tc\n", "a b c")]
    [InlineData("\u001b[31mred\u0007", "[31mred")]
    [InlineData("", "")]
    public void Line_breaks_and_control_characters_become_single_spaces(string text, string expected)
    {
        Assert.Equal(expected, OneLineText.Of(text));
    }

    [Fact]
    public void Long_text_is_clipped_and_the_cut_marked()
    {
        Assert.Equal("abc…", OneLineText.Clip("abcdef", 3));
        Assert.Equal("abc", OneLineText.Clip("abc", 3));
    }
}
