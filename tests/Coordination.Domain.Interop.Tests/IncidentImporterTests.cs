using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Xunit;
using static Coordination.Domain.Interop.Tests.TestFiles;

namespace Coordination.Domain.Interop.Tests;

public sealed class IncidentImporterTests
{
    [Fact]
    public void Each_data_row_yields_one_result_in_order_with_its_line()
    {
        var results = Import(FileOf(AcledHeader, AcledEvent("IRQ1"), AcledEvent("IRQ2"), AcledEvent("IRQ3")));

        Assert.Equal([2L, 3L, 4L], results.Select(r => r.Line));
        Assert.Equal(["acled-irq1", "acled-irq2", "acled-irq3"], results.Cast<ImportedRow>().Select(r => r.Incident.Id.Value));
    }

    [Fact]
    public void The_origin_keeps_every_column_in_the_file_s_order_with_values_as_read()
    {
        var row = AcledRow(("event_id_cnty", "IRQ7"), ("event_date", "2024-03-05"), ("notes", " two, \"quoted\"\nlines "), ("timestamp", "1700000000"));

        var imported = Assert.IsType<ImportedRow>(Assert.Single(Import(FileOf(AcledHeader, row))));

        var origin = imported.Incident.Origin!;
        Assert.Equal("ACLED", origin.DataSet);
        Assert.Equal("IRQ7", origin.EventId);
        Assert.False(origin.IsEventIdDerived);
        Assert.Equal(DataLayouts.ColumnsOf(DataLayout.AcledSince2023), origin.Fields.Select(f => f.Column));
        Assert.Equal(" two, \"quoted\"\nlines ", origin.FieldValue("notes"));
        Assert.Equal(NodaTime.Instant.FromUnixTimeSeconds(1_700_000_000), origin.UpdatedAt);
    }

