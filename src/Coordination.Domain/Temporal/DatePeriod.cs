using System;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Temporal;

/// <summary>
/// A half-open period of dates, <c>[Start, End)</c>, either end of which may be open: the period
/// during which a territory was controlled, a post held or a relation stood.
/// </summary>
/// <remarks>
/// <see cref="Start"/> is the first day of the period; <see cref="End"/> is the first day after it.
/// A missing start means "since before the evidence"; a missing end means "still so" (open-ended).
/// A period is never empty: when both ends are given, <see cref="Start"/> is before <see cref="End"/>.
/// Equality compares both ends. <c>default(DatePeriod)</c> is <see cref="Always"/>.
/// </remarks>
public readonly record struct DatePeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day, or <see langword="null"/> for an open start.</param>
    /// <param name="end">The first day after the period, or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public DatePeriod(LocalDate? start, LocalDate? end)
    {
        if (start is { } s && end is { } e)
        {
            Preconditions.CheckArgument(s < e, nameof(end), $"The end of a period ({e:uuuu-MM-dd}, exclusive) must be after its start ({s:uuuu-MM-dd}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the period with neither start nor end: every date.</summary>
    public static DatePeriod Always => default;

    /// <summary>Gets the first day of the period, or <see langword="null"/> when the start is open.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the first day after the period (exclusive end), or <see langword="null"/> when it is open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the period has no end.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Creates the open-ended period that starts on <paramref name="start"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <returns>The period <c>[start, ∞)</c>.</returns>
    public static DatePeriod From(LocalDate start) => new(start, null);

    /// <summary>Creates the period that ends before <paramref name="end"/> and has an open start.</summary>
    /// <param name="end">The first day after the period.</param>
    /// <returns>The period <c>(-∞, end)</c>.</returns>
    public static DatePeriod Until(LocalDate end) => new(null, end);

    /// <summary>Creates the period <c>[start, end)</c>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The first day after the period.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static DatePeriod Between(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>Tells whether <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when the date is on or after the start and before the end.</returns>
    public bool Contains(LocalDate date) => (Start is not { } s || s <= date) && (End is not { } e || date < e);

    /// <summary>Tells whether this period and <paramref name="other"/> share at least one date. Symmetric.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when the periods overlap.</returns>
    public bool Overlaps(DatePeriod other) => StartsBefore(Start, other.End) && StartsBefore(other.Start, End);

    /// <summary>Returns the dates both periods share, or <see langword="null"/> when they share none.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The intersection, contained in both periods.</returns>
    public DatePeriod? Intersect(DatePeriod other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        var start = Start is { } a && other.Start is { } b ? LocalDate.Max(a, b) : Start ?? other.Start;
        var end = End is { } c && other.End is { } d ? LocalDate.Min(c, d) : End ?? other.End;
        return new DatePeriod(start, end);
    }

    /// <summary>Formats the period as <c>[2014-10-17, 2021-12-09)</c>, with <c>…</c> for an open end.</summary>
    /// <returns>The formatted period.</returns>
    public override string ToString() =>
        $"[{(Start is { } s ? s.ToString("uuuu-MM-dd", null) : "…")}, {(End is { } e ? e.ToString("uuuu-MM-dd", null) : "…")})";

    // True when a period starting at `start` begins before a period ending (exclusive) at `end`.
    private static bool StartsBefore(LocalDate? start, LocalDate? end) => start is not { } s || end is not { } e || s < e;
}
