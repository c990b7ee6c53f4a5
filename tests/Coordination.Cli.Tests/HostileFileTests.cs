using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coordination.Cli.Tests.TestHost;
using Xunit;

namespace Coordination.Cli.Tests;

/// <summary>
/// Files made to break the tool. Each must end in one line on standard error and exit code 2 — no
/// stack trace, no hang, no crash — with the GC heap capped so that unbounded memory use fails the run.
/// The files are made here, in a temporary directory, not committed.
/// </summary>
public class HostileFileTests
{
    private static readonly Dictionary<string, string> BoundedHeap = new() { ["DOTNET_GCHeapHardLimit"] = CoordinationProcess.BoundedHeap };

    public static TheoryData<string> Kinds => [.. Hostile.Keys];

    private static Dictionary<string, Func<byte[]>> Hostile => new()
    {
        ["empty"] = () => [],
        ["white space"] = () => "  \n\t\r\n "u8.ToArray(),
        ["binary"] = () => Enumerable.Range(0, 64 * 1024).Select(i => unchecked((byte)((i * 7919) ^ (i >> 3)))).ToArray(),
        ["a byte-order mark alone"] = () => [0xEF, 0xBB, 0xBF],
        ["invalid UTF-8"] = () => [.. "{\"schemaVersion\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}"u8.ToArray()],
        ["truncated"] = () => "{\"schemaVersion\":\"1.0\",\"actors\":[{\"id\":\"goi\",\"kind\":\"gov"u8.ToArray(),
        ["a JSON array instead of an object"] = () => "[1,2,3]"u8.ToArray(),
        ["a string of 8 MB"] = () => Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"sources\":[{{\"id\":\"s\",\"publisher\":\"p\",\"title\":\"{new string('a', 8 * 1024 * 1024)}\"}}]}}"),
        ["a property name of 8 MB"] = () => Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"{new string('n', 8 * 1024 * 1024)}\":1}}"),
        ["5000-deep nesting"] = () => Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"actors\":{new string('[', 5000)}{new string(']', 5000)}}}"),
        ["5000-deep objects"] = () => Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"x\":{string.Concat(Enumerable.Repeat("{\"a\":", 5000))}1{new string('}', 5000)}}}"),
        ["200 000 records of the wrong shape"] = () => Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"actors\":[{string.Join(',', Enumerable.Repeat("0", 200_000))}]}}"),
        ["200 000 records missing members"] = () => Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"incidents\":[{string.Join(',', Enumerable.Repeat("{\"id\":\"x\"}", 200_000))}]}}"),
        ["duplicate properties"] = () => "{\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\"}"u8.ToArray(),
        ["an unknown schema version"] = () => "{\"schemaVersion\":\"99.0\"}"u8.ToArray(),
        ["a number where a string belongs"] = () => "{\"schemaVersion\":1}"u8.ToArray(),
        ["a huge number"] = () => Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"incidents\":[{{\"id\":\"x\",\"kind\":\"armedClash\",\"date\":{{\"start\":\"2021-05-01\",\"end\":\"2021-05-01\",\"precision\":\"day\"}},\"location\":{{\"precision\":\"region\"}},\"casualties\":[{{\"party\":{{\"kind\":\"civilians\"}},\"killed\":{{\"low\":1,\"best\":1,\"high\":1{new string('0', 400)}}},\"injured\":{{\"low\":0,\"best\":0,\"high\":0}}}}]}}]}}"),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Validating_a_hostile_file_exits_2_with_one_line(string kind)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("hostile.json", Hostile[kind]());

        var result = await CoordinationProcess.RunAsync(["validate", file], BoundedHeap);

        AssertOneLineError(result, file);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Reporting_on_a_hostile_file_exits_2_with_one_line(string kind)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("hostile.json", Hostile[kind]());

        var result = await CoordinationProcess.RunAsync(["report", "--catalog", file], BoundedHeap);

        AssertOneLineError(result, file);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_malformed_file_is_placed_at_its_line_and_column()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("broken.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"actors\": [ x ]\n}\n");

        var result = await CoordinationProcess.RunAsync("validate", file);

        Assert.StartsWith($"coordination: error: {file}:3:15: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_above_the_size_limit_is_refused_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("big.json", Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"note\":\"{new string('a', 2000)}\"}}"));

        var result = await CoordinationProcess.RunAsync("validate", "--max-bytes", "1000", file);

        AssertOneLineError(result, file);
        Assert.Contains("more than the limit of 1,000 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_size_limit_refuses_a_file_of_17_MB()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("big.json", Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"actors\":[{string.Join(',', Enumerable.Repeat("{\"id\":\"x\"}", 1_800_000))}]}}"));

        var result = await CoordinationProcess.RunAsync(["validate", file], BoundedHeap);

        AssertOneLineError(result, file);
        Assert.Contains("more than the limit of 16,777,216 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_that_never_ends_is_read_only_up_to_the_limit()
    {
        var result = await CoordinationProcess.RunAsync(["validate", "--max-bytes", "1000000", "/dev/zero"], BoundedHeap);

        AssertOneLineError(result, "/dev/zero");
    }

    [Fact]
    public async Task A_directory_is_not_a_catalog_file()
    {
        using var temp = new TempDirectory();

        var result = await CoordinationProcess.RunAsync("validate", temp.Path);

        AssertOneLineError(result, temp.Path);
    }

    [Fact]
    public async Task Two_hundred_thousand_valid_records_are_read_within_bounded_memory()
    {
        using var temp = new TempDirectory();
        // Each record is valid, so what is measured is reading and validating 200 000 records, not
        // holding 200 000 validation failures (validation reports every problem, so its memory grows with them).
        var actors = Enumerable.Range(0, 200_000).Select(i => $"{{\"id\":\"a{i}\",\"kind\":\"armedForce\",\"names\":{{\"primary\":{{\"text\":\"A {i}\",\"kind\":\"name\"}}}},\"sources\":[\"s\"]}}");
        const string source = "{\"id\":\"s\",\"publisher\":\"Esta Media Network\",\"title\":\"A source\"}";
        var file = temp.Write("many.json", Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"1.0\",\"sources\":[{source}],\"actors\":[{string.Join(',', actors)}]}}"));

        var result = await CoordinationProcess.RunAsync(["validate", "--max-bytes", "64000000", file], BoundedHeap);

        // Read and validated in full, within the capped heap: never refused or crashed.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches($@"^{Regex.Escape(file)}: valid \(200001 records\)$", result.OutLines[^1]);
    }

    private static void AssertOneLineError(CommandResult result, string file)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"coordination: error: {file}", line, StringComparison.Ordinal);
        Assert.True(line.Length <= 1200, $"The error line is {line.Length} characters long.");
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }
}
