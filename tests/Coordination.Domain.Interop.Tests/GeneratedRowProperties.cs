using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Interop.Tests.Ucdp;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Interop.Tests;

/// <summary>The importer over the rows Coordination.Domain.Testing generates: valid rows import, broken rows are rejected as paired, exports read back.</summary>
public sealed class GeneratedRowProperties
{
    public static TheoryData<DataLayout> Layouts() => [.. ImportRowGenerators.Layouts];

    [Fact]
    public void The_generators_cover_every_layout_the_importer_recognises() =>
        Assert.Equal(Enum.GetValues<DataLayout>(), ImportRowGenerators.Layouts);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_generated_row_is_detected_as_its_layout(DataLayout layout)
    {
        var rows = ImportRowGenerators.ValidRow(layout).Sample(20, 50);

        Assert.All(rows, row =>
        {
            Assert.Equal(layout, row.Layout);
            Assert.Equal(layout, DataLayouts.Detect(row.Columns));
            Assert.Equal(row.Columns.Length, row.Fields.Length);
        });
    }

    [Property(Arbitrary = [typeof(ImportRowArbitraries)], MaxTest = 300)]
    public Property A_generated_valid_row_is_imported(ImportRow row)
    {
        var results = Import(row.ToFileText());

        var result = Assert.Single(results);
        return (result is ImportedRow imported && imported.Row.Header.Layout == row.Layout).Label(result.ToString()!);
    }

    [Property(MaxTest = 60)]
    public Property A_generated_file_of_each_layout_imports_every_row() =>
        Prop.ForAll(
            Gen.Elements(ImportRowGenerators.Layouts.AsEnumerable()).SelectMany(l => ImportRowGenerators.ValidFile(l)).ToArbitrary(),
            rows =>
            {
                var results = Import(ImportRow.FileText(rows));
                var hxl = rows[0].HxlTags;
                return (results.Count == rows.Length
                        && results.All(r => r is ImportedRow)
                        && results.OfType<ImportedRow>().All(r => r.Row.Header.HxlTags.SequenceEqual(hxl.IsDefault ? [] : hxl)))
                    .Label(string.Join("\n", results.Where(r => r is RejectedRow)));
            });

    [Property(Arbitrary = [typeof(ImportRowArbitraries)], MaxTest = 500)]
    public Property A_generated_malformed_row_is_rejected_naming_its_column(MalformedImportRow malformed)
    {
        var result = Assert.Single(Import(malformed.Row.ToFileText()));

        return (result is RejectedRow rejected
                && rejected.Column == malformed.ExpectedColumn
                && rejected.Reason.Contains(malformed.ExpectedReason, StringComparison.OrdinalIgnoreCase))
            .Label($"{malformed.Name}: {result}");
    }

    [Property(Arbitrary = [typeof(ImportRowArbitraries)], MaxTest = 200)]
    public Property A_generated_malformed_row_creates_no_actor_or_territory(MalformedImportRow malformed)
    {
        var importer = new IncidentImporter();

        var results = importer.Read(Utf8(malformed.Row.ToFileText()), TestContext.Current.CancellationToken).ToList();

        return (results.Single() is RejectedRow && importer.Records.Actors.IsEmpty && importer.Records.Territories.IsEmpty)
            .Label($"{malformed.Name}: {importer.Records.Actors.Length} actors, {importer.Records.Territories.Length} territories");
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_has_malformed_rows_of_several_kinds(DataLayout layout)
    {
        var names = ImportRowGenerators.MalformedRow(layout).Sample(30, 300).Select(m => m.Name).Distinct().Count();

        Assert.True(names >= 5, $"{names} kinds of breakage");
    }

    [Property(MaxTest = 60)]
    public Property Exporting_imported_rows_in_their_layout_and_importing_again_gives_the_same_incidents() =>
        Prop.ForAll(
            Gen.Elements(DataLayout.AcledSince2023, DataLayout.AcledBefore2023, DataLayout.UcdpGed, DataLayout.UcdpGed42, DataLayout.UcdpGedHdx)
                .SelectMany(l => ImportRowGenerators.ValidFile(l, 4)).ToArbitrary(),
            rows =>
            {
                var importer = new IncidentImporter();
                var first = importer.Read(Utf8(ImportRow.FileText(rows))).OfType<ImportedRow>().Select(r => r.Incident).ToList();
                var catalog = UcdpRoundTrip.CatalogAfter(importer.Records);
                using var exported = new MemoryStream();
                IncidentExporter.WriteIncidents(catalog, first, exported, new ExportOptions { Layout = rows[0].Layout, IncludeHxlRow = !rows[0].HxlTags.IsDefaultOrEmpty });
                var text = Encoding.UTF8.GetString(exported.ToArray());

                var again = new IncidentImporter().Read(new MemoryStream(exported.ToArray())).ToList();

                var same = again.Count == first.Count
                    && again.Zip(first).All(p => p.First is ImportedRow imported && imported.Incident.Equals(p.Second with { Origin = imported.Incident.Origin }));
                return (first.Count == rows.Length && same).Label($"{string.Join("\n", again)}\n{text}");
            });

    private static List<RowResult> Import(string text) => [.. new IncidentImporter().Read(Utf8(text), TestContext.Current.CancellationToken)];

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
