using System.CommandLine;
using System.Linq;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Commands.Validate;
using Coordination.Domain.Temporal;
using NodaTime;
using Spectre.Console;

namespace Coordination.Cli.Commands.Report;

/// <summary><c>coordination report</c>: the situation on a date.</summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var catalogOption = new Option<string>("--catalog", "-c")
        {
            Description = "Report on this catalog file instead of the reference catalog.",
            HelpName = "FILE",
        };
        var asOfOption = CommonOptions.AsOf();
        var formatOption = CommonOptions.Format<ReportFormat>("text: tables on a terminal, plain text when redirected; table: always tables; markdown; json.");
        var incidentsOption = new Option<int>("--max-incidents")
        {
            Description = "Show at most this many of the latest incidents.",
            HelpName = "N",
            DefaultValueFactory = _ => SituationReportProjection.DefaultIncidentLimit,
        };
        incidentsOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--max-incidents must be zero or more.");
            }
        });
        var maxBytesOption = CommonOptions.MaxBytes();

        var command = new Command("report", "Show the situation on a date: disputed territories with claimants and controller, coordination lines, mechanisms with their status, recent incidents with casualties, support, and the sources behind them.")
        {
            catalogOption, asOfOption, formatOption, incidentsOption, maxBytesOption,
        };
        command.SetAction(parse =>
        {
            var asOf = parse.GetValue(asOfOption) ?? Today(services.Clock);
            var file = parse.GetValue(catalogOption);
            var (catalog, name) = file is null
                ? (services.ReferenceCatalog.Load(), services.ReferenceCatalog.Name)
                : (AnalysedCatalog.Load(services, console, file, parse.GetValue(maxBytesOption), "report"), file);
            var report = new SituationReportProjection(catalog).Project(asOf, name, parse.GetValue(incidentsOption)) with { Vacuum = VacuumProjection.Of(catalog, asOf) };
            Write(report, parse.GetValue(formatOption), console);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Returns today's date in Asia/Baghdad, where the reported dates of the model are kept.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The date.</returns>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(ReportedDate.TimeZone).Date;

    private static void Write(SituationReport report, ReportFormat format, CliConsole console)
    {
        switch (format)
        {
            case ReportFormat.Json:
                JsonReportWriter.Write(report, console.Out);
                break;
            case ReportFormat.Markdown:
                MarkdownReportWriter.Write(report, console.Out);
                break;
            case ReportFormat.Text when console.IsOutputRedirected:
                PlainTextReportWriter.Write(report, console.Out);
                break;
            default:
                TableReportWriter.Write(report, AnalysedCatalog.Terminal(console));
                break;
        }
    }

}
