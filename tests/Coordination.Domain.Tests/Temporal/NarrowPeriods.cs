using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Tests.Temporal;

/// <summary>
/// Periods and dates drawn from a window of two months, and dates a month either side of it, so
/// that overlaps, shared ends and open ends are common.
/// </summary>
public static class NarrowPeriods
{
    public static Arbitrary<DatePeriod> Periods() =>
        ValueGenerators.DatePeriodsBetween(new LocalDate(2014, 1, 1), new LocalDate(2014, 3, 1)).ToArbitrary();

    public static Arbitrary<LocalDate> Dates() =>
        ValueGenerators.LocalDatesBetween(new LocalDate(2013, 12, 1), new LocalDate(2014, 4, 1)).ToArbitrary();
}
