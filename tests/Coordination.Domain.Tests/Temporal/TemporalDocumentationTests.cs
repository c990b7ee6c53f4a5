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
    private const string Start = "// docs/concepts.md time example: start";
    private const string End = "// docs/concepts.md time example: end";

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

        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
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

    private static string[] DocumentedExample()
    {
        var text = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "docs", "concepts.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("```csharp\n", text.IndexOf("## Time as the evidence gives it", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        return text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)].Split('\n');
    }

    private static string[] CompiledExample()
    {
        var lines = File.ReadAllLines(Path.Combine(Snapshot.RepositoryRoot(), "tests", "Coordination.Domain.Tests", "Temporal", "TemporalDocumentationTests.cs"));
        var from = Array.FindIndex(lines, line => line.Trim() == Start) + 1;
        var to = Array.FindIndex(lines, line => line.Trim() == End);
        Assert.True(from > 0 && to > from, "The example's markers are missing.");
        return [.. lines[from..to].Select(line => line.Length >= 8 ? line[8..] : line.Trim())];
    }
}
