using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Commands.Export;
using Coordination.Cli.Commands.Gaps;
using Coordination.Cli.Commands.Import;
using Coordination.Cli.Commands.Map;
using Coordination.Cli.Commands.Report;
using Coordination.Cli.Commands.Schema;
using Coordination.Cli.Commands.Validate;

namespace Coordination.Cli;

/// <summary>
/// The <c>coordination</c> command: its commands and options (System.CommandLine), and the rule that
/// every failure ends as one line on standard error with a documented exit code, never a stack trace.
/// </summary>
/// <param name="services">What the commands draw on.</param>
/// <param name="console">Where they write.</param>
internal sealed class CoordinationApp(CliServices services, CliConsole console)
{
    /// <summary>The tool's command name.</summary>
    public const string Name = "coordination";

    /// <summary>Builds the root command with its subcommands; <c>--help</c> and <c>--version</c> work on each.</summary>
    /// <returns>The root command.</returns>
    public RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Security coordination between Iraqi and Kurdish forces in the disputed territories: report the situation on a date, validate catalog files, print the catalog's JSON Schema, import ACLED and UCDP GED files into a catalog, export a catalog as JSON, ACLED or UCDP GED.")
        {
            ReportCommand.Create(services, console),
            ValidateCommand.Create(services, console),
            SchemaCommand.Create(services, console),
            ImportCommand.Create(services, console),
            ExportCommand.Create(services, console),
            GapsCommand.Create(services, console),
            MapCommand.Create(services, console),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Recursive = true;
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        var parse = CreateRootCommand().Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"{Name}: error: {OneLineText.Clip(OneLineText.Of(error.Message), 300)}");
            }

            var command = parse.CommandResult.Command;
            console.Error.WriteLine($"Run '{(command is RootCommand ? Name : $"{Name} {command.Name}")} --help' for usage.");
            return ExitCodes.Unusable;
        }

        try
        {
            var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (CatalogFileException e)
        {
            console.Error.WriteLine($"{Name}: error: {e.OneLine}");
            return ExitCodes.Unusable;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine($"{Name}: interrupted");
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The last line of defence: a bug must still end as one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"{Name}: internal error: {e.GetType().Name}: {OneLineText.Clip(OneLineText.Of(e.Message), 300)} (please report this)");
            return ExitCodes.InternalError;
        }
    }
}
