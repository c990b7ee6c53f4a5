using System;
using System.IO;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// Compares generated text with a file committed in the repository. Run the tests with
/// <c>UPDATE_SNAPSHOTS=1</c> to rewrite the files instead, then review the diff. Under <c>CI=true</c>
/// update mode fails: a CI run must check the committed files, never rewrite them and pass.
/// </summary>
internal static class Snapshot
{
    internal const string UpdateVariable = "UPDATE_SNAPSHOTS";

    internal const string CiVariable = "CI";

    internal static void Match(string relativePath, string actual) => Match(relativePath, actual, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Match(string, string)"/>, reading the environment through <paramref name="environment"/>.</summary>
    internal static void Match(string relativePath, string actual, Func<string, string?> environment)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (environment(UpdateVariable) == "1")
        {
            if (string.Equals(environment(CiVariable), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{UpdateVariable}=1 is set under {CiVariable}=true: a CI run checks {relativePath}, it does not rewrite it. Unset {UpdateVariable}.");
            }

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
