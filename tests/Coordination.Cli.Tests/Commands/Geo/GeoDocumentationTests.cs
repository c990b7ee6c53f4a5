using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Geo;

/// <summary>The README's three lines on the security vacuum run as written, and each writes what it says.</summary>
public sealed class GeoDocumentationTests
{
    [Fact]
    public async Task The_READMEs_gaps_map_and_geojson_lines_run_and_write_what_they_say()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```sh\n", readme.IndexOf("Where is the security vacuum", StringComparison.Ordinal), StringComparison.Ordinal) + 6;
        var lines = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
        using var temp = new TempDirectory();

        Assert.Equal(["gaps", "map", "export"], lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        foreach (var line in lines)
        {
            var words = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("coordination", words[0]);
            var args = words.Skip(1).Select(w => w.Contains('.', StringComparison.Ordinal) && !w.StartsWith('-') ? temp.File(w) : w).ToArray();

            var result = await InProcess.RunAsync(args);

            Assert.True(result.ExitCode == 0, $"{line}\n{result}");
        }

        Assert.Equal("svg", XDocument.Load(temp.File("map.svg")).Root!.Name.LocalName);
        using var geojson = JsonDocument.Parse(File.ReadAllText(temp.File("iraq.geojson")));
        Assert.Equal("FeatureCollection", geojson.RootElement.GetProperty("type").GetString());
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "docs", "images", "reference-map.png")), "the README's picture is committed");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coordination.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
