using System;
using System.IO;

namespace Coordination.Domain.Parquet.Tests;

/// <summary>A new, empty directory under the temporary folder, deleted with what it holds when disposed.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coordination-parquet-" + Guid.NewGuid().ToString("N"));

    /// <summary>A path inside the directory that does not exist yet.</summary>
    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
