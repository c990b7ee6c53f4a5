using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Coordination.Domain.Interop;
using nietras.SeparatedValues;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Importing ACLED-layout rows (<see cref="SyntheticAcledStream"/>) with <see cref="IncidentImporter"/>, beside
/// baselines of Sep reading the same bytes with no mapping: parsing alone (each field's span touched) and parsing with
/// every field made a string, as the importer must. The aim: the import at most 2× the baseline. Run with
/// <c>--filter '*AcledImport*' --job short</c>; <c>--import-memory</c> measures the peak heap of the import (and its time)
/// at 10 000 and 1 000 000 rows. The cost grows linearly with the rows, so 200 000 rows give the ratios of a million.
/// Setup checks that the import takes every row of the file, each as its own incident.
/// </summary>
[MemoryDiagnoser]
public class AcledImportBenchmarks
{
    private byte[] file = [];

    [Params(200_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        file = SyntheticAcledStream.Bytes(Rows);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in new IncidentImporter().Read(new MemoryStream(file)))
        {
            if (result is not ImportedRow imported || !ids.Add(imported.Incident.Id.Value))
            {
                throw new InvalidOperationException($"Line {result.Line} of the synthetic file was not imported as an incident of its own: the benchmark would not measure a whole import.");
            }
        }

        if (ids.Count != Rows)
        {
            throw new InvalidOperationException($"The synthetic file of {Rows} rows imported {ids.Count} incidents.");
        }
    }

    [Benchmark(Baseline = true)]
    public long Sep_parse_only()
    {
        using var text = new StreamReader(new MemoryStream(file), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var reader = new SepReaderOptions(new Sep(',')) { HasHeader = true, Unescape = true }.From(text);
        long length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }
        }

        return length;
    }

    [Benchmark]
    public long Sep_fields_as_strings()
    {
        using var text = new StreamReader(new MemoryStream(file), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var reader = new SepReaderOptions(new Sep(',')) { HasHeader = true, Unescape = true }.From(text);
        long length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].ToString().Length;
            }
        }

        return length;
    }

    [Benchmark]
    public int Import()
    {
        var imported = 0;
        foreach (var result in new IncidentImporter().Read(new MemoryStream(file)))
        {
            imported += result is ImportedRow ? 1 : 0;
        }

        return imported;
    }
}
