using System.IO;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Export;

/// <summary><c>coordination export</c>'s catalog and format options.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public async Task Json_is_the_default_format()
    {
        var plain = await InProcess.RunAsync("export");
        var json = await InProcess.RunAsync("export", "--format", "json");

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(plain.Out, json.Out);
    }

    [Fact]
    public async Task A_catalog_file_is_exported_as_read()
    {
        using var temp = new TempDirectory();
        var reference = temp.File("reference.json");
        Assert.Equal(0, (await InProcess.RunAsync("export", "-o", reference)).ExitCode);
        var copy = temp.File("copy.json");

        var result = await InProcess.RunAsync("export", "--catalog", reference, "--format", "json", "--output", copy);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllText(reference), File.ReadAllText(copy));
    }

    [Fact]
    public async Task The_HXL_row_goes_with_a_CSV_format_only()
    {
        var result = await InProcess.RunAsync("export", "--hxl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("coordination: error: --hxl goes with --format acled or ucdp; a catalog document has no HXL row.", result.ErrorLines);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_catalog_that_cannot_be_read_exits_2()
    {
        using var temp = new TempDirectory();

        var result = await InProcess.RunAsync("export", "--catalog", temp.File("missing.json"), "--format", "acled");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"coordination: error: {temp.File("missing.json")}: no such file", result.ErrorLines);
    }

    [Fact]
    public async Task An_unknown_format_lists_the_formats()
    {
        var result = await InProcess.RunAsync("export", "--format", "xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'json' 'acled' 'ucdp'", result.Error, System.StringComparison.Ordinal);
    }
}
