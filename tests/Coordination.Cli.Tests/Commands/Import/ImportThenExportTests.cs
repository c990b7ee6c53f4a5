using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Reference;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Import;

/// <summary><c>coordination export</c> of what <c>coordination import</c> wrote, end to end (Fixtures/).</summary>
public sealed class ImportThenExportTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task What_was_imported_exports_back_as_ACLED_rows_with_their_event_ids_and_an_HXL_row_on_request()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("iraq.json");
        Assert.Equal(0, (await InProcess.RunAsync("import", Fixture("acled-iraq-clean.csv"), "-o", catalog)).ExitCode);
        var header = File.ReadLines(Fixture("acled-iraq-clean.csv")).First();

        var plain = await InProcess.RunAsync("export", "--catalog", catalog, "--format", "acled");
        var hxl = await InProcess.RunAsync("export", "--catalog", catalog, "--format", "acled", "--hxl");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.StartsWith(header, plain.OutLines[0], StringComparison.Ordinal);
        Assert.Contains(plain.OutLines, l => l.StartsWith("IRQ90004,2022-01-15,", StringComparison.Ordinal));
        Assert.True(hxl.ExitCode == 0, hxl.ToString());
        Assert.StartsWith("#", hxl.OutLines[1], StringComparison.Ordinal);
        Assert.Equal(plain.OutLines.Length + 1, hxl.OutLines.Length);
    }

    [Fact]
    public async Task UCDP_export_writes_the_49_columns()
    {
        using var temp = new TempDirectory();
        var catalog = temp.File("ged.json");
        Assert.Equal(0, (await InProcess.RunAsync("import", Fixture("GEDEvent_v25_1.csv"), "-o", catalog)).ExitCode);
        var output = temp.File("ged.csv");

        var result = await InProcess.RunAsync("export", "--catalog", catalog, "--format", "ucdp", "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith(File.ReadLines(Fixture("GEDEvent_v25_1.csv")).First(), File.ReadLines(output).First(), StringComparison.Ordinal);
        Assert.Contains(File.ReadLines(output), l => l.StartsWith("500002,", StringComparison.Ordinal));
    }
}
