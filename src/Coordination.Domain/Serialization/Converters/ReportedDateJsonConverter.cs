using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// A <see cref="ReportedDate"/> as
/// <c>{ "start": "2021-05-01", "end": "2021-05-01", "precision": "day", "timeOfDay": "02:00:00", "partOfDay": "earlyHours", "timeApproximate": true, "bound": "onOrBefore" }</c>.
/// <c>start</c>, <c>end</c> (inclusive) and <c>precision</c> are required; the others are optional and omitted
/// when absent (<c>timeApproximate</c> when false, <c>bound</c> when <c>within</c>), so that a version 1.0 date
/// reads and writes as before. A range that does not fit its precision, or an approximate time without a time, is refused.
/// </summary>
internal sealed class ReportedDateJsonConverter() : ObjectJsonConverter<ReportedDate, (LocalDate Start, LocalDate End, DatePrecision Precision, LocalTime? Time, PartOfDay? Part, bool Approximate, DateBound Bound)>(
    "a reported date",
    "A date as precisely as reported: the range start to end (inclusive) the event fell in, the precision it stands for (day: one day; week: two to seven days; month: whole months; year: whole years), and for a day an optional local time (approximate when timeApproximate is true) or part of day in Asia/Baghdad, not both. A bound of onOrBefore or notBefore makes the date one-sided: the event happened on or before the range's end, or on or after its start; omitted, the event happened within the range.",
    Required("start", new IsoLocalDateJsonConverter(), date => date.Range.Start, (ref s, start) => s.Start = start),
    Required("end", new IsoLocalDateJsonConverter(), date => date.Range.End, (ref s, end) => s.End = end),
    Required("precision", new CamelCaseEnumJsonConverter<DatePrecision>(), date => date.Precision, (ref s, precision) => s.Precision = precision),
    Nullable("timeOfDay", new IsoLocalTimeJsonConverter(), date => date.TimeOfDay, (ref s, time) => s.Time = time),
    Nullable("partOfDay", new CamelCaseEnumJsonConverter<PartOfDay>(), date => date.PartOfDay, (ref s, part) => s.Part = part),
    Optional("timeApproximate", Boolean("timeApproximate", "Whether timeOfDay is approximate (\"about 02:00\"); only with a timeOfDay."), date => date.IsTimeApproximate, (ref s, approximate) => s.Approximate = approximate, date => date.IsTimeApproximate),
    Optional("bound", new CamelCaseEnumJsonConverter<DateBound>(), date => date.Bound, (ref s, bound) => s.Bound = bound, date => date.Bound != DateBound.Within))
{
    /// <inheritdoc />
    protected override ReportedDate Create(in (LocalDate Start, LocalDate End, DatePrecision Precision, LocalTime? Time, PartOfDay? Part, bool Approximate, DateBound Bound) state) =>
        new(new DateRange(state.Start, state.End), state.Precision, state.Time, state.Part, state.Bound, state.Approximate);
}
