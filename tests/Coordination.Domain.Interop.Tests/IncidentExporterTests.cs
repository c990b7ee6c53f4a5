using System;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Incidents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Coordination.Domain.Interop.Tests.TestFiles;

namespace Coordination.Domain.Interop.Tests;

public sealed class IncidentExporterTests
{
    private static readonly Catalog.CoordinationCatalog Reference = Domain.Reference.ReferenceCatalog.Load();

    [Fact]
    public void Exporting_what_was_imported_keeps_every_column_including_those_the_layout_lacks()
    {
        var header = AcledHeader + ",my_note";
        var notes = "a, \"b\"\nc";
        var rows = new[] { AcledEvent("IRQ1") + ",kept", AcledRow(("event_id_cnty", "IRQ2"), ("event_date", "2024-03-06"), ("admin3", notes), ("source", "Rudaw; Shafaq News"), ("tags", "crowd size=no report")) + "," };
        var incidents = Import(FileOf([header, .. rows])).Cast<ImportedRow>().Select(r => r.Incident).ToList();

        var written = Export(incidents);

        Assert.Equal(header, written.Split('\n')[0].TrimEnd('\r'));
        var again = Import(written).Cast<ImportedRow>().Select(r => r.Incident.Origin!).ToList();
        Assert.Equal(["kept", ""], again.Select(o => o.FieldValue("my_note")));
        Assert.Equal(notes, again[1].FieldValue("admin3")); // a column the formatter leaves to the origin here (the row names no place it resolves)
        Assert.Equal("Rudaw; Shafaq News", again[1].FieldValue("source"));
        Assert.Equal("crowd size=no report", again[1].FieldValue("tags"));
        Assert.Equal(["IRQ1", "IRQ2"], again.Select(o => o.FieldValue("event_id_cnty")));
    }

    [Fact]
    public void The_header_is_the_layout_s_columns_then_the_origins_other_columns_in_the_order_met()
    {
        var first = Import(FileOf("event_id_cnty,event_date,zeta,Location", "IRQ1,2024-03-05,z,Daquq"), new ImportOptions { Layout = DataLayout.AcledSubset });
        var second = Import(FileOf("event_id_cnty,event_date,alpha,zeta", "IRQ2,2024-03-05,a,z2"), new ImportOptions { Layout = DataLayout.AcledSubset });

        var written = Export([.. first.Concat(second).Cast<ImportedRow>().Select(r => r.Incident)]);

        var lines = written.Split('\n');
        Assert.Equal(AcledHeader + ",zeta,alpha", lines[0].TrimEnd('\r'));
        Assert.EndsWith(",z,", lines[1].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains(",Daquq,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",z2,a", lines[2].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public void The_origin_of_another_data_set_is_not_written_into_a_layout()
    {
        var incidents = Import(FileOf(AcledHeader + ",my_note", AcledEvent("IRQ1") + ",kept")).Cast<ImportedRow>().Select(r => r.Incident).ToList();

        var written = Export(incidents, new ExportOptions { Layout = DataLayout.UcdpGed });

        Assert.Equal(string.Join(",", DataLayouts.ColumnsOf(DataLayout.UcdpGed)), written.Split('\n')[0].TrimEnd('\r'));
        Assert.DoesNotContain("kept", written, StringComparison.Ordinal);
    }

    [Fact]
    public void An_HXL_row_is_written_under_the_header_on_request()
    {
        var written = Export([ArticleIncident()], new ExportOptions { Layout = DataLayout.UcdpGedHdx, IncludeHxlRow = true });

        var lines = written.Split('\n');
        Assert.Equal(4, lines.Length); // header, HXL row, one incident, the final line break
        Assert.Equal(DataLayouts.ColumnsOf(DataLayout.UcdpGedHdx).Length, lines[1].TrimEnd('\r').Split(',').Length);
        Assert.Equal(3, Export([ArticleIncident()], new ExportOptions { Layout = DataLayout.UcdpGedHdx }).Split('\n').Length);
    }

    [Fact]
    public void The_file_is_UTF_8_without_a_byte_order_mark_and_the_stream_stays_open()
    {
        var incidents = Import(FileOf(AcledHeader, AcledEvent("IRQ1", location: "كركوك"))).Cast<ImportedRow>().Select(r => r.Incident).ToList();
        var output = new MemoryStream();

        IncidentExporter.WriteIncidents(Reference, incidents, output, cancellationToken: TestContext.Current.CancellationToken);

        var bytes = output.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("كركوك", new UTF8Encoding(false, true).GetString(bytes), StringComparison.Ordinal);
        Assert.True(output.CanWrite);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var output = new MemoryStream();
        Assert.Throws<ArgumentNullException>(() => IncidentExporter.Write(null!, output, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>(() => IncidentExporter.WriteIncidents(Reference, null!, output, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>(() => IncidentExporter.Write(Reference, null!, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentException>(() => IncidentExporter.WriteIncidents(Reference, [null!], output, cancellationToken: TestContext.Current.CancellationToken));
        Assert.ThrowsAny<ArgumentException>(() => IncidentExporter.Write(Reference, output, new ExportOptions { Layout = (DataLayout)99 }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Writing_stops_when_cancelled()
    {
        using var cancel = new System.Threading.CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => IncidentExporter.Write(Reference, new MemoryStream(), cancellationToken: cancel.Token));
    }

    public static Arbitrary<string[]> Rows() =>
        (from n in Gen.Choose(1, 8)
         from rows in (from id in Gen.Choose(1, 100_000)
                       from day in Gen.Choose(1, 28)
                       from notes in Gen.Elements("", "a, b", "say \"no\"", "two\nlines", " padded ", "كركوك", "\r\n")
                       select AcledRow(("event_id_cnty", $"IRQ{id}"), ("event_date", $"2024-02-{day:00}"), ("notes", notes), ("tags", notes))).ArrayOf(n)
         select rows.DistinctBy(r => r[..r.IndexOf(',', StringComparison.Ordinal)]).ToArray()).ToArbitrary();

    [Property(Arbitrary = [typeof(IncidentExporterTests)], MaxTest = 100)]
    public void A_second_round_trip_writes_the_file_the_first_wrote_and_keeps_the_incidents(string[] rows)
    {
        var first = Import(FileOf([AcledHeader, .. rows])).Cast<ImportedRow>().Select(r => r.Incident).ToList();
        var written = Export(first);

        var second = Import(written).Cast<ImportedRow>().Select(r => r.Incident).ToList();

        Assert.Equal(written, Export(second));
        Assert.Equal(first.Select(i => i with { Origin = null }), second.Select(i => i with { Origin = null }));
        Assert.Equal(first.Select(i => i.Origin!.FieldValue("tags")), second.Select(i => i.Origin!.FieldValue("tags")));
    }

    private static Incident ArticleIncident() => Reference.Incidents[0];

    private static string Export(System.Collections.Generic.IReadOnlyList<Incident> incidents, ExportOptions? options = null)
    {
        var output = new MemoryStream();
        IncidentExporter.WriteIncidents(Reference, incidents, output, options);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
