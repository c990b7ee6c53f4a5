using System;
using System.IO;
using System.Threading.Tasks;
using Coordination.Cli.Catalogs;

namespace Coordination.Cli.Commands;

/// <summary>Writes a command's output file, turning every way that can fail into a <see cref="CatalogFileException"/> (one line, exit code 2).</summary>
internal static class OutputFile
{
    /// <summary>Creates (or replaces) the file at <paramref name="path"/> and writes it.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="CatalogFileException">The file cannot be created or written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CatalogFileException(path, $"cannot be written: {OneLineText.Of(e.Message)}", innerException: e);
        }
    }

    /// <summary>Creates (or replaces) the file at <paramref name="path"/> and writes it asynchronously.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="write">Writes the content.</param>
    /// <returns>A task that completes when the file is written and closed.</returns>
    /// <exception cref="CatalogFileException">The file cannot be created or written.</exception>
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CatalogFileException(path, $"cannot be written: {OneLineText.Of(e.Message)}", innerException: e);
        }
    }

    /// <summary>Opens the file at <paramref name="path"/> for writing, replacing it.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <returns>The stream.</returns>
    /// <exception cref="CatalogFileException">The file cannot be created.</exception>
    public static FileStream Create(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CatalogFileException(path, $"cannot be written: {OneLineText.Of(e.Message)}", innerException: e);
        }
    }
}
