namespace Coordination.Domain.Temporal;

/// <summary>How precisely the evidence dates an event: the width of a <see cref="ReportedDate"/>'s range.</summary>
public enum DatePrecision
{
    /// <summary>The exact day is known.</summary>
    Day = 0,

    /// <summary>The event fell within a span of two to seven days (a known week, or "some time between").</summary>
    Week = 1,

    /// <summary>Only the month is known (one or more whole calendar months).</summary>
    Month = 2,

    /// <summary>Only the year is known (one or more whole calendar years).</summary>
    Year = 3,
}
