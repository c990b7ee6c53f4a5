using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Coordination.Domain.Incidents;
using Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

/// <summary>ACLED files read end to end through the <see cref="IncidentImporter"/>.</summary>
public sealed class AcledImportTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "acled", name);

    [Theory]
    [InlineData("acled-2023.csv", 8, 0)]
    [InlineData("acled-before-2023.csv", 3, 0)]
    [InlineData("acled-api-text-codes.csv", 4, 0)]
    [InlineData("acled-reduced-resaved.csv", 3, 0)]
    [InlineData("acled-bad-rows.csv", 1, 12)]
    public void A_file_read_by_the_importer_yields_one_result_per_row_and_its_catalog_validates(string name, int imported, int rejected)
    {
        var importer = new IncidentImporter();
        using var stream = File.OpenRead(Fixture(name));
        var results = importer.Read(stream, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(imported, results.OfType<ImportedRow>().Count());
        Assert.Equal(rejected, results.OfType<RejectedRow>().Count());
        Assert.All(results.OfType<RejectedRow>(), r => Assert.NotNull(r.Column));

        var catalog = CatalogAfter(importer.Records, incidents: results.OfType<ImportedRow>().Select(r => r.Incident));
        var validation = catalog.Validate();
        Assert.True(validation.IsValid, string.Join("\n", validation.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}")));
    }

    [Fact]
    public void The_importer_and_the_mapper_read_a_file_alike()
    {
        using var stream = File.OpenRead(Fixture("acled-2023.csv"));
        var viaImporter = new IncidentImporter().Read(stream, TestContext.Current.CancellationToken).OfType<ImportedRow>().Select(r => r.Incident).ToList();
        var (_, rows) = ReadCsv(File.ReadAllText(Fixture("acled-2023.csv")));
        var context = Context();
        var direct = rows.Select(r => Imported(new Interop.Acled.AcledRowMapper().Map(r, context))).ToList();

        Assert.Equal(direct.Select(i => i with { Origin = null }), viaImporter.Select(i => i with { Origin = null }));
        Assert.Equal(direct.SelectMany(i => i.Origin!.Fields), viaImporter.SelectMany(i => i.Origin!.Fields));
    }

    [Fact]
    public async Task Reading_asynchronously_gives_the_same_results()
    {
        await using var first = File.OpenRead(Fixture("acled-bad-rows.csv"));
        var sync = new IncidentImporter().Read(first, TestContext.Current.CancellationToken).Select(r => r.ToString()).ToList();
        await using var second = File.OpenRead(Fixture("acled-bad-rows.csv"));
        var results = new System.Collections.Generic.List<string>();
        await foreach (var result in new IncidentImporter().ReadAsync(second, TestContext.Current.CancellationToken))
        {
            results.Add(result.ToString());
        }

        Assert.Equal(sync, results);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_and_crlf_line_ends_reads_the_same()
    {
        var text = File.ReadAllText(Fixture("acled-2023.csv")).Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var results = new IncidentImporter().Read(new MemoryStream(bytes), TestContext.Current.CancellationToken).ToList();
        Assert.Equal(8, results.OfType<ImportedRow>().Count());
        Assert.Equal(IncidentKind.AirOrDroneStrike, ((ImportedRow)results[0]).Incident.Kind);
        Assert.Equal("event_id_cnty", ((ImportedRow)results[0]).Incident.Origin!.Fields[0].Column);
    }

    [Fact]
    public void The_rejected_rows_of_a_file_name_their_lines()
    {
        using var stream = File.OpenRead(Fixture("acled-bad-rows.csv"));
        var rejected = new IncidentImporter().Read(stream, TestContext.Current.CancellationToken).OfType<RejectedRow>().ToList();
        Assert.Equal(Enumerable.Range(2, 12).Select(n => (long)n), rejected.Select(r => r.Line));
        Assert.All(rejected, r => Assert.StartsWith("IRQ9", r.Text, StringComparison.Ordinal));
    }
}
