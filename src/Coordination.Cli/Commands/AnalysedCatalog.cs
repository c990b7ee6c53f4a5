using System.Linq;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Commands.Validate;
using Coordination.Domain.Catalog;
using Spectre.Console;

namespace Coordination.Cli.Commands;

/// <summary>What the commands that analyse a catalog (<c>report</c>, <c>gaps</c>, <c>map</c>) share: loading a catalog
/// file with a warning when it does not validate, and the terminal their tables go to.</summary>
internal static class AnalysedCatalog
{
    /// <summary>Loads a catalog file, warning on standard error when it has validation errors (it is still used).</summary>
    /// <param name="services">The services.</param>
    /// <param name="console">Where the warning goes.</param>
    /// <param name="file">The file.</param>
    /// <param name="maxBytes">The largest file read.</param>
    /// <param name="product">What the command makes of it (<c>report</c>, <c>analysis</c>, <c>map</c>), for the warning.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogFileException">The file cannot be read as a catalog.</exception>
    public static CoordinationCatalog Load(CliServices services, CliConsole console, string file, long maxBytes, string product)
    {
        var loaded = new CatalogLoader(services.Format).Load(file, maxBytes);
        var errors = new CatalogValidation(services.Validate).Validate(loaded).Count(p => p.IsError);
        if (errors > 0)
        {
            console.Error.WriteLine($"{CoordinationApp.Name}: warning: {file} has {errors} validation error(s), so the {product} may mislead; '{CoordinationApp.Name} validate {file}' lists them.");
        }

        return loaded.Catalog;
    }

    /// <summary>Creates the terminal for tables: colours and the terminal's width when interactive, none and 200 columns when redirected.</summary>
    /// <param name="console">The console.</param>
    /// <returns>The terminal.</returns>
    public static IAnsiConsole Terminal(CliConsole console)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (console.IsOutputRedirected)
        {
            terminal.Profile.Width = 200;
        }

        return terminal;
    }
}
