namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// UCDP GED's <c>date_prec</c>: how precisely <c>date_start</c> and <c>date_end</c> date an event. Its own type, so
/// that it cannot be mistaken for ACLED's <c>time_precision</c> or either data set's location precision;
/// <see cref="UcdpScales"/> maps it onto the model's <see cref="Temporal.DatePrecision"/>.
/// </summary>
public enum UcdpDatePrecision
{
    /// <summary>1: the exact date is known.</summary>
    ExactDate = 1,

    /// <summary>2: the event happened within a span of two to six days.</summary>
    TwoToSixDays = 2,

    /// <summary>3: only the week is known.</summary>
    Week = 3,

    /// <summary>4: only the month is known.</summary>
    Month = 4,

    /// <summary>5: only the year (or a longer span) is known.</summary>
    Year = 5,
}
