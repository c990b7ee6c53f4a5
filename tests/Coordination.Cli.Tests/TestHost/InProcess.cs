using System;
using System.IO;
using System.Threading.Tasks;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Catalog;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Coordination.Cli.Tests.TestHost;

/// <summary>Runs the command in this process with services a test chooses.</summary>
internal static class InProcess
{
    public static CliServices Services(
        ICatalogSource? reference = null,
        ICatalogFormat? format = null,
        Func<CoordinationCatalog, ValidationResult>? validate = null,
        IClock? clock = null) => new(
            reference ?? CliServices.Default.ReferenceCatalog,
            format ?? CliServices.Default.Format,
            validate ?? CliServices.Default.Validate,
            clock ?? new FakeClock(Instant.FromUtc(2021, 5, 3, 12, 0)));

    public static async Task<CommandResult> RunAsync(CliServices services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new CoordinationApp(services, new CliConsole(output, error, IsOutputRedirected: true))
            .RunAsync(args, TestContext.Current.CancellationToken);
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CommandResult> RunAsync(params string[] args) => RunAsync(Services(), args);
}
