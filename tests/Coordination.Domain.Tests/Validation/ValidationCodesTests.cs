using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Coordination.Domain.Testing;
using Coordination.Domain.Validation;
using FsCheck.Fluent;
using Xunit;

namespace Coordination.Domain.Tests.Validation;

public sealed partial class ValidationCodesTests
{
    /// <summary>Every code constant, as <c>Area.Name</c> → code.</summary>
    private static readonly Dictionary<string, string> Constants = typeof(ValidationCodes).GetNestedTypes(BindingFlags.Public)
        .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (Name: $"{area.Name}.{f.Name}", Code: (string)f.GetRawConstantValue()!)))
        .ToDictionary(c => c.Name, c => c.Code);

    /// <summary>Every row of the tables of docs/validation-rules.md.</summary>
    private static readonly List<(string Code, string Constant, string Meaning, string Example)> Documented = File
        .ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "validation-rules.md"))
        .Select(line => Row().Match(line))
        .Where(m => m.Success)
        .Select(m => (m.Groups["code"].Value, m.Groups["constant"].Value, m.Groups["meaning"].Value.Trim(), m.Groups["example"].Value.Trim()))
        .ToList();

    [Fact]
    public void Every_code_constant_is_listed_in_the_docs_under_its_constant_name()
    {
        var listed = Documented.ToDictionary(d => d.Constant, d => d.Code);

        Assert.Empty(Constants.Where(c => !listed.TryGetValue(c.Key, out var code) || code != c.Value).Select(c => $"{c.Value} ({c.Key})"));
    }

    [Fact]
    public void Every_code_listed_in_the_docs_is_a_code_constant()
    {
        Assert.Empty(Documented.Where(d => !Constants.TryGetValue(d.Constant, out var code) || code != d.Code).Select(d => $"{d.Code} ({d.Constant})"));
    }

    [Fact]
    public void Every_listed_code_is_listed_once_with_a_meaning_and_an_example()
    {
        Assert.Equal(Documented.Count, Documented.Select(d => d.Code).Distinct().Count());
        Assert.All(Documented, d => Assert.True(d.Meaning.Length > 10 && d.Example.Length > 3, d.Code));
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

    [GeneratedRegex(@"^\| `(?<code>COORD-[A-Z]+-\d+)` \| `(?<constant>\w+\.\w+)` \| (?<meaning>.+?) \| (?<example>.+?) \|$")]
    private static partial Regex Row();
}
