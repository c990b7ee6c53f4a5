using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Catalog;
using Coordination.Domain.Reference;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Cli.Tests.Catalogs;

/// <summary>The catalog-format abstraction, exercised with the JSON format and with a format that reads a record at a time.</summary>
public class CatalogFormatTests
{
    private static readonly CoordinationJsonFormat Json = new();

    private static ReadOnlyMemory<byte> Document(CoordinationCatalog catalog)
    {
        using var stream = new MemoryStream();
        Json.Write(stream, catalog);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("{}", true)]
    [InlineData(" \r\n\t{\"schemaVersion\": 1}", true)]
    [InlineData("[]", false)]
    [InlineData("id,kind,date\n", false)]
    [InlineData("", false)]
    public void The_json_format_recognizes_a_document_that_begins_as_an_object(string content, bool recognized)
    {
        Assert.Equal(recognized, Json.Recognizes(Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void The_json_format_reads_a_document_in_one_reading_holding_every_record()
    {
        var reference = ReferenceCatalog.Load();

        var reading = Assert.Single(Json.Read(Document(reference)));

        Assert.Null(reading.Problem);
        Assert.Equal(reference, reading.Records);
    }

    [Fact]
    public void The_json_format_places_a_path_at_its_line_and_column()
    {
        var content = Encoding.UTF8.GetBytes("{\n  \"incidents\": [\n    {\"id\": \"a\"}\n  ]\n}");

        var positions = Json.Locate(content, ["$.incidents[0].id", "$.incidents[0].nowhere"]);

        Assert.Equal([new TextPosition(3, 12), new TextPosition(3, 5)], positions); // a member not there is placed at the nearest value that is
    }

    [Fact]
    public void The_loader_reads_a_json_file_with_the_json_format_and_keeps_it_to_place_problems()
    {
        using var temp = new TempDirectory();
        var reference = ReferenceCatalog.Load();
        var file = temp.Write("reference.json", Encoding.UTF8.GetString(Document(reference).Span));

        var loaded = new CatalogLoader(Json).Load(file, 1_000_000);

        Assert.Equal(reference, loaded.Catalog);
        Assert.Same(Json, loaded.Format);
        Assert.NotNull(loaded.Locate(["$.incidents[0].id"])[0]);
    }

    [Fact]
    public void The_loader_selects_the_format_that_recognizes_the_content_and_else_the_first()
    {
        using var temp = new TempDirectory();
        var rows = new RowPerIncident();
        var csv = temp.Write("incidents.csv", "incident\na\nb\nc\n");
        var json = temp.Write("catalog.json", Encoding.UTF8.GetString(Document(CoordinationCatalog.Empty).Span));
        var neither = temp.Write("neither.txt", "[]");

        var loader = new CatalogLoader(Json, rows);

        Assert.Same(rows, loader.Load(csv, 1000).Format);
        Assert.Same(Json, loader.Load(json, 1000).Format);
        Assert.Equal(["json", "rows"], loader.FormatNames);
        Assert.Contains("could not be converted to Coordination.Domain.Serialization.CoordinationCatalogDocument", Assert.Throws<CatalogFileException>(() => loader.Load(neither, 1000)).OneLine, StringComparison.Ordinal); // read by the first format, whose message says what is wrong
    }

    [Fact]
    public void The_loader_reads_the_format_named_whatever_the_content()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("incidents.txt", "{}");

        var e = Assert.Throws<CatalogFileException>(() => new CatalogLoader(Json, new RowPerIncident()).Load(file, 1000, "rows"));

        Assert.Equal($"{file}:1:1: '{{}}' is not a row header", e.OneLine);
    }

    [Fact]
    public void An_unknown_format_name_is_refused_with_the_names_it_could_be()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("c.json", "{}");

        var e = Assert.Throws<CatalogFileException>(() => new CatalogLoader(Json).Load(file, 1000, "xml"));

        Assert.Equal($"{file}: cannot be read as 'xml'; the formats are json", e.OneLine);
    }

    [Fact]
    public void Records_read_a_few_at_a_time_are_put_together_in_file_order()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("incidents.csv", "incident\nc\na\nb\n");

        var loaded = new CatalogLoader(Json, new RowPerIncident()).Load(file, 1000);

        Assert.Equal(["c", "a", "b"], loaded.Catalog.Incidents.Select(i => i.Id.Value));
    }

    [Fact]
    public void A_problem_a_format_yields_ends_the_reading_at_its_position()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("incidents.csv", "incident\na\nNOT AN ID\nb\n");

        var e = Assert.Throws<CatalogFileException>(() => new CatalogLoader(Json, new RowPerIncident()).Load(file, 1000));

        Assert.Equal($"{file}:3:1: 'NOT AN ID' is not a row of an incident identifier (at $.incidents[1])", e.OneLine);
    }

    /// <summary>A format of one incident identifier a line after a header line <c>incident</c>, read one record at a time, as a CSV import would.</summary>
    private sealed class RowPerIncident : ICatalogFormat
    {
        public string Name => "rows";

        public bool Recognizes(ReadOnlySpan<byte> content) => content.StartsWith("incident\n"u8);

        public IEnumerable<CatalogReading> Read(ReadOnlyMemory<byte> content)
        {
            var lines = Encoding.UTF8.GetString(content.Span).Split('\n');
            if (lines[0] != "incident")
            {
                yield return CatalogReading.Fault(new CatalogReadProblem($"'{lines[0]}' is not a row header", new TextPosition(1, 1)));
                yield break;
            }

            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                if (!Domain.Identifiers.IncidentId.TryParse(lines[i], out var id))
                {
                    yield return CatalogReading.Fault(new CatalogReadProblem($"'{lines[i]}' is not a row of an incident identifier", new TextPosition(i + 1, 1), $"$.incidents[{i - 1}]"));
                    yield break;
                }

                yield return CatalogReading.Of(new CoordinationCatalog
                {
                    Incidents = [new() { Id = id, Kind = Domain.Incidents.IncidentKind.ArmedClash, Date = Domain.Temporal.ReportedDate.InYear(2021), Location = new() { Precision = Domain.Geography.LocationPrecision.Region } }],
                });
            }
        }

        public ImmutableArray<TextPosition?> Locate(ReadOnlyMemory<byte> content, IReadOnlyList<string> paths) => [.. paths.Select(_ => (TextPosition?)null)];

        public void Write(Stream output, CoordinationCatalog catalog) => throw new NotSupportedException();

        public string GetSchema() => throw new NotSupportedException();
    }
}
