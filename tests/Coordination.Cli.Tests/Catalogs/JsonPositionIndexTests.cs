using System.Linq;
using System.Text;
using Coordination.Cli.Catalogs;
using Xunit;

namespace Coordination.Cli.Tests.Catalogs;

public class JsonPositionIndexTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(
        "{\n  \"actors\": [\n    { \"id\": \"goi\" },\n    { \"id\": \"krg\", \"names\": { \"primary\": { \"text\": \"Herêma Kurdistanê\" } } }\n  ],\n  \"weird.name\": 1\n}");

    [Theory]
    [InlineData("$", 1, 1)]
    [InlineData("$.actors", 2, 13)]
    [InlineData("$.actors[0]", 3, 5)]
    [InlineData("$.actors[1].id", 4, 13)]
    [InlineData("$.actors[1].names.primary.text", 4, 52)]
    [InlineData("$['weird.name']", 6, 17)]
    public void A_path_is_found_at_the_start_of_its_value(string path, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), JsonPositionIndex.Locate(Document, path));
    }

    [Theory]
    [InlineData("$.actors[1].kind", 4, 5)]
    [InlineData("$.actors[7].id", 2, 13)]
    [InlineData("$.people[0]", 1, 1)]
    [InlineData("$.actors[0].id.deeper", 3, 13)]
    public void A_path_the_document_lacks_is_placed_at_its_deepest_part_present(string path, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), JsonPositionIndex.Locate(Document, path));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var document = Encoding.UTF8.GetBytes("{\"ناو\": \"هەولێر\", \"x\": 1}");

        Assert.Equal(new TextPosition(1, 24), JsonPositionIndex.Locate(document, "$.x"));
    }

    [Theory]
    [InlineData("actors[0]")]
    [InlineData("$.actors[")]
    [InlineData("$.actors[x]")]
    public void A_path_that_cannot_be_parsed_has_no_position(string path)
    {
        Assert.Null(JsonPositionIndex.Locate(Document, path));
    }

    [Fact]
    public void A_document_that_cannot_be_read_keeps_what_was_found_before_the_fault()
    {
        var document = Encoding.UTF8.GetBytes("{\"a\": [1, 2, {\"b\": ");

        Assert.Equal(new TextPosition(1, 14), JsonPositionIndex.Locate(document, "$.a[2].b"));
    }

    [Fact]
    public void Many_paths_are_found_in_one_call_in_the_order_asked()
    {
        var items = string.Join(",\n", Enumerable.Range(0, 1000).Select(i => $"{{\"n\": {i}}}"));
        var document = Encoding.UTF8.GetBytes($"{{\"items\": [\n{items}\n]}}");
        var paths = Enumerable.Range(0, 1000).Reverse().Select(i => $"$.items[{i}].n").ToArray();

        var positions = JsonPositionIndex.Locate(document, paths);

        Assert.Equal(Enumerable.Range(0, 1000).Reverse().Select(i => (TextPosition?)new TextPosition(i + 2, 7)), positions);
    }
}
