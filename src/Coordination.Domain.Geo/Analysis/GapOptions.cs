using System;
using System.Globalization;

namespace Coordination.Domain.Geo.Analysis;

/// <summary>
/// The parameters of the coverage and gap analysis. Checked when an analysis runs: a distance must be finite (the
/// buffer ≥ 0, the radius &gt; 0) and <see cref="MonthsAround"/> between 1 and 120.
/// </summary>
public sealed record GapOptions
{
    /// <summary>The default buffer: 20 km either side of the line, the width of the gap reported.</summary>
    public const double DefaultBufferKm = 20.0;

    /// <summary>The default radius of the disk standing for a territory known only by its point: 25 km.</summary>
    public const double DefaultPointRadiusKm = 25.0;

    /// <summary>The default number of months before and after a mechanism began work: 6.</summary>
    public const int DefaultMonthsAround = 6;

    /// <summary>Gets the default options.</summary>
    public static GapOptions Default { get; } = new();

    /// <summary>Gets how far from the line, in kilometres, an incident counts as in the gap (default 20).</summary>
    public double BufferKm { get; init; } = DefaultBufferKm;

    /// <summary>
    /// Gets the radius, in kilometres, of the disk that stands for a territory with no shape and no mapped part but a
    /// point (a district or town), and for an incident whose point is given only to its district (default 25: a disk
    /// of about 1,960 km², smaller than Iraq's average district of about 3,600 km²).
    /// </summary>
    public double PointRadiusKm { get; init; } = DefaultPointRadiusKm;

    /// <summary>Gets how many months before and after a mechanism became operational are compared (default 6).</summary>
    public int MonthsAround { get; init; } = DefaultMonthsAround;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    internal void Check()
    {
        if (!(BufferKm >= 0 && BufferKm <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(BufferKm), BufferKm, string.Create(CultureInfo.InvariantCulture, $"The buffer must be a distance from 0 to 1000 km; it is {BufferKm}."));
        }

        if (!(PointRadiusKm > 0 && PointRadiusKm <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(PointRadiusKm), PointRadiusKm, string.Create(CultureInfo.InvariantCulture, $"The point radius must be a distance above 0 and at most 1000 km; it is {PointRadiusKm}."));
        }

        if (MonthsAround is < 1 or > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(MonthsAround), MonthsAround, $"The months around a start must be from 1 to 120; they are {MonthsAround}.");
        }
    }
}
