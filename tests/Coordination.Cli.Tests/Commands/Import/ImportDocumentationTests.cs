using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coordination.Cli.Commands.Import;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Interop.LivingData;
using Xunit;

namespace Coordination.Cli.Tests.Commands.Import;

/// <summary>What the README and docs/cli.md say of <c>coordination import</c> is what it does.</summary>
public sealed partial class ImportDocumentationTests
{
    [Fact]
    public async Task The_READMEs_two_lines_import_a_file_and_report_on_it()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```sh\n", readme.IndexOf("Importing a file", StringComparison.Ordinal), StringComparison.Ordinal) + 6;
        var lines = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
        using var temp = new TempDirectory();

        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            var words = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("coordination", words[0]);
            var args = words.Skip(1).Select(w => w switch
            {
                "acled-iraq.csv" => Path.Combine(AppContext.BaseDirectory, "Fixtures", "acled-iraq-clean.csv"),
                "iraq.json" => temp.File("iraq.json"),
                _ => w,
            }).ToArray();

            var result = await InProcess.RunAsync(args);

            Assert.True(result.ExitCode == 0, $"{line}\n{result}");
        }
    }

    [Fact]
    public void The_summary_in_docs_cli_has_the_commands_figures_in_its_order()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("```\nImported ", StringComparison.Ordinal) + 4;
        var documented = page[start..page.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n').Skip(1).Select(Label).ToList();
        using var writer = new StringWriter();

        new ImportSummary(1, 0, 0, new LivingDataCounts(), 0, 0, 0).WriteTo(writer, "iraq.json");

        var written = writer.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Label).ToList();
        Assert.Equal(written, documented);
    }

    private static string Label(string line) => Figure().Replace(line, string.Empty).Trim();

    [GeneratedRegex(@"[\d,]+\s*$")]
    private static partial Regex Figure();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coordination.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Coordination.Domain.sln) was not found.");
    }
}
