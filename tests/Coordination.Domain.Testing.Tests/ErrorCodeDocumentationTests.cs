using System;
using System.IO;
using Xunit;

namespace Coordination.Domain.Testing.Tests;

public sealed class ErrorCodeDocumentationTests
{
    private const string Page = """
        # Sample codes

        Free text, and a table:

        | Code | Constant | Meaning | Example |
        | --- | --- | --- | --- |
        | `SAMPLE-GEO-001` | `Geometry.OpenRing` | A polygon's ring does not close. | a ring of three points |
        | `SAMPLE-GEO-002` | `Geometry.SelfIntersection` | A polygon's ring crosses itself. | a bow tie |
        | `SAMPLE-GEN-001` | `Unreadable` | The input cannot be read at all. | an empty file |
        """;

    [Fact]
    public void A_class_and_a_page_in_step_have_no_differences()
    {
        var differences = ErrorCodeDocumentation.Compare(typeof(SampleCodes), Page);

        Assert.True(differences.IsEmpty, differences.ToString());
        Assert.Equal("The codes and the page are in step.", differences.ToString());
    }

    [Fact]
    public void Constants_are_named_by_area_and_the_prefix_is_not_a_code()
    {
        var declared = ErrorCodeDocumentation.DeclaredCodes(typeof(SampleCodes));

        Assert.Equal(["Geometry.OpenRing", "Geometry.SelfIntersection", "Unreadable"], declared.Keys);
        Assert.Equal("SAMPLE-GEO-002", declared["Geometry.SelfIntersection"]);
    }

    [Fact]
    public void A_code_missing_from_the_page_and_an_extra_code_on_it_are_both_reported()
    {
        var page = Page.Replace("| `SAMPLE-GEO-002` | `Geometry.SelfIntersection` | A polygon's ring crosses itself. | a bow tie |", string.Empty, StringComparison.Ordinal)
            + "\n| `SAMPLE-GEO-003` | `Geometry.TooFewPoints` | A ring has fewer than four points. | a triangle |";

        var differences = ErrorCodeDocumentation.Compare(typeof(SampleCodes), page);

        Assert.Equal(["SAMPLE-GEO-002 (Geometry.SelfIntersection)"], differences.Undocumented);
        Assert.Equal(["SAMPLE-GEO-003 (Geometry.TooFewPoints)"], differences.Undeclared);
        Assert.Empty(differences.Inconsistent);
        Assert.Contains("Declared but not listed on the page:", differences.ToString(), StringComparison.Ordinal);
        Assert.Contains("Listed on the page but not declared:", differences.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_listed_under_another_constant_is_a_difference_both_ways()
    {
        var differences = ErrorCodeDocumentation.Compare(typeof(SampleCodes), Page.Replace("`Unreadable`", "`General.Unreadable`", StringComparison.Ordinal));

        Assert.Equal(["SAMPLE-GEN-001 (Unreadable)"], differences.Undocumented);
        Assert.Equal(["SAMPLE-GEN-001 (General.Unreadable)"], differences.Undeclared);
    }

    [Fact]
    public void Duplicates_a_wrong_prefix_and_a_row_without_meaning_are_inconsistent()
    {
        var page = Page.Replace("A polygon's ring crosses itself.", "Crosses.", StringComparison.Ordinal)
            + "\n| `SAMPLE-GEN-001` | `Unreadable` | The input cannot be read at all. | an empty file |"
            + "\n| `OTHER-GEN-001` | `BadPrefix` | A code with another package's prefix. | none |"
            + "\n| `SAMPLE-GEO-001` | `Duplicate` | A second constant with the same code. | any ring |";

        var differences = ErrorCodeDocumentation.Compare(typeof(BrokenCodes), page);

        Assert.Equal(
            [
                "SAMPLE-GEO-001 is declared 2 times (Duplicate, Geometry.OpenRing)",
                "SAMPLE-GEO-001 is listed 2 times",
                "SAMPLE-GEN-001 is listed 2 times",
                "OTHER-GEN-001 (BadPrefix) does not start with the prefix 'SAMPLE-'",
                "SAMPLE-GEO-002 (Geometry.SelfIntersection) is listed without a meaning or an example",
            ],
            differences.Inconsistent);
    }

    [Fact]
    public void Verify_reads_the_page_and_throws_with_the_differences_both_ways()
    {
        var path = Path.Combine(Path.GetTempPath(), $"codes-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllText(path, Page);
            ErrorCodeDocumentation.Verify(typeof(SampleCodes), path);

            File.WriteAllText(path, Page.Replace("SAMPLE-GEO-001", "SAMPLE-GEO-009", StringComparison.Ordinal));
            var error = Assert.Throws<InvalidOperationException>(() => ErrorCodeDocumentation.Verify(typeof(SampleCodes), path));

            Assert.Contains("SAMPLE-GEO-001 (Geometry.OpenRing)", error.Message, StringComparison.Ordinal);
            Assert.Contains("SAMPLE-GEO-009 (Geometry.OpenRing)", error.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(SampleCodes), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static class SampleCodes
    {
        public const string Prefix = "SAMPLE-";

        public const string Unreadable = "SAMPLE-GEN-001";

        public static class Geometry
        {
            public const string OpenRing = "SAMPLE-GEO-001";

            public const string SelfIntersection = "SAMPLE-GEO-002";
        }
    }

    private static class BrokenCodes
    {
        public const string Prefix = "SAMPLE-";

        public const string Unreadable = "SAMPLE-GEN-001";

        public const string BadPrefix = "OTHER-GEN-001";

        public const string Duplicate = "SAMPLE-GEO-001";

        public static class Geometry
        {
            public const string OpenRing = "SAMPLE-GEO-001";

            public const string SelfIntersection = "SAMPLE-GEO-002";
        }
    }
}
