using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Commands.Report;
using Coordination.Cli.Commands.Validate;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo;
using Coordination.Domain.Geo.Maps;

namespace Coordination.Cli.Commands.Map;

/// <summary><c>coordination map</c>: the situation on a date as an SVG map (<see cref="SituationMap"/>).</summary>
internal static class MapCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var catalogOption = new Option<string>("--catalog", "-c")
        {
            Description = "Map this catalog file instead of the reference catalog.",
            HelpName = "FILE",
        };
        var asOfOption = CommonOptions.AsOf();
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Write the SVG to this file (replacing it) instead of standard output.",
            HelpName = "FILE.svg",
        };
        var widthOption = new Option<int>("--width")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"The picture's width in pixels ({SituationMapOptions.MinimumWidth} to {SituationMapOptions.MaximumWidth}); the height follows from the map."),
            HelpName = "PIXELS",
            DefaultValueFactory = _ => SituationMapOptions.Default.Width,
        };
        widthOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < SituationMapOptions.MinimumWidth or > SituationMapOptions.MaximumWidth)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--width must be between {SituationMapOptions.MinimumWidth} and {SituationMapOptions.MaximumWidth}."));
            }
        });
        var maxBytesOption = CommonOptions.MaxBytes();
        var traceOption = GeoOptions.Trace();
        var command = new Command("map", "Draw the situation on a date as an SVG map: governorates, disputed territories, each coordination line covered or open, mechanisms by status, incidents sized by killed, a legend, the date and the sources.")
        {
            catalogOption, asOfOption, outputOption, widthOption, traceOption, maxBytesOption,
        };
        command.SetAction(parse =>
        {
            var asOf = parse.GetValue(asOfOption) ?? ReportCommand.Today(services.Clock);
            var catalog = parse.GetValue(catalogOption) is { } file
                ? AnalysedCatalog.Load(services, console, file, parse.GetValue(maxBytesOption), "map")
                : services.ReferenceCatalog.Load();
            var options = SituationMapOptions.Default with { Width = parse.GetValue(widthOption) };
            var geometry = GeoOptions.GeometryFor(catalog, parse.GetValue(traceOption)); // read (and refused) before any output file is made
            void Write(Stream stream) => SituationMap.Write(catalog, geometry, asOf, stream, options);
            if (parse.GetValue(outputOption) is { } path)
            {
                OutputFile.Write(path, Write);
            }
            else
            {
                using var buffer = new MemoryStream();
                Write(buffer);
                console.Out.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }

            return ExitCodes.Success;
        });
        return command;
    }

}
