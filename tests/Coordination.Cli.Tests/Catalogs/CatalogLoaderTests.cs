using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Catalog;
using Xunit;

namespace Coordination.Cli.Tests.Catalogs;

public class CatalogLoaderTests
{
    [Fact]
    public void A_json_exception_with_a_position_is_shown_at_it_without_the_position_text_of_the_message()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", "{\n  \"a\": 1,\n  \"b\": ?\n}");
        var loader = new CatalogLoader(new Failing(new JsonException("The JSON value could not be converted to Coordination.Domain.Identifiers.ActorId. Path: $.b | LineNumber: 2 | BytePositionInLine: 7.", "$.b", 2, 7)));

        var e = Assert.Throws<CatalogFileException>(() => loader.Load(file, 1000));

        Assert.Equal($"{file}:3:8: The JSON value could not be converted to Coordination.Domain.Identifiers.ActorId. (at $.b)", e.OneLine);
    }

    [Fact]
    public void A_json_exception_with_only_a_path_is_placed_by_the_path()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", "{\n  \"a\": 1,\n  \"b\": 2\n}");
        var loader = new CatalogLoader(new Failing(new JsonException("Bad b.", "$.b", null, null)));

        Assert.Equal($"{file}:3:8: Bad b. (at $.b)", Assert.Throws<CatalogFileException>(() => loader.Load(file, 1000)).OneLine);
    }

    [Fact]
    public void A_json_exception_quoting_an_enormous_path_gives_a_short_line()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", "{}");
        var path = "$." + new string('n', 1_000_000);
        var loader = new CatalogLoader(new Failing(new JsonException($"'{path[2..]}' is unknown. Path: {path} | LineNumber: 0 | BytePositionInLine: 1.", path, 0, 1)));

        var line = Assert.Throws<CatalogFileException>(() => loader.Load(file, 1000)).OneLine;

        Assert.InRange(line.Length, 100, 1001);
    }

    private sealed class Failing(Exception exception) : ICatalogFormat
    {
        public string Name => "failing";

        public bool Recognizes(ReadOnlySpan<byte> content) => true;

        public IEnumerable<CatalogReading> Read(ReadOnlyMemory<byte> utf8) => throw exception;

        public ImmutableArray<TextPosition?> Locate(ReadOnlyMemory<byte> content, IReadOnlyList<string> paths) => [.. JsonPositionIndex.Locate(content.Span, paths)];

        public void Write(Stream output, CoordinationCatalog catalog) => throw exception;

        public string GetSchema() => throw exception;
    }
}
