namespace Coordination.Domain.Temporal;

/// <summary>
/// A part of the day as reports give it ("in the early hours", "on Saturday evening"), for when the
/// evidence names no clock time. Local to <c>Asia/Baghdad</c>.
/// </summary>
public enum PartOfDay
{
    /// <summary>After midnight and before dawn ("in the early hours").</summary>
    EarlyHours = 0,

    /// <summary>From dawn to noon.</summary>
    Morning = 1,

    /// <summary>From noon to the late afternoon.</summary>
    Afternoon = 2,

    /// <summary>From the late afternoon to the late evening.</summary>
    Evening = 3,

    /// <summary>Late at night, before midnight.</summary>
    Night = 4,
}
