using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace Coordination.Domain.Tests.Serialization;

public sealed class SnapshotTests : IDisposable
{
    // An absolute path: Path.Combine(root, path) then leaves it as it is, outside the repository.
    private readonly string path = Path.Combine(Path.GetTempPath(), $"snapshot-{Guid.NewGuid():N}", "file.txt");

    [Fact]
    public void Update_mode_under_CI_fails_and_writes_nothing()
    {
        var error = Assert.Throws<FailException>(() => Snapshot.Match(path, "text\n", Environment(update: "1", ci: "true")));

        Assert.Contains("CI=true", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("TRUE")]
    [InlineData("True")]
    public void Update_mode_fails_under_CI_whatever_the_case_of_true(string ci)
    {
        Assert.Throws<FailException>(() => Snapshot.Match(path, "text\n", Environment(update: "1", ci: ci)));
    }

    [Fact]
    public void Update_mode_outside_CI_writes_the_file_which_then_matches()
    {
        Snapshot.Match(path, "text\r\n", Environment(update: "1", ci: null));

        Assert.Equal("text\n", File.ReadAllText(path));
        Snapshot.Match(path, "text\n", Environment(update: null, ci: "true"));
    }

    [Fact]
    public void Check_mode_fails_on_a_difference_and_on_a_missing_file()
    {
        Assert.Throws<TrueException>(() => Snapshot.Match(path, "text\n", Environment(update: null, ci: null)));

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "text\n");
        var error = Assert.Throws<TrueException>(() => Snapshot.Match(path, "test\n", Environment(update: "0", ci: "true")));
        Assert.Contains("first difference at character 2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Func<string, string?> Environment(string? update, string? ci)
    {
        var variables = new Dictionary<string, string?> { [Snapshot.UpdateVariable] = update, [Snapshot.CiVariable] = ci };
        return name => variables.GetValueOrDefault(name);
    }
}
