using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>Maps UCDP GED's <c>date_start</c>, <c>date_end</c> and <c>date_prec</c> onto a <see cref="ReportedDate"/>, and back.</summary>
internal static class UcdpDates
{
    /// <summary>
    /// The reported date of an event between <paramref name="start"/> and <paramref name="end"/> (inclusive): one day is
    /// <see cref="DatePrecision.Day"/>, two to seven days <see cref="DatePrecision.Week"/>, whole calendar months
    /// <see cref="DatePrecision.Month"/>; a longer span that is not whole months widens to the months it touches.
    /// <c>date_prec</c> 4 widens a shorter range to its months, 5 to its years; 1 to 3 never widen (the bounds are the
    /// evidence, the code describes them). Without a <c>date_prec</c>, whole calendar years are <see cref="DatePrecision.Year"/>.
    /// </summary>
    internal static ReportedDate ToReportedDate(LocalDate start, LocalDate end, UcdpDatePrecision? precision)
    {
        var range = new DateRange(start, end);
        var wholeYears = start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31;
        if (precision == UcdpDatePrecision.Year || (precision is null && wholeYears))
        {
            return new ReportedDate(new DateRange(new LocalDate(start.Year, 1, 1), new LocalDate(end.Year, 12, 31)), DatePrecision.Year);
        }

        if (precision != UcdpDatePrecision.Month)
        {
            switch (range.Length)
            {
                case 1:
                    return new ReportedDate(range, DatePrecision.Day);
                case <= 7:
                    return new ReportedDate(range, DatePrecision.Week);
            }
        }

        var months = new DateRange(
            new LocalDate(start.Year, start.Month, 1),
            new LocalDate(end.Year, end.Month, CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month)));
        return new ReportedDate(months, DatePrecision.Month);
    }

    /// <summary>The bounds UCDP writes for a reported date: the range of the date (of its anchor, for a one-sided date).</summary>
    internal static (LocalDate Start, LocalDate End) BoundsOf(ReportedDate date) => (date.Earliest, date.Latest);
}
