using System.Text;
using Coordination.Cli.Catalogs;
using Xunit;

namespace Coordination.Cli.Tests.Catalogs;

public class TextPositionTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("ab\nçd😀e\n\nx");

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(6, 2, 3)]
    [InlineData(10, 2, 4)]
    [InlineData(12, 3, 1)]
    [InlineData(13, 4, 1)]
    [InlineData(999, 4, 2)]
    public void An_offset_becomes_a_line_and_a_character_column(long offset, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), TextPosition.FromOffset(Text, offset));
    }

    [Theory]
    [InlineData(0, 0, 1, 1)]
    [InlineData(1, 3, 2, 3)]
    [InlineData(1, 7, 2, 4)]
    [InlineData(3, 0, 4, 1)]
    public void System_Text_Json_positions_from_zero_in_bytes_become_editor_positions(long lineNumber, long bytePosition, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), TextPosition.FromLineAndByte(Text, lineNumber, bytePosition));
    }
}
