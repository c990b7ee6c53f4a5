using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>
/// Reads catalog files through a catalog format — the one named, else the first that recognizes the file's
/// content, else the first given — turning every way a file can fail into a <see cref="CatalogFileException"/>.
/// </summary>
internal sealed class CatalogLoader
{
    private readonly ICatalogFormat[] formats;

    /// <summary>Creates a loader that reads the given formats.</summary>
    /// <param name="formats">The formats, the default first: it reads a file no format recognizes, so its messages say what is wrong.</param>
    /// <exception cref="ArgumentException">No format is given.</exception>
    public CatalogLoader(params ICatalogFormat[] formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentOutOfRangeException.ThrowIfZero(formats.Length, nameof(formats));
        this.formats = formats;
    }

    /// <summary>Gets the names of the formats the loader reads, in order.</summary>
    public IEnumerable<string> FormatNames => formats.Select(f => f.Name);

    /// <summary>Reads and parses the catalog file at <paramref name="path"/>.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="maxBytes">The largest file to read, in bytes.</param>
    /// <param name="formatName">The format to read it with, or <see langword="null"/> to select one by the file's content.</param>
    /// <returns>The catalog with the file's content.</returns>
    /// <exception cref="CatalogFileException">The file cannot be read, is too large, or is not a well-formed catalog of the format.</exception>
    public LoadedCatalog Load(string path, long maxBytes, string? formatName = null)
    {
        var content = CatalogFile.Read(path, maxBytes);
        var format = Select(path, content.Span, formatName);
        try
        {
            var parts = new List<CoordinationCatalog>();
            foreach (var reading in format.Read(content))
            {
                if (reading.Problem is { } problem)
                {
                    throw new CatalogFileException(path, Describe(problem.Message), problem.Position, problem.Path);
                }

                parts.Add(reading.Records!);
            }

            return new LoadedCatalog(path, CatalogAssembly.Combine(parts), content, format);
        }
        catch (JsonException e)
        {
            var position = e.LineNumber is { } line
                ? TextPosition.FromLineAndByte(content.Span, line, e.BytePositionInLine ?? 0)
                : e.Path is { } jsonPath ? format.Locate(content, [jsonPath])[0] : null;
            throw new CatalogFileException(path, Describe(e.Message), position, e.Path, e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            // The format promises JsonException or a problem for bad documents; anything else still gets one line, not a stack trace.
            throw new CatalogFileException(path, $"is not a valid catalog document: {Describe(e.Message)}", innerException: e);
        }
    }

    private ICatalogFormat Select(string path, ReadOnlySpan<byte> content, string? formatName)
    {
        if (formatName is null)
        {
            foreach (var format in formats)
            {
                if (format.Recognizes(content))
                {
                    return format;
                }
            }

            return formats[0];
        }

        return formats.FirstOrDefault(f => f.Name == formatName)
            ?? throw new CatalogFileException(path, $"cannot be read as '{OneLineText.Clip(OneLineText.Of(formatName), 40)}'; the formats are {string.Join(", ", FormatNames)}");
    }

    /// <summary>
    /// Drops the path and position System.Text.Json appends to its messages (the file position is shown in
    /// front, the path after) and keeps the rest short: a message may quote an 8 MB property name.
    /// </summary>
    private static string Describe(string message)
    {
        var cut = message.IndexOf(" Path: $", StringComparison.Ordinal);
        cut = cut >= 0 ? cut : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        return OneLineText.Clip(OneLineText.Of(OneLineText.Clip(text, 2000)), 300);
    }
}
