using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Commands.Report;
using Coordination.Cli.Commands.Validate;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.Analysis;
using Spectre.Console;

namespace Coordination.Cli.Commands.Gaps;

/// <summary><c>coordination gaps</c>: the covered and open stretches of each line, and the incidents in the gaps.</summary>
internal static class GapsCommand
{
    private static readonly GapsJsonContext Json = new(new JsonSerializerOptions(GapsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var catalogOption = new Option<string>("--catalog", "-c")
        {
            Description = "Analyse this catalog file instead of the reference catalog.",
            HelpName = "FILE",
        };
        var asOfOption = CommonOptions.AsOf();
        asOfOption.Description = "The date of the coverage; every incident up to it counts, as yyyy-MM-dd [default: today in Asia/Baghdad].";
        var fromOptionNamed = new Option<NodaTime.LocalDate?>("--from") { Description = "With --to: count only the incidents from this date, as yyyy-MM-dd.", HelpName = "DATE", CustomParser = asOfOption.CustomParser };
        var toOptionNamed = new Option<NodaTime.LocalDate?>("--to") { Description = "With --from: the last date of the period, and the date of the coverage, as yyyy-MM-dd.", HelpName = "DATE", CustomParser = asOfOption.CustomParser };
        var bufferOption = new Option<double>("--buffer-km")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"How far either side of the line an incident counts as in the gap, in km (0 to 1000)."),
            HelpName = "N",
            DefaultValueFactory = _ => GapOptions.DefaultBufferKm,
        };
        bufferOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var km && !(km >= 0 && km <= 1000))
            {
                result.AddError("--buffer-km must be a distance from 0 to 1000.");
            }
        });
        var formatOption = CommonOptions.Format<GapsFormat>("text: tables on a terminal, plain text when redirected; table: always tables; markdown; json.");
        var maxBytesOption = CommonOptions.MaxBytes();
        var traceOption = GeoOptions.Trace();

        var command = new Command("gaps", "Show which stretches of each coordination line an operational mechanism covered on a date and which lay open, the incidents within the buffer of the line placed on their stretches (covered or open on their own dates), and the incidents on each mechanism's stretches before and after it began work.")
        {
            catalogOption, asOfOption, fromOptionNamed, toOptionNamed, bufferOption, formatOption, maxBytesOption, traceOption,
        };
        command.Validators.Add(result =>
        {
            var asOf = result.GetResult(asOfOption) is { Implicit: false };
            var from = result.GetResult(fromOptionNamed) is { Implicit: false };
            var to = result.GetResult(toOptionNamed) is { Implicit: false };
            if (asOf && (from || to))
            {
                result.AddError("Give either --as-of DATE or --from DATE --to DATE, not both.");
            }
            else if (from != to)
            {
                result.AddError("--from and --to go together: give both.");
            }
            else if (from && result.GetValue(fromOptionNamed) is { } first && result.GetValue(toOptionNamed) is { } last && first > last)
            {
                result.AddError("--from must not be after --to.");
            }
        });
        command.SetAction(parse =>
        {
            var file = parse.GetValue(catalogOption);
            var (catalog, name) = file is null
                ? (services.ReferenceCatalog.Load(), services.ReferenceCatalog.Name)
                : (AnalysedCatalog.Load(services, console, file, parse.GetValue(maxBytesOption), "analysis"), file);
            var options = new GapOptions { BufferKm = parse.GetValue(bufferOption) };
            var geometry = GeoOptions.GeometryFor(catalog, parse.GetValue(traceOption));
            var report = parse.GetValue(fromOptionNamed) is { } from && parse.GetValue(toOptionNamed) is { } to
                ? catalog.GapsBetween(geometry, from, to, options)
                : catalog.GapsOn(geometry, parse.GetValue(asOfOption) ?? ReportCommand.Today(services.Clock), options);
            Write(GapsProjection.Project(report, catalog, name), parse.GetValue(formatOption), console);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(GapsView view, GapsFormat format, CliConsole console)
    {
        switch (format)
        {
            case GapsFormat.Json:
                console.Out.WriteLine(JsonSerializer.Serialize(view, Json.GapsView));
                break;
            case GapsFormat.Markdown:
                GapsMarkdownWriter.Write(view, console.Out);
                break;
            case GapsFormat.Text when console.IsOutputRedirected:
                GapsTextWriter.Write(view, console.Out);
                break;
            default:
                GapsTableWriter.Write(view, AnalysedCatalog.Terminal(console));
                break;
        }
    }
}
