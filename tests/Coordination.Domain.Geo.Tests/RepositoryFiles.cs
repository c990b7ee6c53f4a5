using System;
using System.IO;

namespace Coordination.Domain.Geo.Tests;

/// <summary>Files of the repository the tests read (docs, approved renders), found from the test assembly upwards.</summary>
internal static class RepositoryFiles
{
    /// <summary>The path of a file below the repository's root (the folder holding <c>Coordination.Domain.sln</c>).</summary>
    /// <param name="parts">The path's parts below the root.</param>
    /// <returns>The path.</returns>
    public static string PathOf(params string[] parts)
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