    [Fact]
    public void A_quoted_field_over_several_lines_is_one_row_and_the_next_row_has_its_own_line()
    {
        var results = Import(FileOf(AcledHeader, AcledRow(("event_id_cnty", "IRQ1"), ("event_date", "2024-03-05"), ("notes", "a\nb\nc")), AcledEvent("IRQ2")));

        Assert.Equal([2L, 5L], results.Select(r => r.Line));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column()
    {
        var results = Importer().Read(Utf8(FileOf(AcledHeader, AcledEvent("IRQ1")), bom: true), TestContext.Current.CancellationToken).ToList();

        var imported = Assert.IsType<ImportedRow>(Assert.Single(results));
        Assert.Equal("event_id_cnty", imported.Row.Header.Columns[0]);
        Assert.Equal("acled-irq1", imported.Incident.Id.Value);
    }

    [Fact]
    public void A_row_holding_an_invalid_UTF_8_byte_is_rejected_never_replaced_and_the_rows_around_it_read()
    {
        var bytes = Encoding.UTF8.GetBytes(FileOf(AcledHeader, AcledEvent("IRQ1"), AcledEvent("IRQ2", location: "Kirkuk@"), AcledEvent("IRQ3"))).ToArray();
        var at = Array.IndexOf(bytes, (byte)'@');
        bytes[at] = 0xFF;

        var results = Import(bytes);

        Assert.Equal(3, results.Count);
        var rejected = Assert.IsType<RejectedRow>(results[1]);
        Assert.Equal(3, rejected.Line);
        Assert.Contains("not valid UTF-8", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("reported, never replaced", rejected.Reason, StringComparison.Ordinal);
        Assert.IsType<ImportedRow>(results[0]);
        Assert.IsType<ImportedRow>(results[2]);
        Assert.DoesNotContain(results.OfType<ImportedRow>(), r => r.Incident.Origin!.Fields.Any(f => f.Value.Contains('\uFFFD') || f.Value.Contains('\uFDD0')));
    }

    [Fact]
    public void An_explicit_encoding_reads_a_file_in_that_encoding()
    {
        var latin1 = Encoding.Latin1;
        var bytes = latin1.GetBytes(FileOf(AcledHeader, AcledEvent("IRQ1", location: "Şalāḩ"[0..0] + "Qaraçoq")));

        var imported = Assert.IsType<ImportedRow>(Assert.Single(Import(bytes, new ImportOptions { Encoding = latin1 })));

        Assert.Equal("Qaraçoq", imported.Incident.Location.PlaceName);
        Assert.IsType<RejectedRow>(Assert.Single(Import(bytes))); // the same bytes are not UTF-8
    }

    [Fact]
    public void An_HXL_row_under_the_header_is_kept_as_tags_and_is_not_a_data_row()
    {
        var tags = string.Join(",", DataLayouts.ColumnsOf(DataLayout.AcledSince2023).Select((c, i) => i % 3 == 0 ? "" : $"#x_{i} +code"));

        var results = Import(FileOf(AcledHeader, tags, AcledEvent("IRQ1")));

        var imported = Assert.IsType<ImportedRow>(Assert.Single(results));
        Assert.Equal(3, imported.Line);
        Assert.Equal("#x_1 +code", imported.Row.Header.HxlTags[1]);
        Assert.Equal("", imported.Row.Header.HxlTags[0]);
    }

    [Theory]
    [InlineData("#date,#adm1,text,,", true)] // two of three non-empty cells
    [InlineData("#date,text,text,,", false)] // one of three
    [InlineData("#date,text", true)] // half
    [InlineData(",,,", false)]
    [InlineData("#1,#", false)]
    [InlineData("#adm1 +name +ar,#geo+lat", true)]
    [InlineData("#adm1+,#geo++lat", false)]
    public void A_row_is_an_HXL_row_when_at_least_half_of_its_non_empty_cells_are_hashtags(string row, bool expected) =>
        Assert.Equal(expected, HxlRow.IsHashtagRow(row.Split(',')));

    [Fact]
    public void Blank_lines_are_not_rows_but_a_row_of_empty_fields_is()
    {
        var empty = new string(',', DataLayouts.ColumnsOf(DataLayout.AcledSince2023).Length - 1);

        var results = Import("\n" + FileOf(AcledHeader, "", AcledEvent("IRQ1"), "", "", empty, AcledEvent("IRQ2")));

        Assert.Equal([4L, 7L, 8L], results.Select(r => r.Line));
        Assert.Equal("event_date", Assert.IsType<RejectedRow>(results[1]).Column);
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        var error = Assert.Throws<InteropFormatException>(() => Import(""));

        Assert.Contains("no header", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void A_header_only_file_has_no_rows() => Assert.Empty(Import(FileOf(AcledHeader)));

    [Fact]
    public void A_header_of_neither_data_set_is_an_error_naming_its_line()
    {
        var error = Assert.Throws<InteropFormatException>(() => Import(FileOf("", "name,date,place", "a,b,c")));

        Assert.Equal(2, error.Line);
        Assert.Contains("Line 2: the header is neither ACLED's", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_delimiter_is_named_in_the_error()
    {
        var error = Assert.Throws<InteropFormatException>(() => Import(FileOf(AcledHeader.Replace(',', ';'), AcledEvent("IRQ1").Replace(',', ';'))));

        Assert.Contains("holds ';'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_layout_skips_detection()
    {
        var results = Import(FileOf("event_id_cnty,event_date,location", "IRQ1,2024-03-05,Daquq"), new ImportOptions { Layout = DataLayout.AcledSubset });

        Assert.Equal("acled-irq1", Assert.IsType<ImportedRow>(Assert.Single(results)).Incident.Id.Value);
        Assert.Throws<InteropFormatException>(() => Import(FileOf("event_id_cnty,location", "IRQ1,Daquq")));
    }

    [Fact]
    public void A_binary_file_is_an_error_not_a_crash()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var error = Assert.Throws<InteropFormatException>(() => Import(bytes));

        Assert.Contains("the header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_row_is_rejected_with_its_field_count()
    {
        var truncated = AcledEvent("IRQ2")[..20];

        var results = Import(AcledHeader + "\n" + AcledEvent("IRQ1") + "\n" + truncated);

        var rejected = Assert.IsType<RejectedRow>(results[1]);
        Assert.Contains("where the header has 31: a truncated row", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(truncated, rejected.Text);
        Assert.NotNull(rejected.Row);
    }

    [Fact]
    public void Extra_fields_are_rejected_unless_empty()
    {
        var results = Import(FileOf(AcledHeader, AcledEvent("IRQ1") + ",surplus", AcledEvent("IRQ2") + ",,"));

        var rejected = Assert.IsType<RejectedRow>(results[0]);
        Assert.Equal("surplus", rejected.Value);
        Assert.Contains("field 32, beyond the header", rejected.Reason, StringComparison.Ordinal);
        Assert.IsType<ImportedRow>(results[1]);
    }

    [Fact]
    public void An_unbalanced_quote_is_one_rejected_row_naming_the_lines_it_swallowed()
    {
        var results = Import(FileOf(AcledHeader, AcledEvent("IRQ1"), AcledEvent("IRQ2").Replace("Daquq", "\"Daquq", StringComparison.Ordinal), AcledEvent("IRQ3"), AcledEvent("IRQ4")));

        Assert.Equal(2, results.Count);
        var rejected = Assert.IsType<RejectedRow>(results[1]);
        Assert.Equal(3, rejected.Line);
        Assert.Contains("lines 3 to 5 were read as one row", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_10_MB_field_rejects_its_row_over_MaxFieldLength_and_the_next_row_reads()
    {
        var huge = AcledEvent("IRQ2", location: new string('x', 10 * 1024 * 1024));

        var results = Import(FileOf(AcledHeader, AcledEvent("IRQ1"), huge, AcledEvent("IRQ3")));

        var rejected = Assert.IsType<RejectedRow>(results[1]);
        Assert.Equal("location", rejected.Column);
        Assert.Contains("the longest accepted is 1048576", rejected.Reason, StringComparison.Ordinal);
        Assert.IsType<ImportedRow>(results[2]);
    }

    [Fact]
    public void A_NUL_in_a_row_rejects_it()
    {
        var results = Import(FileOf(AcledHeader, AcledEvent("IRQ1", location: "a\0b")));

        Assert.Contains("NUL", Assert.IsType<RejectedRow>(Assert.Single(results)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_an_event_id_gets_a_derived_id_stable_across_column_order_and_case()
    {
        var file = FileOf("event_date,location,notes", "2024-03-05,Daquq,an IED");
        var reordered = FileOf("NOTES,Event_Date,LOCATION", "an IED,2024-03-05,Daquq");
        var options = new ImportOptions { Layout = DataLayout.AcledSubset };

        var first = Assert.IsType<ImportedRow>(Assert.Single(Import(file, options))).Incident;
        var second = Assert.IsType<ImportedRow>(Assert.Single(Import(reordered, options))).Incident;

        Assert.Matches("^acled-derived-[0-9a-f]{16}$", first.Id.Value);
        Assert.True(first.Origin!.IsEventIdDerived);
        Assert.Equal(first.Id.Value, "acled-derived-" + first.Origin.EventId);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void Two_rows_that_derive_the_same_id_are_reported_not_merged()
    {
        var results = Import(FileOf("event_date,location,event_type", "2024-03-05,Daquq,Battles", "2024-03-06,Daquq,Battles", "2024-03-05,Daquq,Battles"), new ImportOptions { Layout = DataLayout.AcledSubset });

        Assert.Equal(3, results.Count);
        var rejected = Assert.IsType<RejectedRow>(results[2]);
        Assert.Contains("as the row on line 2", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("2024-03-05,Daquq,Battles", rejected.Text);
    }

    [Fact]
    public void Rows_with_the_same_event_id_are_both_imported_for_the_living_data_set_to_upsert()
    {
        var results = Import(FileOf(AcledHeader, AcledEvent("IRQ1"), AcledEvent("IRQ1", date: "2024-03-06")));

        Assert.All(results, r => Assert.IsType<ImportedRow>(r));
    }

    [Fact]
    public void A_mapper_s_rejection_carries_the_column_value_and_the_row_s_text_as_read()
    {
        var row = AcledRow(("event_id_cnty", "IRQ1"), ("event_date", "05/03/2024"), ("notes", "\"quoted\""));

        var rejected = Assert.IsType<RejectedRow>(Assert.Single(Import(FileOf(AcledHeader, row))));

        Assert.Equal("event_date", rejected.Column);
        Assert.Equal("05/03/2024", rejected.Value);
        Assert.Equal(row, rejected.Text);
        Assert.Equal(2, rejected.Line);
    }

    [Fact]
    public void New_actors_and_the_data_set_s_source_are_recorded_once()
    {
        var importer = Importer(new ImportOptions { Release = "2025-06-13" });
        var file = FileOf(AcledHeader, AcledRow(("event_id_cnty", "IRQ1"), ("event_date", "2024-03-05"), ("actor1", "Unidentified Armed Group (Iraq)")), AcledRow(("event_id_cnty", "IRQ2"), ("event_date", "2024-03-05"), ("actor1", "unidentified armed group (iraq) ")));

        var results = importer.Read(Utf8(file), TestContext.Current.CancellationToken).Cast<ImportedRow>().ToList();

        var actor = Assert.Single(importer.Records.Actors);
        Assert.Equal("acled-unidentified-armed-group-iraq", actor.Id.Value);
        Assert.All(results, r => Assert.Equal(actor.Id, r.Incident.Perpetrators[0].Actor));
        var source = Assert.Single(importer.Records.Sources);
        Assert.Equal("acled-2025-06-13", source.Id.Value);
        Assert.Equal("2025-06-13", results[0].Incident.Origin!.Release);
    }

    [Fact]
    public void An_actor_named_as_the_catalog_names_it_resolves_to_the_catalog_s_actor()
    {
        var importer = Importer();
        var isis = Reference.ReferenceCatalog.Load().Actors.First(a => a.Id.Value == "isis");
        var file = FileOf(AcledHeader, AcledRow(("event_id_cnty", "IRQ1"), ("event_date", "2024-03-05"), ("actor1", isis.Names.Primary.Text.ToUpperInvariant())));

        var imported = Assert.IsType<ImportedRow>(Assert.Single(importer.Read(Utf8(file), TestContext.Current.CancellationToken)));

        Assert.Equal(isis.Id, imported.Incident.Perpetrators[0].Actor);
        Assert.Empty(importer.Records.Actors);
    }

    [Fact]
    public void An_imported_catalog_validates()
    {
        var importer = Importer();
        var file = FileOf(AcledHeader, AcledRow(("event_id_cnty", "IRQ1"), ("event_date", "2024-03-05"), ("actor1", "Militia (Pro-Government)")), AcledEvent("IRQ2"));
        var incidents = importer.Read(Utf8(file), TestContext.Current.CancellationToken).Cast<ImportedRow>().Select(r => r.Incident).ToList();
        var builder = Reference.ReferenceCatalog.Load().ToBuilder();
        foreach (var record in importer.Records.Actors) builder.Set(record);
        foreach (var record in importer.Records.Sources) builder.Set(record);
        foreach (var record in incidents) builder.Set(record);

        var result = builder.ToCatalog().Validate();

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Take(5)));
    }

    [Fact]
    public void Reading_stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var results = Importer().Read(Utf8(FileOf(AcledHeader, AcledEvent("IRQ1"), AcledEvent("IRQ2"))), cancel.Token);

        using var rows = results.GetEnumerator();
        Assert.True(rows.MoveNext());
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => rows.MoveNext());
    }

    [Fact]
    public async Task Reading_asynchronously_gives_the_same_results()
    {
        var text = FileOf(AcledHeader, AcledEvent("IRQ1"), AcledEvent("IRQ2", date: "bad"), AcledEvent("IRQ3").Replace("Daquq", "\"x", StringComparison.Ordinal));
        var expected = Import(text);

        var actual = new System.Collections.Generic.List<RowResult>();
        await foreach (var result in Importer().ReadAsync(Utf8(text), TestContext.Current.CancellationToken))
        {
            actual.Add(result);
        }

        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public void Arguments_are_checked_when_called_not_when_enumerated()
    {
        Assert.Throws<ArgumentNullException>(() => new IncidentImporter().Read(null!, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>(() => new IncidentImporter().ReadAsync(null!, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IncidentImporter(new ImportOptions { MaxFieldLength = 0 }));
    }

    [Fact]
    public void The_stream_is_not_closed()
    {
        var stream = Utf8(FileOf(AcledHeader, AcledEvent("IRQ1")));

        _ = Importer().Read(stream, TestContext.Current.CancellationToken).ToList();

        Assert.True(stream.CanRead);
    }

    private static string Describe(RowResult result) => result switch
    {
        ImportedRow imported => $"{imported.Line} {imported.Incident.Id}",
        RejectedRow rejected => $"{rejected.Line} {rejected.Column} {rejected.Reason}",
        _ => "?",
    };
}
