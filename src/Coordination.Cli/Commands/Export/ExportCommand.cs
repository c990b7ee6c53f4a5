using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Coordination.Cli.Catalogs;

namespace Coordination.Cli.Commands.Export;

/// <summary><c>coordination export</c>: the reference catalog as a catalog document.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Write the catalog to this file (replacing it) instead of standard output.",
            HelpName = "FILE",
        };
        var command = new Command("export", "Write the reference catalog as a JSON catalog document.") { outputOption };
        command.SetAction(parse =>
        {
            var catalog = services.ReferenceCatalog.Load();
            if (parse.GetValue(outputOption) is { } path)
            {
                WriteFile(path, stream => services.Format.Write(stream, catalog));
            }
            else
            {
                using var buffer = new MemoryStream();
                services.Format.Write(buffer, catalog);
                console.Out.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimEnd());
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CatalogFileException(path, $"cannot be written: {OneLineText.Of(e.Message)}", innerException: e);
        }
    }
}
