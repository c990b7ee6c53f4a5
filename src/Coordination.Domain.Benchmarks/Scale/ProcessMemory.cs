using System;
using System.Globalization;
using System.IO;

namespace Coordination.Domain.Benchmarks.Scale;

/// <summary>
/// The process's resident memory as Linux reports it in <c>/proc/self/status</c>: <c>VmRSS</c> now and <c>VmHWM</c>,
/// its peak, which writing 5 to <c>/proc/self/clear_refs</c> resets (Linux 4.0 and later) so that a stage's peak is
/// its own and not the set-up's. On another system every figure is <see langword="null"/>.
/// </summary>
internal static class ProcessMemory
{
    /// <summary>Gets the resident memory now, in bytes.</summary>
    /// <returns>The bytes, or <see langword="null"/>.</returns>
    public static long? Resident() => Read("VmRSS:");

    /// <summary>Gets the peak resident memory since the process started or the peak was last reset, in bytes.</summary>
    /// <returns>The bytes, or <see langword="null"/>.</returns>
    public static long? Peak() => Read("VmHWM:");

    /// <summary>Resets the peak to the resident memory now.</summary>
    /// <returns>Whether it could be reset.</returns>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static long? Read(string key)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    var text = line.AsSpan(key.Length).Trim();
                    var kilobytes = long.Parse(text[..text.IndexOf(' ')], NumberStyles.None, CultureInfo.InvariantCulture);
                    return kilobytes * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }
}
