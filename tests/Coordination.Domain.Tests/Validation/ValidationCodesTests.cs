using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Coordination.Domain.Testing;
using Coordination.Domain.Validation;
using FsCheck.Fluent;
using Xunit;

namespace Coordination.Domain.Tests.Validation;

public sealed class ValidationCodesTests
{
    private static readonly string Page = Path.Combine(AppContext.BaseDirectory, "docs", "validation-rules.md");

    /// <summary>Every code constant, as <c>Area.Name</c> → code.</summary>
    private static readonly ImmutableSortedDictionary<string, string> Constants = ErrorCodeDocumentation.DeclaredCodes(typeof(ValidationCodes));

    private static readonly ErrorCodeDifferences Differences = ErrorCodeDocumentation.Compare(typeof(ValidationCodes), File.ReadAllText(Page));

    [Fact]
    public void Every_code_constant_is_listed_in_the_docs_under_its_constant_name()
    {
        Assert.Empty(Differences.Undocumented);
    }

    [Fact]
    public void Every_code_listed_in_the_docs_is_a_code_constant()
    {
        Assert.Empty(Differences.Undeclared);
    }

    [Fact]
    public void Every_listed_code_is_listed_once_with_a_meaning_and_an_example()
    {
        Assert.Empty(Differences.Inconsistent);
    }

    [Fact]
    public void The_codes_and_their_page_are_in_step_as_a_package_test_checks_them()
    {
        ErrorCodeDocumentation.Verify(typeof(ValidationCodes), Page);
        Assert.True(Constants.Count >= 40, $"Only {Constants.Count} codes found.");
        Assert.DoesNotContain(ErrorCodeDocumentation.PrefixConstant, Constants.Keys);
    }

    [Fact]
    public void Codes_are_unique_and_read_COORD_AREA_NNN()
    {
        Assert.Equal(Constants.Count, Constants.Values.Distinct().Count());
        Assert.All(Constants.Values, code => Assert.Matches(@"^COORD-[A-Z]{2,4}-\d{3}$", code));
        Assert.All(Constants.Values, code => Assert.StartsWith(ValidationCodes.Prefix, code, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_code_has_a_corruption_that_yields_it_and_every_corruption_yields_a_code()
    {
        var corrupted = CatalogCorruptions.All.Select(c => c.ExpectedCode).ToHashSet();

        Assert.Empty(Constants.Values.Except(corrupted));
        Assert.Empty(corrupted.Except(Constants.Values));
    }

    public static TheoryData<string> Corruptions() => new(CatalogCorruptions.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Each_corruption_of_generated_valid_catalogs_yields_its_code_and_no_other(string name)
    {
        var corruption = CatalogCorruptions.All.Single(c => c.Name == name);
        var catalogs = CatalogGenerators.ValidCatalog().SelectMany(corruption.Apply).Sample(20, 30);

        Assert.All(catalogs, catalog =>
            Assert.Equal([corruption.ExpectedCode], catalog.Validate().Errors.Select(e => e.ErrorCode).Distinct()));
    }

    [Fact]
    public void Each_corruption_of_the_articles_catalog_yields_its_code_and_no_other()
    {
        Assert.All(CatalogCorruptions.All, corruption =>
            Assert.All(corruption.Apply(ArticleFacts.Catalog).Sample(10, 10), catalog =>
                Assert.Equal([corruption.ExpectedCode], catalog.Validate().Errors.Select(e => e.ErrorCode).Distinct())));
    }
}
