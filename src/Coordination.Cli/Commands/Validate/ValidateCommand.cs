using System.Collections.Generic;
using System.CommandLine;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Commands.Validate;

/// <summary><c>coordination validate</c>: every problem of catalog files, with code, path and position.</summary>
internal static class ValidateCommand
{
    private static readonly ValidationJsonContext Json = new(new JsonSerializerOptions(ValidationJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var filesArgument = new Argument<string[]>("FILE")
        {
            Description = "The catalog files to validate.",
            Arity = ArgumentArity.OneOrMore,
        };
        var formatOption = CommonOptions.Format<ValidateFormat>("text: one line per problem; json: one document for all files.");
        var maxBytesOption = CommonOptions.MaxBytes();

        var command = new Command("validate", "Validate catalog files: list every problem with its code, JSON path and line:column. Exit 0 when all are valid, 1 when one has validation errors, 2 when one cannot be read or parsed.")
        {
            filesArgument, formatOption, maxBytesOption,
        };
        command.SetAction(parse =>
        {
            var loader = new CatalogLoader(services.Format);
            var validation = new CatalogValidation(services.Validate);
            var maxBytes = parse.GetValue(maxBytesOption);
            var outcomes = new List<FileValidation>();
            foreach (var file in parse.GetValue(filesArgument) ?? [])
            {
                var outcome = Validate(file, loader, validation, maxBytes);
                outcomes.Add(outcome);
                if (outcome.Error is not null)
                {
                    // One line on standard error for every file that cannot be used, whatever the format.
                    console.Error.WriteLine($"coordination: error: {Where(file, outcome.Error.Line, outcome.Error.Column)}: {outcome.Error.Message}{At(outcome.Error.Path)}");
                }
            }

            var exitCode = outcomes.Any(o => o.Status == "unreadable") ? ExitCodes.Unusable
                : outcomes.Any(o => o.Status == "invalid") ? ExitCodes.ValidationErrors
                : ExitCodes.Success;
            if (parse.GetValue(formatOption) == ValidateFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new ValidationReport(exitCode, [.. outcomes]), Json.ValidationReport));
            }
            else
            {
                WriteText(outcomes, console);
            }

            return exitCode;
        });
        return command;
    }

    private static FileValidation Validate(string file, CatalogLoader loader, CatalogValidation validation, long maxBytes)
    {
        LoadedCatalog loaded;
        try
        {
            loaded = loader.Load(file, maxBytes);
        }
        catch (CatalogFileException e)
        {
            var error = new FileError(OneLineText.Of(e.Message), e.Position?.Line, e.Position?.Column, e.JsonPath is null ? null : OneLineText.Clip(e.JsonPath, 120));
            return new FileValidation(file, "unreadable", null, 0, 0, [], error);
        }

        var problems = validation.Validate(loaded);
        var errors = problems.Count(p => p.IsError);
        return new FileValidation(file, errors > 0 ? "invalid" : "valid", Records(loaded.Catalog), errors, problems.Length - errors, problems, null);
    }

    private static void WriteText(IEnumerable<FileValidation> outcomes, CliConsole console)
    {
        foreach (var outcome in outcomes.Where(o => o.Error is null))
        {
            foreach (var problem in outcome.Problems)
            {
                console.Out.WriteLine($"{Where(outcome.File, problem.Line, problem.Column)}: {problem.Severity} {problem.Code}: {problem.Path}: {problem.Message}");
            }

            console.Out.WriteLine(outcome.Status == "valid" && outcome.Problems.IsEmpty
                ? $"{outcome.File}: valid ({outcome.Records} records)"
                : $"{outcome.File}: {outcome.Status}, {Count(outcome.Errors, "error")}, {Count(outcome.Warnings, "warning")} ({outcome.Records} records)");
        }
    }

    private static string Where(string file, int? line, int? column) => line is { } l ? $"{file}:{l}:{column ?? 1}" : file;

    private static string At(string? path) => path is null ? string.Empty : $" (at {path})";

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static int Records(CoordinationCatalog c) => CatalogRecordKinds.All.Sum(kind => kind.CountIn(c));
}
