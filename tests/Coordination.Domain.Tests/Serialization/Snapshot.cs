using System;
using System.IO;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// Compares generated text with a file committed in the repository. Run the tests with
/// <c>UPDATE_SNAPSHOTS=1</c> to rewrite the files instead, then review the diff.
/// </summary>
internal static class Snapshot
{
    internal const string UpdateVariable = "UPDATE_SNAPSHOTS";

    internal static void Match(string relativePath, string actual)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing. Create it with: {UpdateVariable}=1 dotnet test tests/Coordination.Domain.Tests");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            expected == actual,
            $"{relativePath} differs from what the code generates (first difference at character {FirstDifference(expected, actual)}). "
            + $"If the change is intended, regenerate it with: {UpdateVariable}=1 dotnet test tests/Coordination.Domain.Tests, and review the diff.");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Coordination.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Coordination.Domain.sln above {AppContext.BaseDirectory}.");
    }
}
