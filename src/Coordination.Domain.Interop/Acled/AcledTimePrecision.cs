namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// ACLED's <c>time_precision</c>: how precisely the row's <c>event_date</c> dates the event. A scale of its own,
/// never interchangeable with <see cref="AcledGeoPrecision"/>, UCDP's date precision or the model's
/// <see cref="Temporal.DatePrecision"/>; <see cref="AcledScales.ToReportedDate"/> maps it onto a reported date.
/// </summary>
public enum AcledTimePrecision
{
    /// <summary>1: the sources give the actual day of the event.</summary>
    Day = 1,

    /// <summary>2: the event happened some time within a week or a similar span; <c>event_date</c> is a day of that span.</summary>
    Week = 2,

    /// <summary>3: only the month is known; <c>event_date</c> is a day of that month (ACLED uses the mid-point).</summary>
    Month = 3,
}
