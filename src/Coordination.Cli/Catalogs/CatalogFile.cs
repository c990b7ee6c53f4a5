using System;
using System.Globalization;
using System.IO;
using System.Security;

namespace Coordination.Cli.Catalogs;

/// <summary>Reads a catalog file whole, refusing files above a size limit before they fill memory.</summary>
internal static class CatalogFile
{
    /// <summary>The default limit on a catalog file's size: 16 MiB (the reference catalog is a few tens of kilobytes).</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The largest limit that can be set: 1 GiB.</summary>
    public const long LargestMaxBytes = 1024L * 1024 * 1024;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the file at <paramref name="path"/>, without a leading UTF-8 byte-order mark.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="maxBytes">The largest file to read, in bytes.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="CatalogFileException">The file does not exist, cannot be read, is empty or is larger than <paramref name="maxBytes"/>.</exception>
    public static ReadOnlyMemory<byte> Read(string path, long maxBytes)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new CatalogFileException(path, "is a directory, not a catalog file");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw TooLarge(path, stream.Length, maxBytes);
            }

            // Not every file knows its length (a pipe, /proc): read at most one byte past the limit.
            // A seekable file gets one spare byte, so the read that finds its end needs no larger buffer.
            var buffer = new byte[(int)Math.Min(stream.CanSeek ? stream.Length + 1 : 64 * 1024, maxBytes + 1)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        throw TooLarge(path, null, maxBytes);
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), maxBytes + 1));
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > maxBytes)
            {
                throw TooLarge(path, null, maxBytes);
            }

            var content = buffer.AsMemory(0, length);
            if (content.Span.StartsWith(ByteOrderMark))
            {
                content = content[ByteOrderMark.Length..];
            }

            return content.Span.Trim(" \t\r\n"u8).IsEmpty ? throw new CatalogFileException(path, "is empty; a catalog document is a JSON object") : content;
        }
        catch (FileNotFoundException e)
        {
            throw new CatalogFileException(path, "no such file", innerException: e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new CatalogFileException(path, "no such file (the directory does not exist)", innerException: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CatalogFileException(path, "cannot be read: permission denied", innerException: e);
        }
        catch (SecurityException e)
        {
            throw new CatalogFileException(path, "cannot be read: permission denied", innerException: e);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new CatalogFileException(path, "is not a valid file name", innerException: e);
        }
        catch (IOException e)
        {
            throw new CatalogFileException(path, $"cannot be read: {e.Message}", innerException: e);
        }
    }

    private static CatalogFileException TooLarge(string path, long? length, long maxBytes) => new(
        path,
        length is { } size
            ? string.Create(CultureInfo.InvariantCulture, $"is {size:#,0} bytes, more than the limit of {maxBytes:#,0} bytes (raise it with --max-bytes)")
            : string.Create(CultureInfo.InvariantCulture, $"is more than the limit of {maxBytes:#,0} bytes (raise it with --max-bytes)"));
}
