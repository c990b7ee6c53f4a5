using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Commands.Report;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.GeoJson;
using Coordination.Domain.Interop;
using Coordination.Domain.Parquet;

namespace Coordination.Cli.Commands.Export;

/// <summary><c>coordination export</c>: a catalog (the reference catalog, or a file) as a catalog document, an ACLED export, a UCDP GED file, GeoJSON or Parquet files.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var catalogOption = new Option<string>("--catalog", "-c")
        {
            Description = "The catalog file to export [default: the reference catalog].",
            HelpName = "FILE",
        };
        var formatOption = CommonOptions.Format<ExportFormat>("json: the catalog document; acled: its incidents as an ACLED export; ucdp: as a UCDP GED file; geojson: the catalog on a date as GeoJSON features (RFC 7946); parquet: incidents, casualties, perpetrators and targets as Parquet files in the --output directory, for DuckDB and Spark.");
        var hxlOption = new Option<bool>("--hxl")
        {
            Description = "With acled or ucdp: write an HXL hashtag row under the header (for the Humanitarian Data Exchange).",
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Write to this file (replacing it) instead of standard output; with parquet, the directory to write the files into (required).",
            HelpName = "FILE|DIR",
        };
        var partitionOption = new Option<string>("--partition")
        {
            Description = "With parquet: auto (one partition per year above 100 000 incidents), none (one file per table) or year (hive-style year=YYYY folders) [default: auto].",
            HelpName = "LAYOUT",
        };
        partitionOption.AcceptOnlyFromAmong("auto", "none", "year");
        var overwriteOption = new Option<bool>("--overwrite")
        {
            Description = "With parquet: write into a directory that is not empty, replacing the tables' folders in it (nothing else is touched).",
        };
        var maxBytesOption = CommonOptions.MaxBytes();
        var asOfOption = CommonOptions.AsOf();
        asOfOption.Description = "With geojson: the date of statuses, disputes and coverage; incidents after it are left out [default: today in Asia/Baghdad].";
        var traceOption = GeoOptions.Trace();
        var command = new Command("export", "Write the reference catalog, or a catalog file, as a JSON catalog document (the default), an ACLED export or a UCDP GED file (UTF-8 CSV), as GeoJSON on a date, or as Parquet files for DuckDB and Spark.")
        {
            catalogOption, formatOption, hxlOption, asOfOption, traceOption, partitionOption, overwriteOption, outputOption, maxBytesOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var format = parse.GetValue(formatOption);
            if (format != ExportFormat.Parquet && (parse.GetResult(partitionOption) is not null || parse.GetValue(overwriteOption)))
            {
                console.Error.WriteLine($"{CoordinationApp.Name}: error: --partition and --overwrite go with --format parquet.");
                return ExitCodes.Unusable;
            }

            if (format == ExportFormat.Parquet && parse.GetValue(outputOption) is null)
            {
                console.Error.WriteLine($"{CoordinationApp.Name}: error: --format parquet writes a directory of files; give it with --output DIR.");
                return ExitCodes.Unusable;
            }

            var hxl = parse.GetValue(hxlOption);
            if (hxl && format == ExportFormat.Json)
            {
                console.Error.WriteLine($"{CoordinationApp.Name}: error: --hxl goes with --format acled or ucdp; a catalog document has no HXL row.");
                return ExitCodes.Unusable;
            }

            if (format != ExportFormat.GeoJson && (parse.GetResult(asOfOption) is not null || parse.GetResult(traceOption) is not null))
            {
                console.Error.WriteLine($"{CoordinationApp.Name}: error: --as-of and --trace go with --format geojson; the other formats hold the whole catalog, undated.");
                return ExitCodes.Unusable;
            }

            var catalog = parse.GetValue(catalogOption) is { } file
                ? new CatalogLoader(services.Format).Load(file, parse.GetValue(maxBytesOption)).Catalog
                : services.ReferenceCatalog.Load();
            if (format == ExportFormat.Parquet)
            {
                var options = new ParquetExportOptions
                {
                    Partitioning = parse.GetValue(partitionOption) switch
                    {
                        "none" => ParquetPartitioning.None,
                        "year" => ParquetPartitioning.ByYear,
                        _ => ParquetPartitioning.Auto,
                    },
                    Overwrite = parse.GetValue(overwriteOption),
                };
                await WriteParquetAsync(console, catalog, parse.GetValue(outputOption)!, options, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            Action<Stream> write = format switch
            {
                ExportFormat.Json => stream => services.Format.Write(stream, catalog),
                ExportFormat.GeoJson => GeoJsonWriterFor(catalog, parse.GetValue(traceOption), parse.GetValue(asOfOption) ?? ReportCommand.Today(services.Clock)),
                _ => stream => WriteCsv(stream, catalog, format, hxl),
            };
            if (parse.GetValue(outputOption) is { } path)
            {
                OutputFile.Write(path, write);
            }
            else
            {
                using var buffer = new MemoryStream();
                write(buffer);
                var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
                if (format is ExportFormat.Json or ExportFormat.GeoJson)
                {
                    console.Out.WriteLine(text.TrimEnd());
                }
                else
                {
                    console.Out.Write(text);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteParquetAsync(CliConsole console, CoordinationCatalog catalog, string directory, ParquetExportOptions options, CancellationToken cancellationToken)
    {
        ParquetExportSummary summary;
        try
        {
            summary = await ParquetExport.WriteAsync(catalog, directory, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CatalogFileException(directory, $"cannot be written: {OneLineText.Of(e.Message)}", innerException: e);
        }

        var layout = summary.IsPartitioned ? $"partitioned by year, {summary.Years[0]}–{summary.Years[^1]}" : "one file per table";
        console.Out.WriteLine(FormattableString.Invariant(
            $"{summary.IncidentRows} incidents, {summary.CasualtyRows} casualty rows, {summary.PerpetratorRows} perpetrators, {summary.TargetRows} targets: {summary.Files.Length} Parquet files in {summary.Directory} ({layout})"));
    }

    private static Action<Stream> GeoJsonWriterFor(CoordinationCatalog catalog, string? traceFile, NodaTime.LocalDate date)
    {
        // The trace is read (and refused) before any output file is created.
        var geometry = GeoOptions.GeometryFor(catalog, traceFile);
        return stream => GeoJsonWriter.Write(stream, catalog, geometry, date);
    }

    private static void WriteCsv(Stream stream, CoordinationCatalog catalog, ExportFormat format, bool hxl) =>
        IncidentExporter.Write(catalog, stream, new ExportOptions
        {
            Layout = format == ExportFormat.Acled ? DataLayout.AcledSince2023 : DataLayout.UcdpGed,
            IncludeHxlRow = hxl,
        });
}
