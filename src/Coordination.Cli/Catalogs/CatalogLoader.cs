using System;
using System.Text.Json;

namespace Coordination.Cli.Catalogs;

/// <summary>Reads catalog files through the catalog format, turning every way a file can fail into a <see cref="CatalogFileException"/>.</summary>
/// <param name="format">The catalog document format.</param>
internal sealed class CatalogLoader(ICatalogFormat format)
{
    /// <summary>Reads and parses the catalog file at <paramref name="path"/>.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="maxBytes">The largest file to read, in bytes.</param>
    /// <returns>The catalog with the file's content.</returns>
    /// <exception cref="CatalogFileException">The file cannot be read, is too large, or is not a well-formed catalog document.</exception>
    public LoadedCatalog Load(string path, long maxBytes)
    {
        var utf8 = CatalogFile.Read(path, maxBytes);
        try
        {
            return new LoadedCatalog(path, format.Read(utf8), utf8);
        }
        catch (JsonException e)
        {
            var position = e.LineNumber is { } line
                ? TextPosition.FromLineAndByte(utf8.Span, line, e.BytePositionInLine ?? 0)
                : e.Path is { } jsonPath ? JsonPositionIndex.Locate(utf8.Span, jsonPath) : null;
            throw new CatalogFileException(path, Describe(e.Message), position, e.Path, e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            // The format promises JsonException for bad documents; anything else still gets one line, not a stack trace.
            throw new CatalogFileException(path, $"is not a valid catalog document: {Describe(e.Message)}", innerException: e);
        }
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
