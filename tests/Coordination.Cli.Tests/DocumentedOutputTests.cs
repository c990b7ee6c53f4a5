using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests;

/// <summary>The report excerpts of the README and docs/cli.md are what the command writes.</summary>
public class DocumentedOutputTests
{
    [Theory]
    [InlineData("README.md", "Excerpt of `coordination report --as-of 2021-05-03`", "2021-05-03")]
    [InlineData("README.md", "Excerpt of `coordination report --as-of 2025-01-01`", "2025-01-01")]
    [InlineData("docs/cli.md", "Excerpt (`coordination report --as-of 2021-05-03`, redirected)", "2021-05-03")]
    public async Task The_report_excerpt_is_the_report_with_lines_left_out(string page, string heading, string asOf)
    {
        var text = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), page), TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var start = text.IndexOf("```\n", text.IndexOf(heading, StringComparison.Ordinal), StringComparison.Ordinal) + 4;
        var excerpt = text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n').Where(line => line != "…").ToList();

        var result = await InProcess.RunAsync("report", "--as-of", asOf);

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = result.Out.ReplaceLineEndings("\n").Split('\n');
        var at = 0;
        foreach (var line in excerpt)
        {
            var found = Array.IndexOf(output, line, at);
            Assert.True(found >= 0, $"{page}: the excerpt line '{line}' is not in the report after line {at}.");
            at = found + 1;
        }

        Assert.True(excerpt.Count > 20, $"{page}: the excerpt has only {excerpt.Count} lines.");
        Assert.Equal($"Situation as of {asOf} (reference catalog)", excerpt[0]);
    }

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
