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
    [Fact]
    public void The_example_in_the_documentation_is_the_code_compiled_here()
    {
        var documented = DocumentedExample.InDocs("analysis.md", "## Example").Where(line => !line.StartsWith("using ", StringComparison.Ordinal)).SkipWhile(string.IsNullOrEmpty);

        Assert.Equal(DocumentedExample.InTests("Analysis/AnalysisDocumentationTests.cs", "docs/analysis.md example"), documented);
    }

    [Fact]
    public void The_example_prints_what_its_comments_say()
    {
        var expected = DocumentedExample.PromisedOutput(DocumentedExample.InDocs("analysis.md", "## Example"));

        var printed = DocumentedExample.Output(Example);

        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, printed);
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
}
