using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Temporal;
using nietras.SeparatedValues;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Ucdp;

/// <summary>The fixtures in the three UCDP GED layouts, read row by row (with Sep) and mapped, and written back.</summary>
public sealed class UcdpFixtureTests
{
    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ucdp", name);

    // The file's rows as the importer splits them: the header, the HXL row when at least half of its non-empty cells are hashtags, the data rows.
    private static (SourceHeader Header, List<SourceRow> Rows) Read(string name)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromFile(PathOf(name));
        var lines = new List<(int Line, string[] Fields)>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            lines.Add((row.LineNumberFrom, fields));
        }

        var columns = lines[0].Fields.Select((c, i) => i == 0 ? c.TrimStart('\uFEFF') : c).ToImmutableArray();
        var layout = DataLayouts.Detect(columns) ?? throw new InvalidDataException($"{name}: not a UCDP header");
        var first = lines.Count > 1 ? lines[1].Fields.Where(f => f.Length > 0).ToArray() : [];
        var hxl = first.Length > 0 && first.Count(f => f.StartsWith('#')) * 2 >= first.Length;
        var header = new SourceHeader(columns, layout, hxl ? [.. lines[1].Fields] : default);
        return (header, [.. lines.Skip(hxl ? 2 : 1).Select(l => new SourceRow(header, l.Line, [.. l.Fields]))]);
    }

    [Theory]
    [InlineData("ged-49.csv", DataLayout.UcdpGed, 4)]
    [InlineData("ged-42.csv", DataLayout.UcdpGed42, 3)]
    [InlineData("ged-hdx.csv", DataLayout.UcdpGedHdx, 4)]
    public void Every_row_of_a_fixture_is_imported_and_written_back_unchanged(string name, DataLayout layout, int rows)
    {
        var (header, read) = Read(name);
        Assert.Equal(layout, header.Layout);
        Assert.Equal(rows, read.Count);
        var context = UcdpRows.Context();
        var imported = read.Select(r => new UcdpRowMapper().Map(r, context)).ToList();
        Assert.All(imported, r => Assert.IsType<ImportedRow>(r));
        var catalog = UcdpRoundTrip.CatalogAfter(context);
        foreach (var (row, result) in read.Zip(imported))
        {
            Assert.Equal(row.Fields, UcdpRoundTrip.Export(((ImportedRow)result).Incident, catalog, layout));
        }
    }

    [Fact]
    public void The_hdx_fixtures_hashtag_row_is_recognised_and_its_tags_are_the_formatters()
    {
        var (header, rows) = Read("ged-hdx.csv");
        Assert.NotEmpty(header.HxlTags);
        Assert.Equal(3, header.HxlTags.Count(t => t.StartsWith("#date+", StringComparison.Ordinal)));
        var formatter = new UcdpIncidentFormatter();
        Assert.Equal(header.HxlTags, header.Columns.Select(c => formatter.HxlTagOf(c) ?? string.Empty));
        Assert.Equal(3, rows[0].Line);
    }

    [Fact]
    public void The_fixtures_rows_map_onto_what_they_say()
    {
        var (_, rows) = Read("ged-49.csv");
        var context = UcdpRows.Context();
        var incidents = rows.Select(r => ((ImportedRow)new UcdpRowMapper().Map(r, context)).Incident).ToList();

        Assert.Equal(IncidentKind.ArmedClash, incidents[0].Kind);
        Assert.Equal(IncidentKind.AttackOnCivilians, incidents[1].Kind);
        Assert.Equal(ReportedDate.InWeek(new LocalDate(2014, 8, 3), new LocalDate(2014, 8, 5)), incidents[1].Date);
        Assert.Equal(new CasualtyEstimate(80, 120, 500), incidents[1].TotalKilled);
        Assert.Equal("Yazidis flee Sinjar", incidents[1].Origin!.FieldValue("source_headline"));
        Assert.Contains("\n", incidents[1].Origin!.FieldValue("source_article"), StringComparison.Ordinal);
        Assert.Equal(ReportedDate.InMonth(new YearMonth(2019, 6)), incidents[2].Date);
        Assert.Equal(ReportedDate.InYear(2017), incidents[3].Date);
        Assert.Single(incidents[3].Casualties);
        Assert.True(incidents[3].IsTotalKilledPartial is false);
        Assert.Equal(new CasualtyEstimate(4, 6, 9), incidents[3].TotalKilled);
        Assert.Equal(rows.Select(r => r.Line), [2L, 3L, 5L, 6L]);
    }
}
