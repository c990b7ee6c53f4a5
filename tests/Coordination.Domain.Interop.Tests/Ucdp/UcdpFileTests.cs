using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Reference;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Ucdp;

/// <summary>UCDP GED files through the real importer and exporter: the fixtures, and the round-trip properties over generated files and incidents.</summary>
public sealed class UcdpFileTests
{
    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ucdp", name);

    // Every line of a CSV file as fields (Sep), the header included.
    private static List<string[]> Lines(Stream stream)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(stream);
        var lines = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            lines.Add(fields);
        }

        if (lines.Count > 0 && lines[0].Length > 0)
        {
            lines[0][0] = lines[0][0].TrimStart('\uFEFF');
        }

        return lines;
    }

    private static (List<RowResult> Results, CoordinationCatalog Catalog) Import(Stream file)
    {
        var importer = new IncidentImporter(new ImportOptions { Release = "25.1" });
        var results = importer.Read(file, TestContext.Current.CancellationToken).ToList();
        return (results, UcdpRoundTrip.CatalogAfter(importer.Records));
    }

    // The file the exporter writes, as its contract says (UcdpRoundTrip.Export per row, the HXL row from the formatter).
    private static MemoryStream Export(CoordinationCatalog catalog, IEnumerable<Incident> incidents, DataLayout layout, bool hxl)
    {
        var columns = DataLayouts.ColumnsOf(layout);
        var formatter = new Coordination.Domain.Interop.Ucdp.UcdpIncidentFormatter();
        var lines = new List<IReadOnlyList<string>>();
        if (hxl)
        {
            lines.Add([.. columns.Select(c => formatter.HxlTagOf(c) ?? string.Empty)]);
        }

        lines.AddRange(incidents.Select(i => (IReadOnlyList<string>)UcdpRoundTrip.Export(i, catalog, layout)));
        return FileOf(columns, lines);
    }

    // A CSV file of rows, every field quoted (RFC 4180), lines ended by CRLF.
    private static MemoryStream FileOf(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(columns))
        {
            text.Append(string.Join(',', line.Select(Quote))).Append("\r\n");
        }

        return new MemoryStream(new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    [Theory]
    [InlineData("ged-49.csv", DataLayout.UcdpGed, false)]
    [InlineData("ged-42.csv", DataLayout.UcdpGed42, false)]
    [InlineData("ged-hdx.csv", DataLayout.UcdpGedHdx, true)]
    public void Exporting_an_imported_fixture_reproduces_every_line(string name, DataLayout layout, bool hxl)
    {
        using var file = File.OpenRead(PathOf(name));
        var (results, catalog) = Import(file);
        Assert.All(results, r => Assert.IsType<ImportedRow>(r));
        using var exported = Export(catalog, results.Cast<ImportedRow>().Select(r => r.Incident), layout, hxl);
        using var original = File.OpenRead(PathOf(name));
        Assert.Equal(Lines(original), Lines(exported));
    }

    [Fact]
    public void The_hdx_fixtures_hxl_row_is_skipped_and_kept()
    {
        using var file = File.OpenRead(PathOf("ged-hdx.csv"));
        var results = new IncidentImporter().Read(file, TestContext.Current.CancellationToken).ToList();
        Assert.Equal(4, results.Count);
        var first = Assert.IsType<ImportedRow>(results[0]);
        Assert.Equal(DataLayout.UcdpGedHdx, first.Row.Header.Layout);
        Assert.Contains("#date+start", first.Row.Header.HxlTags);
        Assert.Equal(3, first.Line);
    }

    public static class Arbitraries
    {
        public static Arbitrary<(DataLayout Layout, ImmutableArray<SourceRow> Rows)> Files() =>
            (from layout in Gen.Elements(DataLayout.UcdpGed, DataLayout.UcdpGed42, DataLayout.UcdpGedHdx)
             from rows in UcdpRowGenerators.Row().Where(r => r.Header.Layout == layout).ListOf().Select(l => l.Take(12).ToImmutableArray())
             select (layout, rows)).ToArbitrary();

        public static Arbitrary<ImmutableArray<Incident>> Incidents() =>
            UcdpIncidentGenerators.Incidents().Generator.ListOf().Select(l => l.DistinctBy(i => i.Id).Take(10).ToImmutableArray()).ToArbitrary();

        public static Arbitrary<DataLayout> Layouts() => UcdpIncidentGenerators.Layouts();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void Export_of_import_gives_back_the_rows_of_a_generated_file((DataLayout Layout, ImmutableArray<SourceRow> Rows) file)
    {
        var columns = DataLayouts.ColumnsOf(file.Layout);
        var rows = file.Rows.DistinctBy(r => r.Fields[0].Length > 0 ? r.Fields[0] : string.Join('\u001f', r.Fields)).Select(r => (IReadOnlyList<string>)r.Fields).ToList();
        using var input = FileOf(columns, rows);
        var (results, catalog) = Import(input);
        Assert.All(results, r => Assert.IsType<ImportedRow>(r));
        using var exported = Export(catalog, results.Cast<ImportedRow>().Select(r => r.Incident), file.Layout, hxl: false);
        input.Position = 0;
        Assert.Equal(Lines(input), Lines(exported));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void Import_of_export_gives_back_generated_incidents(ImmutableArray<Incident> incidents, DataLayout layout)
    {
        using var exported = Export(ReferenceCatalog.Load(), incidents, layout, hxl: layout == DataLayout.UcdpGedHdx);
        var (results, _) = Import(exported);
        Assert.Equal(incidents, results.Select(r => Assert.IsType<ImportedRow>(r).Incident with { Origin = null }));
    }
}
