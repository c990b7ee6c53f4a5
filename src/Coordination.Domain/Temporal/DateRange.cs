using System;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Temporal;

/// <summary>
/// A closed range of calendar dates, <see cref="Start"/> to <see cref="End"/> inclusive, in the ISO
/// calendar. Unlike NodaTime's <c>DateInterval</c> it is a value type and serializes without
/// reflection, so it stays Native-AOT safe.
/// </summary>
/// <remarks>
/// Equality compares both ends. Ordering is by <see cref="Start"/>, then by <see cref="End"/>.
/// <c>default(DateRange)</c> is the single day 0001-01-01.
/// </remarks>
public readonly record struct DateRange : IComparable<DateRange>
{
    /// <summary>Creates a range of dates.</summary>
    /// <param name="start">The first date of the range.</param>
    /// <param name="end">The last date of the range (inclusive); not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the two use a calendar other than ISO.</exception>
    public DateRange(LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso, nameof(start), "Dates must be in the ISO calendar.");
        Preconditions.CheckArgument(start <= end, nameof(end), $"The end of a date range ({end:uuuu-MM-dd}) may not be before its start ({start:uuuu-MM-dd}).");
        Start = start;
        End = end;
    }

    /// <summary>Gets the first date of the range.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last date of the range (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the number of days in the range (at least one).</summary>
    public int Length => NodaTime.Period.DaysBetween(Start, End) + 1;

    /// <summary>Creates the range holding one day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The range from <paramref name="date"/> to <paramref name="date"/>.</returns>
    public static DateRange OfDay(LocalDate date) => new(date, date);

    /// <summary>Creates the range holding a calendar month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The range from the first to the last day of the month.</returns>
    public static DateRange OfMonth(YearMonth month) => new(month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));

    /// <summary>Creates the range holding a calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The range from 1 January to 31 December of the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static DateRange OfYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        return new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>Tells whether <paramref name="date"/> lies in the range.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <inheritdoc />
    public int CompareTo(DateRange other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <summary>Formats the range as <c>uuuu-MM-dd/uuuu-MM-dd</c>, or a single date when it holds one day.</summary>
    /// <returns>The formatted range.</returns>
    public override string ToString() =>
        Start == End ? Start.ToString("uuuu-MM-dd", null) : $"{Start:uuuu-MM-dd}/{End:uuuu-MM-dd}";

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(DateRange left, DateRange right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(DateRange left, DateRange right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(DateRange left, DateRange right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(DateRange left, DateRange right) => left.CompareTo(right) >= 0;
}
