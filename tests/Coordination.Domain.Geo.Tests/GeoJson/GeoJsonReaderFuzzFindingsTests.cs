using System.IO;
using System.Text;
using System.Text.Json;
using Coordination.Domain.Geo.GeoJson;
using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Geo.Tests.GeoJson;

/// <summary>Inputs found by fuzzing GeoJsonReader (docs/quality.md, "Fuzzing"), reduced by hand.</summary>
public sealed class GeoJsonReaderFuzzFindingsTests
{
    private static readonly CoordinationLineId Kcl = CoordinationLineId.Parse("kcl");

    // Each was an InvalidOperationException ("Cannot transcode invalid UTF-8 JSON text") from reading a string
    // holding a byte that is not UTF-8: a feature's type, a geometry's type, the line property, a member name.
    [Theory]
    [InlineData("{\"type\":\"Fea", "ture\",\"properties\":null,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[44,35],[45,36]]}}", 12)]
    [InlineData("{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"Xoin", "\",\"coordinates\":[44,35]}}", 60)]
    [InlineData("{\"type\":\"Feature\",\"properties\":{\"line\":\"", "cl\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[44,35],[45,36]]}}", 40)]
    [InlineData("{\"type\":\"Feature\",\"propert", "es\":null,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[44,35],[45,36]]}}", 26)]
    public void A_byte_that_is_not_UTF8_is_a_JsonException_naming_its_position(string before, string after, long at)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0x86, .. Encoding.UTF8.GetBytes(after)];
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces(stream, Kcl));

        Assert.Equal("$", error.Path);
        Assert.Equal(0, error.LineNumber);
        Assert.Equal(at, error.BytePositionInLine);
        Assert.Contains("not valid UTF-8", error.Message, System.StringComparison.Ordinal);
        Assert.Contains($"byte {at}", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_position_of_a_byte_that_is_not_UTF8_counts_lines()
    {
        byte[] bytes = [.. "{\"type\":\"LineString\",\n\"coordinates\":[[44,35],[45,36]],\n\"x\":\""u8, 0xFF, .. "\"}"u8];
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<JsonException>(() => GeoJsonReader.ReadTraces(stream, Kcl));

        Assert.Equal(2, error.LineNumber);
        Assert.Equal(5, error.BytePositionInLine);
        Assert.Contains("line 3, byte 6 of the line", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_beyond_ASCII_are_still_read()
    {
        var json = "{\"type\":\"Feature\",\"properties\":{\"name\":\"خط التماس ✓ 𝄞\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[44,35],[45,36]]}}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var trace = Assert.Single(GeoJsonReader.ReadTraces(stream, Kcl));

        Assert.Equal(Kcl, trace.Line);
    }
}
