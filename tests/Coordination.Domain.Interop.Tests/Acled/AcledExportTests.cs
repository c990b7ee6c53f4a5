using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Incidents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;
using Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>ACLED files through the real importer and exporter: what was imported is written back column for column.</summary>
public sealed class AcledExportTests
{
    [Theory]
    [InlineData("acled-2023.csv")]
    [InlineData("acled-before-2023.csv")]
    [InlineData("acled-api-text-codes.csv")]
    [InlineData("acled-reduced-resaved.csv")]
    public void Exporting_an_imported_fixture_reproduces_its_columns(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "acled", name));
        var problems = RoundTrip(text, out _);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Property(Arbitrary = new[] { typeof(AcledGenerators) }, MaxTest = 150)]
    public Property Export_of_import_of_a_generated_file_of_any_acled_layout_is_the_file(GeneratedFile file)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToText();
        foreach (var values in file.Rows)
        {
            using var row = writer.NewRow();
            foreach (var column in file.Columns)
            {
                row[column].Set(values[column]);
            }
        }

        var problems = RoundTrip(writer.ToString(), out var layout);
        return (problems.Count == 0).Label($"{layout}\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void The_hxl_row_holds_each_columns_hashtag()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "acled", "acled-2023.csv"));
        var importer = new IncidentImporter();
        var incidents = importer.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken).OfType<ImportedRow>().Select(r => r.Incident).ToList();
        using var output = new MemoryStream();
        IncidentExporter.WriteIncidents(CatalogAfter(importer.Records, incidents: incidents), incidents, output, new ExportOptions { IncludeHxlRow = true }, TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.StartsWith("#event+code,#date+occurred,#date+year,#date+precision", lines[1], StringComparison.Ordinal);

        // The importer recognises the row it wrote as HXL and skips it.
        var again = new IncidentImporter().Read(new MemoryStream(output.ToArray()), TestContext.Current.CancellationToken).ToList();
        Assert.Equal(incidents.Count, again.OfType<ImportedRow>().Count());
    }

    private static List<string> RoundTrip(string text, out DataLayout layout)
    {
        var problems = new List<string>();
        var importer = new IncidentImporter();
        var results = importer.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken).ToList();
        var (header, rows) = ReadCsv(text);
        layout = header.Layout;
        foreach (var rejected in results.OfType<RejectedRow>())
        {
            problems.Add($"rejected: {rejected}");
        }

        var incidents = results.OfType<ImportedRow>().Select(r => r.Incident).ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        using var output = new MemoryStream();
        IncidentExporter.WriteIncidents(CatalogAfter(importer.Records, incidents: incidents), incidents, output, new ExportOptions { Layout = header.Layout }, TestContext.Current.CancellationToken);
        var (exportedHeader, exportedRows) = ReadCsv(Encoding.UTF8.GetString(output.ToArray()));
        if (exportedRows.Count != rows.Count)
        {
            return [$"{rows.Count} rows became {exportedRows.Count}"];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < header.Columns.Length; c++)
            {
                var column = header.Columns[c];
                var exported = exportedRows[r][column];
                if (exported is null)
                {
                    problems.Add($"column {column} is missing from the export ({string.Join(",", exportedHeader.Columns)})");
                }
                else if (!SameAfterNormalising(column, rows[r].Fields[c], exported))
                {
                    problems.Add($"line {rows[r].Line}, {column}: '{rows[r].Fields[c]}' became '{exported}'");
                }
            }
        }

        return problems;
    }
}
