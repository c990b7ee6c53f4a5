using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Export;

/// <summary><c>coordination export --format geojson</c> with <c>--as-of</c> and <c>--trace</c>.</summary>
public sealed class ExportGeoJsonTests
{
    private const string UserTrace = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"line":"kcl","note":"my own survey"},
           "geometry":{"type":"LineString","coordinates":[[43.2,36.6],[43.9,35.9],[44.4,35.6],[45.0,35.2],[45.6,34.6]]}}]}
        """;

    private static JsonElement Feature(JsonDocument document, string id) =>
        document.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    [Fact]
    public async Task The_reference_catalog_is_written_as_GeoJSON_on_the_date()
    {
        var result = await InProcess.RunAsync("export", "--format", "geojson", "--as-of", "2021-06-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal("2021-06-01", document.RootElement.GetProperty("date").GetString());
        Assert.Equal("operational", Feature(document, "mechanism/jcc-kirkuk").GetProperty("properties").GetProperty("status").GetString());
        Assert.True(Feature(document, "line/kcl").GetProperty("properties").GetProperty("traceInferred").GetBoolean());
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Without_as_of_the_date_is_today_in_Baghdad()
    {
        var result = await InProcess.RunAsync("export", "--format", "geojson");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("2021-05-03", document.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_users_trace_replaces_the_inferred_one()
    {
        using var temp = new TempDirectory();
        var trace = temp.Write("trace.geojson", UserTrace);
        var output = temp.File("map.geojson");

        var result = await InProcess.RunAsync("export", "--format", "geojson", "--as-of", "2021-06-01", "--trace", trace, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        var kcl = Feature(document, "line/kcl");
        Assert.False(kcl.GetProperty("properties").GetProperty("traceInferred").GetBoolean());
        Assert.Equal(5, kcl.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
        Assert.Equal(43.2, kcl.GetProperty("geometry").GetProperty("coordinates")[0][0].GetDouble());
        var stretches = document.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "stretch").ToArray();
        Assert.Equal(
            kcl.GetProperty("properties").GetProperty("lengthKm").GetDouble(),
            stretches.Sum(s => s.GetProperty("properties").GetProperty("lengthKm").GetDouble()),
            0.01);
    }

    [Fact]
    public async Task A_trace_that_cannot_be_used_exits_2_naming_the_file_and_the_path()
    {
        using var temp = new TempDirectory();
        var trace = temp.Write("bad.geojson", """{"type":"LineString","coordinates":[[44,35],[45,"north"]]}""");
        var output = temp.File("map.geojson");

        var result = await InProcess.RunAsync("export", "--format", "geojson", "--trace", trace, "--output", output);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"coordination: error: {trace}: is not a usable trace: $.coordinates[1][1]: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Malformed_JSON_in_a_trace_exits_2_with_its_position()
    {
        using var temp = new TempDirectory();
        var trace = temp.Write("bad.geojson", "{\"type\":\n  \"LineString\" oops}");

        var result = await InProcess.RunAsync("export", "--format", "geojson", "--trace", trace);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"coordination: error: {trace}:2:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_trace_of_a_line_the_catalog_does_not_have_exits_2()
    {
        using var temp = new TempDirectory();
        var trace = temp.Write("other.geojson", UserTrace.Replace("\"kcl\"", "\"green-line\"", StringComparison.Ordinal));

        var result = await InProcess.RunAsync("export", "--format", "geojson", "--trace", trace);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"coordination: error: {trace}: traces line 'green-line', which the catalog does not have (its lines: kcl).", result.ErrorLines);
    }

    [Fact]
    public async Task A_missing_trace_file_exits_2()
    {
        using var temp = new TempDirectory();

        var result = await InProcess.RunAsync("export", "--format", "geojson", "--trace", temp.File("missing.geojson"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"coordination: error: {temp.File("missing.geojson")}: cannot be read: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2021-06-01")]
    [InlineData("--trace", "trace.geojson")]
    public async Task As_of_and_trace_go_with_geojson_only(string option, string value)
    {
        var result = await InProcess.RunAsync("export", "--format", "acled", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("coordination: error: --as-of and --trace go with --format geojson; the other formats hold the whole catalog, undated.", result.ErrorLines);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task The_export_is_read_back_as_a_trace()
    {
        using var temp = new TempDirectory();
        var first = temp.File("first.geojson");
        Assert.Equal(0, (await InProcess.RunAsync("export", "--format", "geojson", "--as-of", "2021-06-01", "-o", first)).ExitCode);
        var second = temp.File("second.geojson");

        var result = await InProcess.RunAsync("export", "--format", "geojson", "--as-of", "2021-06-01", "--trace", first, "-o", second);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var a = JsonDocument.Parse(File.ReadAllText(first));
        using var b = JsonDocument.Parse(File.ReadAllText(second));
        Assert.Equal(Feature(a, "line/kcl").GetProperty("geometry").GetRawText(), Feature(b, "line/kcl").GetProperty("geometry").GetRawText());
        Assert.Equal(
            Feature(a, "line/kcl").GetProperty("properties").GetProperty("coveredKm").GetDouble(),
            Feature(b, "line/kcl").GetProperty("properties").GetProperty("coveredKm").GetDouble(),
            0.01);
    }
}
