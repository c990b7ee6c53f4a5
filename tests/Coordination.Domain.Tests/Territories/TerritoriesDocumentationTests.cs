using System;
using System.IO;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Territories;

/// <summary>The example of docs/concepts.md, "Territories: regions, parts and disputes", is the code of <see cref="Example"/>, which compiles, runs and prints what its comments say.</summary>
public sealed class TerritoriesDocumentationTests
{
    private const string Start = "// docs/concepts.md territories example: start";
    private const string End = "// docs/concepts.md territories example: end";

    [Fact]
    public void The_example_in_the_documentation_is_the_code_compiled_here()
    {
        Assert.Equal(CompiledExample(), DocumentedExample());
    }

    [Fact]
    public void The_example_prints_what_its_comments_say()
    {
        var expected = DocumentedExample().Where(line => line.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf("// ", StringComparison.Ordinal) + 3)..]).ToList();
        using var output = new StringWriter();

        Example(output);

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    // The parameter is named Console so that the code reads, and compiles, as the documented one.
    private static void Example(TextWriter Console)
    {
        // docs/concepts.md territories example: start
        var src = SourceId.Parse("src");
        var kirkuk = new Territory
        {
            Id = TerritoryId.Parse("kirkuk"), Kind = TerritoryKind.Governorate, Names = NameSet.Of("Kirkuk"), Sources = [src],
            Claims = [new() { Claimant = ActorId.Parse("goi") }, new() { Claimant = ActorId.Parse("krg") }],
            FormerDesignations = [new() { IsoCode = "IQ-TS", Period = DatePeriod.Until(new LocalDate(2006, 1, 1)) }],
        };
        var city = new Territory
        {
            Id = TerritoryId.Parse("kirkuk-city"), Kind = TerritoryKind.Town, Names = NameSet.Of("Kirkuk city"), Parent = kirkuk.Id, Sources = [src],
            ControlPeriods = [new() { Controller = ActorId.Parse("isf"), Period = DatePeriod.From(new LocalDate(2017, 10, 16)) }],
        };
        var hamrin = new Territory
        {
            Id = TerritoryId.Parse("hamrin-mountains"), Kind = TerritoryKind.InformalRegion, Names = NameSet.Of("Hamrin mountains"), Sources = [src],
            Memberships = [new() { Region = kirkuk.Id, Kind = MembershipKind.PartlyWithin }],
        };
        var catalog = new CoordinationCatalog { Territories = [kirkuk, city, hamrin] };
        var date = new LocalDate(2017, 11, 1);

        var picture = catalog.ControlOn(kirkuk.Id, date)!;
        Console.WriteLine(picture.Controller is null); // True
        Console.WriteLine($"{picture.Derived[0].Controller} in {picture.Derived[0].From}"); // isf in kirkuk-city
        Console.WriteLine(catalog.DisputeOn(city.Id, date)!.DisputedFrom); // kirkuk
        Console.WriteLine(catalog.IsDisputedOn(hamrin.Id, date)); // False
        Console.WriteLine(string.Join(", ", catalog.MembersOf(kirkuk.Id, date, MembershipKind.PartlyWithin))); // hamrin-mountains
        // docs/concepts.md territories example: end
    }

    private static string[] DocumentedExample()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "concepts.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("```csharp\n", text.IndexOf("## Territories: regions, parts and disputes", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        return text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
    }

    private static string[] CompiledExample()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "Coordination.Domain.Tests", "Territories", "TerritoriesDocumentationTests.cs"));
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
