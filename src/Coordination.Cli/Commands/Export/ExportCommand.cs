using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Commands.Report;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.GeoJson;
using Coordination.Domain.Interop;

namespace Coordination.Cli.Commands.Export;

/// <summary><c>coordination export</c>: a catalog (the reference catalog, or a file) as a catalog document, an ACLED export, a UCDP GED file or GeoJSON.</summary>
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
        var formatOption = CommonOptions.Format<ExportFormat>("json: the catalog document; acled: its incidents as an ACLED export; ucdp: as a UCDP GED file; geojson: the catalog on a date as GeoJSON features (RFC 7946).");
        var hxlOption = new Option<bool>("--hxl")
        {
            Description = "With acled or ucdp: write an HXL hashtag row under the header (for the Humanitarian Data Exchange).",
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Write to this file (replacing it) instead of standard output.",
            HelpName = "FILE",
        };
        var maxBytesOption = CommonOptions.MaxBytes();
        var asOfOption = CommonOptions.AsOf();
        asOfOption.Description = "With geojson: the date of statuses, disputes and coverage; incidents after it are left out [default: today in Asia/Baghdad].";
        var traceOption = GeoOptions.Trace();
        var command = new Command("export", "Write the reference catalog, or a catalog file, as a JSON catalog document (the default), an ACLED export or a UCDP GED file (UTF-8 CSV), or as GeoJSON on a date.")
        {
            catalogOption, formatOption, hxlOption, asOfOption, traceOption, outputOption, maxBytesOption,
        };
        command.SetAction(parse =>
        {
            var format = parse.GetValue(formatOption);
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
