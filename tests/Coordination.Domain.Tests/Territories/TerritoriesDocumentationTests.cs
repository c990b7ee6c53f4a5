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
    [Fact]
    public void The_example_in_the_documentation_is_the_code_compiled_here()
    {
        Assert.Equal(DocumentedExample.InTests("Territories/TerritoriesDocumentationTests.cs", "docs/concepts.md territories example"), DocumentedExample.InDocs("concepts.md", "## Territories: regions, parts and disputes"));
    }

    [Fact]
    public void The_example_prints_what_its_comments_say()
    {
        var expected = DocumentedExample.PromisedOutput(DocumentedExample.InDocs("concepts.md", "## Territories: regions, parts and disputes"));

        var printed = DocumentedExample.Output(Example);

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, printed);
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
}
