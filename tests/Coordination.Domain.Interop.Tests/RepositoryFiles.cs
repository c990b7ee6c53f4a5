using System;
using System.IO;

namespace Coordination.Domain.Interop.Tests;

/// <summary>Finds files of the repository (the eng/ sources of the shipped tables, docs) from the test's output directory.</summary>
internal static class RepositoryFiles
{
    /// <summary>Returns the full path of a file given relative to the repository root.</summary>
    internal static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Coordination.Domain.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("The repository root (Coordination.Domain.sln) was not found.");
    }
}
