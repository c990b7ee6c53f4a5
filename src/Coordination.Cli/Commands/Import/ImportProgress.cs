using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Coordination.Cli.Commands.Import;

/// <summary>
/// A one-line progress bar on standard error while a long file is read — only when standard error is a terminal
/// and the file is longer than <see cref="MinBytes"/>, so that logs and pipes never see it. Redrawn at most every
/// 200 ms; erased when the file is done.
/// </summary>
internal sealed class ImportProgress
{
    /// <summary>Files shorter than this (4 MiB, a few seconds) get no progress bar.</summary>
    public const long MinBytes = 4L * 1024 * 1024;

    private const int Width = 30;
    private static readonly long Interval = Stopwatch.Frequency / 5;

    private readonly TextWriter error;
    private readonly Stream stream;
    private readonly string file;
    private readonly bool enabled;
    private long lastDrawn;

    /// <summary>Creates the progress bar of a file.</summary>
    /// <param name="console">Where to draw it.</param>
    /// <param name="stream">The file being read (its position tells how far the reading is).</param>
    /// <param name="file">The file as the user named it.</param>
    public ImportProgress(CliConsole console, Stream stream, string file)
    {
        error = console.Error;
        this.stream = stream;
        this.file = file;
        enabled = !console.IsErrorRedirected && stream.CanSeek && stream.Length >= MinBytes;
    }

    /// <summary>Redraws the bar when it is due.</summary>
    /// <param name="rows">The rows read so far.</param>
    public void Report(long rows)
    {
        if (!enabled)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (now - lastDrawn < Interval)
        {
            return;
        }

        lastDrawn = now;
        var fraction = Math.Clamp((double)stream.Position / stream.Length, 0, 1);
        var done = (int)(fraction * Width);
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', done)}{new string('.', Width - done)}] {fraction * 100,3:F0}% {rows:N0} rows  {file}"));
        error.Flush();
    }

    /// <summary>Erases the bar.</summary>
    public void Done()
    {
        if (enabled && lastDrawn != 0)
        {
            error.Write("\r\u001b[2K");
            error.Flush();
        }
    }
}
