using System;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// Maps UCDP GED's coded columns onto the model and back: <c>where_prec</c> (<see cref="UcdpWherePrecision"/>) onto
/// <see cref="LocationPrecision"/>, <c>date_prec</c> (<see cref="UcdpDatePrecision"/>) onto <see cref="DatePrecision"/>,
/// <c>type_of_violence</c> (<see cref="UcdpViolenceType"/>) onto <see cref="IncidentKind"/>. Each scale has its own
/// type, so that a date precision cannot be passed where a location precision is meant.
/// </summary>
public static class UcdpScales
{
    /// <summary>Maps <c>where_prec</c> onto the model's location precision, which has the same seven levels.</summary>
    /// <param name="precision">The UCDP precision.</param>
    /// <returns>The location precision of the same level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not 1 to 7.</exception>
    public static LocationPrecision ToLocationPrecision(UcdpWherePrecision precision) =>
        precision is >= UcdpWherePrecision.ExactLocation and <= UcdpWherePrecision.InternationalWatersOrAirspace
            ? (LocationPrecision)(int)precision
            : throw new ArgumentOutOfRangeException(nameof(precision), precision, "A UCDP where_prec is 1 to 7.");

    /// <summary>Maps the model's location precision onto <c>where_prec</c>.</summary>
    /// <param name="precision">The location precision.</param>
    /// <returns>The UCDP precision of the same level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not a defined value.</exception>
    public static UcdpWherePrecision ToWherePrecision(LocationPrecision precision) =>
        precision is >= LocationPrecision.ExactLocation and <= LocationPrecision.InternationalWatersOrAirspace
            ? (UcdpWherePrecision)(int)precision
            : throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined LocationPrecision.");

    /// <summary>
    /// Maps <c>date_prec</c> onto the model's date precision as its definition reads: 1 → <see cref="DatePrecision.Day"/>,
    /// 2 and 3 → <see cref="DatePrecision.Week"/>, 4 → <see cref="DatePrecision.Month"/>, 5 → <see cref="DatePrecision.Year"/>.
    /// (The importer also reads <c>date_start</c> and <c>date_end</c>: a reported date's precision must fit its range.)
    /// </summary>
    /// <param name="precision">The UCDP precision.</param>
    /// <returns>The date precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not 1 to 5.</exception>
    public static DatePrecision ToDatePrecision(UcdpDatePrecision precision) => precision switch
    {
        UcdpDatePrecision.ExactDate => DatePrecision.Day,
        UcdpDatePrecision.TwoToSixDays or UcdpDatePrecision.Week => DatePrecision.Week,
        UcdpDatePrecision.Month => DatePrecision.Month,
        UcdpDatePrecision.Year => DatePrecision.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "A UCDP date_prec is 1 to 5."),
    };

    /// <summary>
    /// Maps a reported date onto <c>date_prec</c>: a day is 1, a span of two to six days 2, of seven days 3 (a known
    /// week), months 4, years 5.
    /// </summary>
    /// <param name="date">The reported date.</param>
    /// <returns>The UCDP precision.</returns>
    public static UcdpDatePrecision ToUcdpDatePrecision(ReportedDate date) => date.Precision switch
    {
        DatePrecision.Day => UcdpDatePrecision.ExactDate,
        DatePrecision.Week => date.Range.Length >= 7 ? UcdpDatePrecision.Week : UcdpDatePrecision.TwoToSixDays,
        DatePrecision.Month => UcdpDatePrecision.Month,
        _ => UcdpDatePrecision.Year,
    };

    /// <summary>
    /// Maps <c>type_of_violence</c> onto an incident kind: state-based (1) and non-state (2) conflict are
    /// <see cref="IncidentKind.ArmedClash"/> (which of the two is told by the sides: a government or not), one-sided
    /// violence (3) is <see cref="IncidentKind.AttackOnCivilians"/>.
    /// </summary>
    /// <param name="type">The type of violence.</param>
    /// <returns>The incident kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not 1 to 3.</exception>
    public static IncidentKind ToIncidentKind(UcdpViolenceType type) => type switch
    {
        UcdpViolenceType.StateBased or UcdpViolenceType.NonState => IncidentKind.ArmedClash,
        UcdpViolenceType.OneSided => IncidentKind.AttackOnCivilians,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A UCDP type_of_violence is 1 to 3."),
    };

    /// <summary>
    /// Maps an incident onto <c>type_of_violence</c>: violence against civilians (an attack on civilians, sexual violence,
    /// an abduction, or any violent kind whose target is civilians) is one-sided (3); a clash, a battle over territory or
    /// remote violence is state-based (1) when a government's force takes part, else non-state (2). Protests, riots and
    /// strategic developments are not UCDP events: <see langword="null"/>.
    /// </summary>
    /// <param name="kind">The incident's kind.</param>
    /// <param name="civiliansTargeted">Whether the incident's targets are civilians.</param>
    /// <param name="stateInvolved">Whether a government or one of its forces is a side.</param>
    /// <returns>The type of violence, or <see langword="null"/> when UCDP does not code such events.</returns>
    public static UcdpViolenceType? ToViolenceType(IncidentKind kind, bool civiliansTargeted, bool stateInvolved) => kind switch
    {
        IncidentKind.AttackOnCivilians or IncidentKind.SexualViolence or IncidentKind.Abduction => UcdpViolenceType.OneSided,
        >= IncidentKind.ArmedClash and <= IncidentKind.Grenade when civiliansTargeted => UcdpViolenceType.OneSided,
        >= IncidentKind.ArmedClash and <= IncidentKind.Grenade => stateInvolved ? UcdpViolenceType.StateBased : UcdpViolenceType.NonState,
        _ => null,
    };
}
