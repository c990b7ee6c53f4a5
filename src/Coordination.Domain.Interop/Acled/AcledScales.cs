using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Coordination.Domain.Geography;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// Reads ACLED's coded columns (<c>time_precision</c>, <c>geo_precision</c>, <c>inter1</c>/<c>inter2</c>) and maps
/// the two precision scales onto the model, each through its own type so that they cannot be swapped.
/// </summary>
public static class AcledScales
{
    private static readonly Dictionary<string, AcledActorType> ActorTypeLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["State forces"] = AcledActorType.StateForces,
        ["State force"] = AcledActorType.StateForces,
        ["Rebel groups"] = AcledActorType.RebelGroup,
        ["Rebel group"] = AcledActorType.RebelGroup,
        ["Rebels"] = AcledActorType.RebelGroup,
        ["Political militias"] = AcledActorType.PoliticalMilitia,
        ["Political militia"] = AcledActorType.PoliticalMilitia,
        ["Identity militias"] = AcledActorType.IdentityMilitia,
        ["Identity militia"] = AcledActorType.IdentityMilitia,
        ["Communal militias"] = AcledActorType.IdentityMilitia,
        ["Communal militia"] = AcledActorType.IdentityMilitia,
        ["Rioters"] = AcledActorType.Rioters,
        ["Rioter"] = AcledActorType.Rioters,
        ["Protesters"] = AcledActorType.Protesters,
        ["Protester"] = AcledActorType.Protesters,
        ["Protestors"] = AcledActorType.Protesters,
        ["Protestor"] = AcledActorType.Protesters,
        ["Civilians"] = AcledActorType.Civilians,
        ["Civilian"] = AcledActorType.Civilians,
        ["External/Other forces"] = AcledActorType.ExternalOrOtherForces,
        ["External/Other force"] = AcledActorType.ExternalOrOtherForces,
        ["External/Other"] = AcledActorType.ExternalOrOtherForces,
        ["Other forces"] = AcledActorType.ExternalOrOtherForces,
        ["External forces"] = AcledActorType.ExternalOrOtherForces,
    };

    /// <summary>Reads an actor type from its code (<c>0</c> to <c>8</c>) or its text label (<c>State forces</c>, <c>Rebel groups</c> or <c>Rebel group</c>, <c>Protesters</c>, <c>External/Other forces</c> …, ignoring case).</summary>
    /// <param name="text">The value as the file holds it; an empty value is <see cref="AcledActorType.None"/>.</param>
    /// <param name="type">The actor type, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an actor type's code or label.</returns>
    public static bool TryParseActorType([NotNullWhen(true)] string? text, out AcledActorType type)
    {
        type = AcledActorType.None;
        if (text is null)
        {
            return false;
        }

        // The usual cell, a code or nothing, read without making a string; a label has its white space runs made one space.
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length <= 1)
        {
            if (trimmed.Length == 1 && trimmed[0] is >= '0' and <= '8')
            {
                type = (AcledActorType)(trimmed[0] - '0');
                return true;
            }

            return trimmed.Length == 0;
        }

        // Two or more characters once trimmed: never empty, never one digit, once the runs of white space are one space.
        var value = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return ActorTypeLabels.TryGetValue(value, out type);
    }

    /// <summary>Gets the text label ACLED's API gives an actor type (<c>State forces</c>, <c>Rebel groups</c>, … <c>External/Other forces</c>).</summary>
    /// <param name="type">The actor type.</param>
    /// <returns>The label; empty for <see cref="AcledActorType.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static string LabelOf(AcledActorType type) => type switch
    {
        AcledActorType.None => string.Empty,
        AcledActorType.StateForces => "State forces",
        AcledActorType.RebelGroup => "Rebel groups",
        AcledActorType.PoliticalMilitia => "Political militias",
        AcledActorType.IdentityMilitia => "Identity militias",
        AcledActorType.Rioters => "Rioters",
        AcledActorType.Protesters => "Protesters",
        AcledActorType.Civilians => "Civilians",
        AcledActorType.ExternalOrOtherForces => "External/Other forces",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined AcledActorType (0 to 8)."),
    };

    /// <summary>Reads a <c>time_precision</c> code (<c>1</c>, <c>2</c> or <c>3</c>).</summary>
    /// <param name="text">The value as the file holds it.</param>
    /// <param name="precision">The precision, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 1, 2 or 3.</returns>
    public static bool TryParseTimePrecision([NotNullWhen(true)] string? text, out AcledTimePrecision precision)
    {
        var ok = FieldValues.TryReadWholeNumber(text, out var code) && code is >= 1 and <= 3;
        precision = ok ? (AcledTimePrecision)code : default;
        return ok;
    }

    /// <summary>Reads a <c>geo_precision</c> code (<c>1</c>, <c>2</c> or <c>3</c>).</summary>
    /// <param name="text">The value as the file holds it.</param>
    /// <param name="precision">The precision, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 1, 2 or 3.</returns>
    public static bool TryParseGeoPrecision([NotNullWhen(true)] string? text, out AcledGeoPrecision precision)
    {
        var ok = FieldValues.TryReadWholeNumber(text, out var code) && code is >= 1 and <= 3;
        precision = ok ? (AcledGeoPrecision)code : default;
        return ok;
    }

    /// <summary>
    /// Maps <c>geo_precision</c> onto the model's location precision: 1 → <see cref="LocationPrecision.ExactLocation"/>,
    /// 2 → <see cref="LocationPrecision.NearNamedPlace"/>, 3 → <see cref="LocationPrecision.FirstOrderDivision"/>
    /// (ACLED codes a larger region to the provincial capital).
    /// </summary>
    /// <param name="precision">ACLED's precision.</param>
    /// <returns>The model's precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not a defined value.</exception>
    public static LocationPrecision ToLocationPrecision(AcledGeoPrecision precision) => precision switch
    {
        AcledGeoPrecision.NamedPlace => LocationPrecision.ExactLocation,
        AcledGeoPrecision.NearNamedPlace => LocationPrecision.NearNamedPlace,
        AcledGeoPrecision.LargerRegion => LocationPrecision.FirstOrderDivision,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined AcledGeoPrecision (1 to 3)."),
    };

    /// <summary>
    /// Maps the model's location precision onto <c>geo_precision</c>: exact → 1, near a named place → 2, anything
    /// coarser (a district, a governorate, a region, the country, over water) → 3.
    /// </summary>
    /// <param name="precision">The model's precision.</param>
    /// <returns>ACLED's precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not a defined value.</exception>
    public static AcledGeoPrecision FromLocationPrecision(LocationPrecision precision) => precision switch
    {
        LocationPrecision.ExactLocation => AcledGeoPrecision.NamedPlace,
        LocationPrecision.NearNamedPlace => AcledGeoPrecision.NearNamedPlace,
        >= LocationPrecision.SecondOrderDivision and <= LocationPrecision.InternationalWatersOrAirspace => AcledGeoPrecision.LargerRegion,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined LocationPrecision (1 to 7)."),
    };

    /// <summary>
    /// Maps an <c>event_date</c> and its <c>time_precision</c> onto a reported date: 1 → that day; 2 → the seven days
    /// centred on it (<c>event_date</c> − 3 to + 3, of <see cref="DatePrecision.Week"/>); 3 → its whole month.
    /// </summary>
    /// <param name="eventDate">The row's <c>event_date</c>.</param>
    /// <param name="precision">The row's <c>time_precision</c>.</param>
    /// <returns>The reported date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not a defined value.</exception>
    public static ReportedDate ToReportedDate(LocalDate eventDate, AcledTimePrecision precision) => precision switch
    {
        AcledTimePrecision.Day => ReportedDate.OnDay(eventDate),
        AcledTimePrecision.Week => ReportedDate.InWeek(eventDate.PlusDays(-3), eventDate.PlusDays(3)),
        AcledTimePrecision.Month => ReportedDate.InMonth(eventDate.ToYearMonth()),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined AcledTimePrecision (1 to 3)."),
    };

    /// <summary>
    /// Maps a reported date onto <c>time_precision</c>: a day → 1, a span of two to seven days → 2, a month or
    /// coarser → 3. A time of day, a part of day or a one-sided bound has no ACLED column and is not written.
    /// </summary>
    /// <param name="date">The reported date.</param>
    /// <returns>ACLED's precision.</returns>
    public static AcledTimePrecision TimePrecisionOf(ReportedDate date) => date.Precision switch
    {
        DatePrecision.Day => AcledTimePrecision.Day,
        DatePrecision.Week => AcledTimePrecision.Week,
        _ => AcledTimePrecision.Month,
    };

    /// <summary>
    /// Gets the <c>event_date</c> ACLED writes for a reported date: the day itself, or the mid-point of its range
    /// (the centre of a week's span, the 15th of a single month).
    /// </summary>
    /// <param name="date">The reported date.</param>
    /// <returns>The day to write.</returns>
    public static LocalDate EventDateOf(ReportedDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Earliest,
        DatePrecision.Month when date.Earliest.ToYearMonth() == date.Latest.ToYearMonth() => date.Earliest.PlusDays(14),
        _ => date.Earliest.PlusDays((date.Range.Length - 1) / 2),
    };
}
