using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Coordination.Cli.Catalogs;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Catalog;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Coordination.Cli.Tests;

/// <summary>The command run in this process with services the test chooses: the clock, the validation, a failing catalog.</summary>
public class CoordinationAppTests
{
    private const string Document = "{\n  \"schemaVersion\": \"1.0\",\n  \"incidents\": [\n    { \"casualties\": [ { \"killed\": { \"low\": 5 } } ] }\n  ]\n}\n";

    [Fact]
    public async Task Today_is_the_date_in_Baghdad_not_in_UTC()
    {
        // 21:30 UTC on 2 May is 00:30 on 3 May in Baghdad (UTC+3).
        var services = InProcess.Services(clock: new FakeClock(Instant.FromUtc(2021, 5, 2, 21, 30)));

        var result = await InProcess.RunAsync(services, "report", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("2021-05-03", (string?)JsonNode.Parse(result.Out)!["asOf"]);
    }

    [Fact]
    public async Task The_date_given_wins_over_the_clock()
    {
        var result = await InProcess.RunAsync("report", "--as-of", "2016-01-01", "--format", "json");

        Assert.Equal("2016-01-01", (string?)JsonNode.Parse(result.Out)!["asOf"]);
    }

    [Fact]
    public async Task Every_problem_is_listed_with_code_severity_path_and_position()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("catalog.json", Document);
        var services = InProcess.Services(format: new WellFormedOnly(), validate: _ => new ValidationResult(
        [
            new ValidationFailure("Incidents[0].Casualties[0].Killed", "Low above best.") { ErrorCode = "COORD-INC-005" },
            new ValidationFailure("Incidents[0].Casualties[0].Injured", "Injured missing.") { ErrorCode = "COORD-INC-009" },
            new ValidationFailure(string.Empty, "Catalog-wide.") { ErrorCode = "COORD-CAT-010", Severity = Severity.Warning },
        ]));

        var result = await InProcess.RunAsync(services, "validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            $"{file}:4:35: error COORD-INC-005: $.incidents[0].casualties[0].killed: Low above best.",
            $"{file}:4:23: error COORD-INC-009: $.incidents[0].casualties[0].injured: Injured missing.",
            $"{file}:1:1: warning COORD-CAT-010: $: Catalog-wide.",
            $"{file}: invalid, 2 errors, 1 warning (0 records)",
        ], result.OutLines);
    }

    [Fact]
    public async Task Warnings_alone_do_not_make_a_file_invalid()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("catalog.json", Document);
        var services = InProcess.Services(format: new WellFormedOnly(), validate: _ => new ValidationResult(
            [new ValidationFailure("Incidents", "Consider more.") { ErrorCode = "COORD-INC-100", Severity = Severity.Warning }]));

        var result = await InProcess.RunAsync(services, "validate", "--format", "json", file);

        Assert.Equal(0, result.ExitCode);
        var outcome = JsonNode.Parse(result.Out)!["files"]![0]!;
        Assert.Equal(("valid", 0, 1), ((string)outcome["status"]!, (int)outcome["errors"]!, (int)outcome["warnings"]!));
        Assert.Equal(3, (int)outcome["problems"]![0]!["line"]!);
    }

    [Fact]
    public async Task A_problem_without_a_code_is_still_listed()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("catalog.json", Document);
        var services = InProcess.Services(format: new WellFormedOnly(), validate: _ => new ValidationResult([new ValidationFailure("Incidents", "No code.")]));

        var result = await InProcess.RunAsync(services, "validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error COORD-UNCODED: $.incidents: No code.", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parse_error_of_the_format_is_shown_at_its_line_and_column()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("catalog.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"actors\": [ , ]\n}");

        var result = await InProcess.RunAsync(InProcess.Services(format: new WellFormedOnly()), "validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"coordination: error: {file}:3:15: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_format_that_breaks_its_promise_still_gives_one_line()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("catalog.json", Document);

        var result = await InProcess.RunAsync(InProcess.Services(format: new Throwing(new NotSupportedException("Deserialization of interface types is not supported."))), "validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"coordination: error: {file}: is not a valid catalog document: Deserialization of interface types is not supported.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_bug_ends_as_one_line_with_exit_code_70()
    {
        var result = await InProcess.RunAsync(InProcess.Services(reference: new BrokenSource()), "report");

        Assert.Equal(ExitCodes.InternalError, result.ExitCode);
        Assert.Equal("coordination: internal error: InvalidOperationException: The catalog is\nbroken. (please report this)".Replace("\n", " ", StringComparison.Ordinal), Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_report_on_a_file_with_validation_errors_warns_once_on_standard_error()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("catalog.json", Document);
        var services = InProcess.Services(format: new WellFormedOnly(), validate: _ => new ValidationResult(
            [new ValidationFailure("A", "a") { ErrorCode = "X" }, new ValidationFailure("B", "b") { ErrorCode = "Y" }]));

        var result = await InProcess.RunAsync(services, "report", "-c", file, "--as-of", "2021-01-01");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"coordination: warning: {file} has 2 validation error(s)", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_what_the_format_writes()
    {
        using var temp = new TempDirectory();
        var file = temp.File("out.json");

        var result = await InProcess.RunAsync(InProcess.Services(format: new WellFormedOnly()), "export", "-o", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(WellFormedOnly.Written, File.ReadAllText(file));
    }

    [Fact]
    public async Task Schema_prints_what_the_format_gives()
    {
        var result = await InProcess.RunAsync(InProcess.Services(format: new WellFormedOnly()), "schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(WellFormedOnly.Schema, result.Out.TrimEnd());
    }

    /// <summary>A format that checks only that the document is JSON, and reads every document as the empty catalog.</summary>
    private sealed class WellFormedOnly : ICatalogFormat
    {
        public const string Written = "{\"written\":true}";

        public const string Schema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"}";

        public string Name => "well-formed";

        public bool Recognizes(ReadOnlySpan<byte> content) => true;

        public IEnumerable<CatalogReading> Read(ReadOnlyMemory<byte> utf8)
        {
            using (JsonDocument.Parse(utf8))
            {
            }

            yield return CatalogReading.Of(CoordinationCatalog.Empty);
        }

        public ImmutableArray<TextPosition?> Locate(ReadOnlyMemory<byte> content, IReadOnlyList<string> paths) => [.. JsonPositionIndex.Locate(content.Span, paths)];

        public void Write(Stream output, CoordinationCatalog catalog) => output.Write(System.Text.Encoding.UTF8.GetBytes(Written));

        public string GetSchema() => Schema;
    }

    private sealed class Throwing(Exception exception) : ICatalogFormat
    {
        public string Name => "throwing";

        public bool Recognizes(ReadOnlySpan<byte> content) => true;

        public IEnumerable<CatalogReading> Read(ReadOnlyMemory<byte> utf8) => throw exception;

        public ImmutableArray<TextPosition?> Locate(ReadOnlyMemory<byte> content, IReadOnlyList<string> paths) => throw exception;

        public void Write(Stream output, CoordinationCatalog catalog) => throw exception;

        public string GetSchema() => throw exception;
    }

    private sealed class BrokenSource : ICatalogSource
    {
        public string Name => "broken";

        public CoordinationCatalog Load() => throw new InvalidOperationException("The catalog is\nbroken.");
    }
}
