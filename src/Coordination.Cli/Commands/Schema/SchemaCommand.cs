using System.CommandLine;

namespace Coordination.Cli.Commands.Schema;

/// <summary><c>coordination schema</c>: the JSON Schema of the catalog document.</summary>
internal static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema (2020-12) of the catalog document.");
        command.SetAction(_ =>
        {
            console.Out.WriteLine(services.Format.GetSchema().TrimEnd());
            return ExitCodes.Success;
        });
        return command;
    }
}
