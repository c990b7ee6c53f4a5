using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

public sealed class AcledFixtureTests
{
    private static (SourceHeader Header, List<SourceRow> Rows, List<RowResult> Results, ImportContext Context) Read(string name)
    {
        var (header, rows) = ReadCsv(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "acled", name)));
        var context = Context();
        var mapper = new AcledRowMapper();
        return (header, rows, [.. rows.Select(r => mapper.Map(r, context))], context);
    }

    private static Incident ById(List<RowResult> results, string eventId) =>
        results.OfType<ImportedRow>().Single(r => r.Incident.Origin!.EventId == eventId).Incident;

    [Theory]
    [InlineData("acled-2023.csv", DataLayout.AcledSince2023, 8)]
    [InlineData("acled-before-2023.csv", DataLayout.AcledBefore2023, 3)]
    [InlineData("acled-api-text-codes.csv", DataLayout.AcledSince2023, 4)]
    [InlineData("acled-reduced-resaved.csv", DataLayout.AcledSubset, 3)]
    public void Every_row_of_a_good_file_is_imported_and_exports_back_to_itself(string name, DataLayout layout, int rows)
    {
        var (header, sourceRows, results, context) = Read(name);
        Assert.Equal(layout, header.Layout);
        Assert.Equal(rows, results.Count);
        Assert.All(results, r => Assert.IsType<ImportedRow>(r));

        var catalog = CatalogAfter(context);
        for (var i = 0; i < results.Count; i++)
        {
            var exported = Export(((ImportedRow)results[i]).Incident, catalog, header.Columns, layout);
            for (var c = 0; c < header.Columns.Length; c++)
            {
                var column = header.Columns[c];
                Assert.True(SameAfterNormalising(column, sourceRows[i].Fields[c], exported[column]), $"line {sourceRows[i].Line}, {column}: '{sourceRows[i].Fields[c]}' became '{exported[column]}'");
            }
        }
    }

    [Fact]
    public void The_2023_file_maps_civilians_single_actors_unknown_perpetrators_and_precisions()
    {
        var (_, _, results, _) = Read("acled-2023.csv");

        var attack = ById(results, "IRQ30102");
        Assert.Equal(IncidentKind.AttackOnCivilians, attack.Kind);
        Assert.Equal([AffectedParty.Civilians], attack.Targets);
        Assert.Equal(CasualtyEstimate.Exactly(3), attack.TotalKilled);
        Assert.Null(attack.TotalInjured);
        Assert.Equal(LocationPrecision.NearNamedPlace, attack.Location.Precision);

        var protest = ById(results, "IRQ30103");
        Assert.Equal(2, protest.Perpetrators.Length);
        Assert.Empty(protest.Targets);
        Assert.Equal("crowd size=around 200", protest.Origin!.FieldValue("tags"));

        var clash = ById(results, "IRQ30104");
        Assert.Equal(DatePrecision.Week, clash.Date.Precision);
        Assert.Equal(new LocalDate(2024, 3, 7), clash.Date.Earliest);
        Assert.Null(clash.ReportedTotals);
        Assert.Equal(LocationPrecision.FirstOrderDivision, clash.Location.Precision);

        var arrests = ById(results, "IRQ30105");
        Assert.Equal(ReportedDate.InMonth(new YearMonth(2024, 3)), arrests.Date);
        Assert.Equal([AffectedParty.Unidentified], arrests.Targets);

        Assert.Equal([Perpetrator.Unidentified], ById(results, "IRQ30106").Perpetrators);
        Assert.Equal(2, ById(results, "IRQ30107").Perpetrators.Length);
        Assert.Equal(IncidentKind.ExcessiveForceAgainstProtesters, ById(results, "IRQ30108").Kind);
    }

    [Fact]
    public void The_reduced_file_reads_spreadsheet_dates_and_derives_distinct_ids()
    {
        var (_, _, results, _) = Read("acled-reduced-resaved.csv");
        var incidents = results.Cast<ImportedRow>().Select(r => r.Incident).ToList();

        Assert.Equal([new LocalDate(2022, 1, 5), new LocalDate(2025, 5, 16), new LocalDate(2025, 5, 16)], incidents.Select(i => i.Date.Earliest));
        Assert.All(incidents, i => Assert.True(i.Origin!.IsEventIdDerived));
        Assert.Equal(3, incidents.Select(i => i.Id).Distinct().Count());
        Assert.Equal([AffectedParty.Civilians], incidents[1].Targets);
        Assert.Equal(IncidentKind.LootingOrPropertyDestruction, incidents[1].Kind);
        Assert.Null(incidents[1].ReportedTotals);
        Assert.Equal("Notes with a comma, and a \"quote\".", incidents[2].Summary);
    }

    [Fact]
    public void Each_bad_row_is_rejected_with_its_line_column_and_value()
    {
        var (_, rows, results, context) = Read("acled-bad-rows.csv");
        string[] columns = ["event_date", "interaction", "fatalities", "inter1", "longitude", "time_precision", "event_type", "year", "geo_precision", "sub_event_type", "event_date", "timestamp"];

        Assert.Equal(columns.Length + 1, results.Count);
        for (var i = 0; i < columns.Length; i++)
        {
            var rejected = Rejected(results[i], columns[i]);
            Assert.Equal(i + 2, rejected.Line);
            Assert.Equal(rows[i][columns[i]], rejected.Value);
        }

        Assert.IsType<ImportedRow>(results[^1]);
        Assert.Contains("0025", ((RejectedRow)results[0]).Reason, StringComparison.Ordinal);
        Assert.Contains("ambiguous", ((RejectedRow)results[10]).Reason, StringComparison.Ordinal);
        Assert.Empty(context.Records.Actors);
        Assert.Equal([new Perpetrator(Identifiers.ActorId.Parse("isis"), Attribution.Attributed)], ((ImportedRow)results[^1]).Incident.Perpetrators);
        Assert.Equal(Identifiers.TerritoryId.Parse("kirkuk-city"), ((ImportedRow)results[^1]).Incident.Location.Territory);
    }

    [Fact]
    public void Text_codes_of_the_api_read_as_the_numeric_ones()
    {
        var (_, _, results, context) = Read("acled-api-text-codes.csv");
        var values = Export(ById(results, "IRQ40003"), CatalogAfter(context), Since2023);
        Assert.Equal(("8", "7", "78"), (values["inter1"], values["inter2"], values["interaction"]));
        Assert.Equal([AffectedParty.Civilians], ById(results, "IRQ40004").Targets);
        Assert.Equal([Perpetrator.Unidentified], ById(results, "IRQ40004").Perpetrators);
    }
}
