using System;
using System.IO;
using System.Linq;
using Coordination.Domain.Tests.Serialization;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Temporal;

/// <summary>The example of docs/concepts.md, "Time as the evidence gives it", is the code of <see cref="Example"/>, which compiles, runs and prints what its comments say.</summary>
public sealed class TemporalDocumentationTests
{
    [Fact]
    public void The_example_in_the_documentation_is_the_code_compiled_here()
    {
        Assert.Equal(DocumentedExample.InTests("Temporal/TemporalDocumentationTests.cs", "docs/concepts.md time example"), DocumentedExample.InDocs("concepts.md", "## Time as the evidence gives it"));
    }

    [Fact]
    public void The_example_prints_what_its_comments_say()
    {
        var expected = DocumentedExample.PromisedOutput(DocumentedExample.InDocs("concepts.md", "## Time as the evidence gives it"));

        var printed = DocumentedExample.Output(Example);

        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, printed);
    }

    // The parameter is named Console so that the code reads, and compiles, as the documented one.
    private static void Example(TextWriter Console)
    {
        // docs/concepts.md time example: start
        var approved = ReportedDate.OnOrBefore(ReportedDate.OnDay(new LocalDate(2020, 8, 21)));
        Console.WriteLine(approved); // on or before 2020-08-21
        Console.WriteLine(approved.Contains(new LocalDate(2019, 1, 1))); // True

        var attack = ReportedDate.OnDayAbout(new LocalDate(2021, 5, 1), new LocalTime(2, 0));
        Console.WriteLine(attack); // 2021-05-01T~02:00

        var held = DatePeriod.FromThrough(ReportedDate.InYear(2014), ReportedDate.OnDay(new LocalDate(2017, 10, 15)));
        Console.WriteLine(held); // [2014, 2017-10-16)
        Console.WriteLine(held.Contains(new LocalDate(2014, 1, 1))); // True
        Console.WriteLine(DatePeriod.Through(ReportedDate.InMonth(new YearMonth(2017, 10)))); // […, 2017-10]

        var published = ReportedDate.OnDay(new LocalDate(2021, 5, 3));
        Console.WriteLine(ReportedDate.Resolve(IsoDayOfWeek.Sunday, published)); // 2021-05-02
        Console.WriteLine(ReportedDate.Resolve(IsoDayOfWeek.Sunday, ReportedDate.InMonth(new YearMonth(2021, 5))) is null); // True
        // docs/concepts.md time example: end
    }
}
