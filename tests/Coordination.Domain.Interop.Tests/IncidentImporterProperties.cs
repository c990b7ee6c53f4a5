using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Coordination.Domain.Interop.Tests.TestFiles;

namespace Coordination.Domain.Interop.Tests;

/// <summary>Read + rejected = data rows, over generated hostile files.</summary>
public sealed class IncidentImporterProperties
{
    private const int MaxField = 64;

    /// <summary>A generated file: its bytes and how many data rows it holds.</summary>
    public sealed record HostileFile(byte[] Bytes, int Rows, string Kinds)
    {
        public override string ToString() => $"{Rows} rows: {Kinds}";
    }

    public static Arbitrary<HostileFile> Files() => HostileFiles().ToArbitrary();

    [Property(Arbitrary = [typeof(IncidentImporterProperties)], MaxTest = 200)]
    public void Imported_plus_rejected_is_the_number_of_data_rows_and_lines_increase(HostileFile file)
    {
        var results = Import(file.Bytes, new ImportOptions { MaxFieldLength = MaxField });

        Assert.Equal(file.Rows, results.Count);
        Assert.Equal(file.Rows, results.OfType<ImportedRow>().Count() + results.OfType<RejectedRow>().Count());
        Assert.True(results.Select(r => r.Line).SequenceEqual(results.Select(r => r.Line).Order().Distinct()), "lines increase");
        Assert.All(results.OfType<RejectedRow>(), r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.All(results.OfType<ImportedRow>(), r => Assert.DoesNotContain(r.Incident.Origin!.Fields, f => f.Value.Contains('\uFDD0') || f.Value.Contains('\0')));
    }

    [Property(Arbitrary = [typeof(IncidentImporterProperties)], MaxTest = 50)]
    public void Reading_asynchronously_gives_the_same_results(HostileFile file)
    {
        var options = new ImportOptions { MaxFieldLength = MaxField };
        var expected = Import(file.Bytes, options).Select(Describe).ToList();

        var actual = Importer(options).ReadAsync(new MemoryStream(file.Bytes)).ToBlockingEnumerable().Select(Describe).ToList();

        Assert.Equal(expected, actual);
    }

    private static string Describe(RowResult result) => result switch
    {
        ImportedRow imported => $"{imported.Line} {imported.Incident.Id}",
        RejectedRow rejected => $"{rejected.Line} {rejected.Column} {rejected.Reason} {rejected.Text}",
        _ => "?",
    };

    private static Gen<HostileFile> HostileFiles() =>
        from bom in Gen.Elements(false, true)
        from rows in Gen.Choose(0, 12).SelectMany(n => Row().ArrayOf(n))
        from blanks in Gen.Choose(0, 3).SelectMany(n => Gen.Choose(0, 12).ArrayOf(n))
        from unbalancedLast in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from crlf in Gen.Elements(false, true)
        select Assemble(bom, rows, blanks, unbalancedLast, crlf);

    private static HostileFile Assemble(bool bom, (string Kind, byte[] Bytes)[] rows, int[] blanks, bool unbalancedLast, bool crlf)
    {
        var newline = Encoding.UTF8.GetBytes(crlf ? "\r\n" : "\n");
        var bytes = new List<byte>();
        if (bom)
        {
            bytes.AddRange([0xEF, 0xBB, 0xBF]);
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(AcledHeader));
        bytes.AddRange(newline);
        var kinds = new List<string>();
        for (var i = 0; i < rows.Length; i++)
        {
            foreach (var _ in blanks.Where(b => b == i))
            {
                bytes.AddRange(newline);
            }

            bytes.AddRange(rows[i].Bytes);
            bytes.AddRange(newline);
            kinds.Add(rows[i].Kind);
        }

        var count = rows.Length;
        if (unbalancedLast)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(AcledEvent("IRQ999").Replace("Daquq", "\"Daquq", StringComparison.Ordinal)));
            bytes.AddRange(newline);
            bytes.AddRange(Encoding.UTF8.GetBytes(AcledEvent("IRQ1000")));
            kinds.Add("unbalanced quote swallowing the last row");
            count++;
        }

        return new HostileFile([.. bytes], count, string.Join(", ", kinds));
    }

    private static Gen<(string Kind, byte[] Bytes)> Row() =>
        from kind in Gen.Choose(0, 9)
        from id in Gen.Frequency((3, Gen.Choose(1, 40).Select(n => $"IRQ{n}")), (1, Gen.Constant(string.Empty)))
        from day in Gen.Choose(1, 31)
        from place in Gen.Elements("Daquq", "Tuz Khurmatu", "كركوك", "Şalāḩ ad Dīn", "a, b", "say \"no\"", "two\nlines")
        from cut in Gen.Choose(1, 30)
        select Make(kind, id, $"2024-01-{day:00}", place, cut);

    private static (string Kind, byte[] Bytes) Make(int kind, string id, string date, string place, int cut)
    {
        var row = AcledRow(("event_id_cnty", id), ("event_date", date), ("location", place));
        var utf8 = Encoding.UTF8.GetBytes(row);
        return kind switch
        {
            0 or 1 or 2 => ("valid", utf8),
            3 => ("truncated", Encoding.UTF8.GetBytes(row[..Math.Min(cut, row.IndexOf(",,", StringComparison.Ordinal) + 1)])),
            4 => ("extra field", Encoding.UTF8.GetBytes(row + ",surplus")),
            5 => ("bad byte", [.. utf8[..2], 0xC3, 0x28, .. utf8[2..]]),
            6 => ("NUL", Encoding.UTF8.GetBytes(row.Replace("2024", "20\024", StringComparison.Ordinal))),
            7 => ("long field", Encoding.UTF8.GetBytes(AcledRow(("event_id_cnty", id), ("event_date", date), ("notes", new string('n', MaxField + cut))))),
            8 => ("empty fields", Encoding.UTF8.GetBytes(new string(',', 30))),
            _ => ("bad date", Encoding.UTF8.GetBytes(AcledRow(("event_id_cnty", id), ("event_date", "0025-13-" + date[^2..]), ("location", place)))),
        };
    }
}
