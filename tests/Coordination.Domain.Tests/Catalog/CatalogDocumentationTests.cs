using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Reference;
using Coordination.Domain.Tests.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>
/// The examples of docs/catalog.md compile and run: they are the regions of this file marked
/// <c>docs/catalog.md begin</c> … <c>end</c>, and a test checks that the page shows them as they are here.
/// </summary>
public sealed partial class CatalogDocumentationTests
{
    private const string Begin = "// docs/catalog.md begin";
    private const string End = "// docs/catalog.md end";

    [Fact]
    public void The_page_shows_the_examples_this_file_compiles_in_order()
    {
        var root = Snapshot.RepositoryRoot();
        var page = File.ReadAllText(Path.Combine(root, "docs", "catalog.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(root, "tests", "Coordination.Domain.Tests", "Catalog", "CatalogDocumentationTests.cs")).ReplaceLineEndings("\n");

        var shown = CodeBlock().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var compiled = Regions(source).ToList();

        Assert.Equal(3, compiled.Count);
        Assert.Equal(compiled, shown);
    }

    [Fact]
    public void The_kinds_example_lists_every_kind_with_its_count()
    {
        var catalog = ArticleFacts.Catalog;

        // docs/catalog.md begin
        // One line per kind, without naming any of them.
        var counts = CatalogRecordKinds.All.Select(kind => $"{kind.Name}: {kind.CountIn(catalog)}").ToList();
        // ["Actors: 8", "People: 1", "Territories: 9", …]
        // docs/catalog.md end

        Assert.Equal(["Actors: 8", "People: 1", "Territories: 9"], counts.Take(3));
        Assert.Equal(9, counts.Count);
    }

    [Fact]
    public void The_visitor_example_finds_the_first_identifier_of_each_kind()
    {
        var visitor = new FirstIdentifiers(ArticleFacts.Catalog);
        foreach (var kind in CatalogRecordKinds.All)
        {
            kind.Accept(visitor);
        }

        Assert.Equal(CatalogRecordKinds.All.Length, visitor.Found.Count);
        Assert.Equal("Actors: goi", visitor.Found[0]);
        Assert.Equal("Incidents: prde-2021-05-01", visitor.Found[5]);
    }

    [Fact]
    public void The_builder_example_adds_the_imported_incidents_and_removes_one()
    {
        var imported = Enumerable.Range(1, 3)
            .Select(i => ArticleFacts.PrdeAttack with { Id = IncidentId.Parse($"imported-{i}") })
            .ToList();

        // docs/catalog.md begin
        var builder = ReferenceCatalog.Load().ToBuilder();
        foreach (var incident in imported)
        {
            builder.Set(incident); // adds it, or replaces the incident with its identifier, in place
        }

        var removed = builder.Remove(IncidentId.Parse("prde-attack-2021-05-01")); // true: the reference catalog had it
        var catalog = builder.ToCatalog(); // the reference catalog is unchanged, and the builder stays usable
        var problems = catalog.Validate().Errors; // the builder does not validate
        var summary = catalog.ValidateBounded(); // or: a count of every problem and the first 1 000, for a large import
        // docs/catalog.md end

        var reference = ReferenceCatalog.Load();
        Assert.True(removed);
        Assert.NotNull(reference.FindIncident(IncidentId.Parse("prde-attack-2021-05-01")));
        Assert.Null(catalog.FindIncident(IncidentId.Parse("prde-attack-2021-05-01")));
        Assert.Equal(reference.Incidents.Length - 1 + imported.Count, catalog.Incidents.Length);
        Assert.Equal(imported, catalog.Incidents.TakeLast(imported.Count));
        Assert.Equal(problems.Count, summary.FailureCount);
        Assert.NotEmpty(problems); // the imported incidents cite the article fixture's source, which the reference catalog lacks
    }

    // docs/catalog.md begin
    // The identifier of the first record of each kind, or nothing when the kind has none.
    sealed class FirstIdentifiers(CoordinationCatalog catalog) : ICatalogRecordKindVisitor
    {
        public List<string> Found { get; } = [];

        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            if (kind.RecordsOf(catalog).FirstOrDefault(r => r is not null) is { } first)
            {
                Found.Add($"{kind.Name}: {first.Id}");
            }
        }
    }
    // docs/catalog.md end

    [GeneratedRegex("```csharp\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    // The regions in the order the page shows them: the kinds, the visitor, the builder.
    private static IEnumerable<string> Regions(string source)
    {
        var regions = new List<(int Line, string Text)>();
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != Begin)
            {
                continue;
            }

            var body = lines.Skip(i + 1).TakeWhile(l => l.Trim() != End).ToList();
            var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            regions.Add((i, string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()))));
        }

        // In this file the builder example comes before the visitor class; the page puts the visitor second.
        return regions.Count == 3 ? [regions[0].Text, regions[2].Text, regions[1].Text] : regions.Select(r => r.Text);
    }
}
