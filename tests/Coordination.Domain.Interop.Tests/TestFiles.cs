using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Coordination.Domain.Interop.Tests;

/// <summary>Small files in the data sets' shapes, and an importer that maps them with <see cref="FileMapper"/>.</summary>
internal static class TestFiles
{
    internal static readonly string AcledHeader = string.Join(",", DataLayouts.ColumnsOf(DataLayout.AcledSince2023));

    /// <summary>An ACLED (2023) row: every column empty but those given.</summary>
    internal static string AcledRow(params (string Column, string Value)[] values)
    {
        var byName = values.ToDictionary(v => v.Column, v => v.Value);
        return ImportContext.CsvText([.. DataLayouts.ColumnsOf(DataLayout.AcledSince2023).Select(c => byName.GetValueOrDefault(c, string.Empty))]);
    }

    /// <summary>A valid ACLED row of event <paramref name="id"/>.</summary>
    internal static string AcledEvent(string id, string date = "2024-03-05", string location = "Daquq") =>
        AcledRow(("event_id_cnty", id), ("event_date", date), ("location", location), ("sub_event_type", "Armed clash"), ("timestamp", "1700000000"));

    /// <summary>A file of lines ending with line feeds.</summary>
    internal static string FileOf(params string[] lines) => string.Join("\n", lines) + "\n";

    internal static MemoryStream Utf8(string text, bool bom = false) =>
        new([.. (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []), .. Encoding.UTF8.GetBytes(text)]);

    internal static IncidentImporter Importer(ImportOptions? options = null) => new(options, _ => new FileMapper());

    internal static List<RowResult> Import(string text, ImportOptions? options = null) => [.. Importer(options).Read(Utf8(text))];

    internal static List<RowResult> Import(byte[] bytes, ImportOptions? options = null) => [.. Importer(options).Read(new MemoryStream(bytes))];
}
