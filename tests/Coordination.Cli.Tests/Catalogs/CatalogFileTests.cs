using System.Text;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests.Catalogs;

public class CatalogFileTests
{
    [Fact]
    public void A_file_is_read_whole_without_its_byte_order_mark()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", [0xEF, 0xBB, 0xBF, .. "{}"u8.ToArray()]);

        Assert.Equal("{}", Encoding.UTF8.GetString(CatalogFile.Read(file, 100).Span));
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_read()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", "{\"a\":\"1234\"}");

        Assert.Equal(12, CatalogFile.Read(file, 12).Length);
    }

    [Fact]
    public void A_file_one_byte_above_the_limit_is_refused_naming_its_size_and_the_limit()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", "{\"a\":\"12345\"}");

        var e = Assert.Throws<CatalogFileException>(() => CatalogFile.Read(file, 12));

        Assert.Equal($"{file}: is 13 bytes, more than the limit of 12 bytes (raise it with --max-bytes)", e.OneLine);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    public void An_empty_file_is_refused(string content)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", content);

        Assert.Equal($"{file}: is empty; a catalog document is a JSON object", Assert.Throws<CatalogFileException>(() => CatalogFile.Read(file, 100)).OneLine);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var temp = new TempDirectory();
        var file = temp.File("absent.json");

        Assert.Equal($"{file}: no such file", Assert.Throws<CatalogFileException>(() => CatalogFile.Read(file, 100)).OneLine);
    }

    [Fact]
    public void A_directory_is_refused()
    {
        using var temp = new TempDirectory();

        Assert.Equal($"{temp.Path}: is a directory, not a catalog file", Assert.Throws<CatalogFileException>(() => CatalogFile.Read(temp.Path, 100)).OneLine);
    }

    [Fact]
    public void An_empty_file_name_is_refused()
    {
        Assert.Equal(": is not a valid file name", Assert.Throws<CatalogFileException>(() => CatalogFile.Read(string.Empty, 100)).OneLine);
    }
}
