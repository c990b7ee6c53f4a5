using System;
using System.IO;
using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Reference;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>The example of docs/analysis.md is the code of <see cref="Example"/>, which compiles, runs and prints what its comments say.</summary>
public sealed class AnalysisDocumentationTests
{
    private const string Start = "// docs/analysis.md example: start";
    private const string End = "// docs/analysis.md example: end";

    [Fact]
    public void The_example_in_the_documentation_is_the_code_compiled_here()
    {
        var documented = DocumentedExample().Where(line => !line.StartsWith("using ", StringComparison.Ordinal)).SkipWhile(string.IsNullOrEmpty);

        Assert.Equal(CompiledExample(), documented);
    }

    [Fact]
    public void The_example_prints_what_its_comments_say()
    {
        var expected = DocumentedExample().Where(line => line.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf("// ", StringComparison.Ordinal) + 3)..]).ToList();
        using var output = new StringWriter();

        Example(output);

        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    // The parameter is named Console so that the code reads, and compiles, as the documented one.
    private static void Example(TextWriter Console)
    {
        // docs/analysis.md example: start
        var situation = ReferenceCatalog.Load().SituationOn(new LocalDate(2021, 5, 3));

        var makhmour = situation.DisputedTerritories.Single(t => t.Territory == TerritoryId.Parse("makhmour"));
        Console.WriteLine(string.Join(", ", makhmour.Claimants)); // goi, krg
        Console.WriteLine($"{makhmour.Controller}, before: {makhmour.PreviousController}"); // isf, before: peshmerga

        var jcc = situation.Mechanisms.Single(m => m.Mechanism == MechanismId.Parse("jcc-kirkuk"));
        Console.WriteLine($"{jcc.Status} since {jcc.Since}"); // Agreed since 2020-08-21
        Console.WriteLine(situation.UndatedMechanisms.Length); // 1

        var latest = situation.Incidents[0];
        Console.WriteLine($"{latest.Incident}: {latest.TotalKilled} killed, {latest.TotalInjured} injured"); // prde-attack-2021-05-01: 3 killed, 2 injured
        Console.WriteLine(situation.SupportInForce.Length); // 1
        Console.WriteLine(situation.Sources.Length); // 50
        // docs/analysis.md example: end
    }

    private static string[] DocumentedExample()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "analysis.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("```csharp\n", text.IndexOf("## Example", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        return text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
    }

    private static string[] CompiledExample()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "Coordination.Domain.Tests", "Analysis", "AnalysisDocumentationTests.cs"));
        var from = Array.FindIndex(lines, line => line.Trim() == Start) + 1;
        var to = Array.FindIndex(lines, line => line.Trim() == End);
        Assert.True(from > 0 && to > from, "The example's markers are missing.");
        return [.. lines[from..to].Select(line => line.Length >= 8 ? line[8..] : line.Trim())];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coordination.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Coordination.Domain.sln) was not found above the test's directory.");
    }
}
