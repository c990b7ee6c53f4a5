using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coordination.Cli.Rendering;

namespace Coordination.Cli.Commands.Report;

/// <summary>The phrases the text, table and markdown writers of a report share, drawn from its entries alone.</summary>
internal static class ReportWords
{
    /// <summary>Names a mechanism or line with its acronym: <c>Kurdish Coordination Line (KCL)</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="acronym">The acronym, if any.</param>
    /// <returns>The label.</returns>
    public static string Label(string name, string? acronym) => acronym is null ? name : $"{name} ({acronym})";

    /// <summary>Joins actors' names with commas, or gives <c>-</c> when there are none.</summary>
    /// <param name="actors">The actors.</param>
    /// <returns>The list.</returns>
    public static string Names(IEnumerable<ActorReference> actors) => ContractWords.List(actors.Select(a => a.Name));

    /// <summary>
    /// Describes who controlled a territory: <c>ISF since 2017-10-16 (before: Peshmerga)</c>; control of parts
    /// after it (<c>ISF in part (Kirkuk city), derived</c>), each marked <c>inferred</c> where it is; or
    /// <c>not reported</c> when neither the territory nor its parts say.
    /// </summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The description.</returns>
    public static string Control(DisputedTerritoryEntry territory)
    {
        var parts = territory.PartControl.Select(p => $"{p.Controller.Name} in part ({p.Part}){(p.Derived ? ", derived" : "")}{(p.Inferred ? ", inferred" : "")}").ToList();
        string text;
        if (territory.Controller is { } controller)
        {
            text = controller.Name + (territory.ControlledSince is { } since ? $" since {since}" : "") + (territory.ControlInferred ? " (inferred)" : "");
            text = parts.Count == 0 ? text : $"{text}; {string.Join("; ", parts)}";
        }
        else
        {
            text = parts.Count == 0 ? "not reported" : string.Join("; ", parts);
        }

        return territory.PreviousController is { } before ? $"{text} (before: {before.Name})" : text;
    }

    /// <summary>
    /// Describes who claimed a territory: <c>GoI, KRG</c>, an inferred claim marked <c>(inferred)</c>, and an
    /// inherited dispute named: <c>GoI, KRG (as part of Kirkuk)</c>.
    /// </summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The description.</returns>
    public static string Claims(DisputedTerritoryEntry territory)
    {
        var inferred = territory.InferredClaimants.Select(a => a.Id).ToHashSet();
        var text = ContractWords.List(territory.Claimants.Select(a => inferred.Contains(a.Id) ? $"{a.Name} (inferred)" : a.Name));
        text = territory.DisputedAsPartOf is { } whole ? $"{text} (as part of {whole})" : text;
        return territory.Inferred ? $"{text}; territory inferred" : text;
    }

    /// <summary>Describes who did an incident: <c>ISIS (attributed)</c>.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The description.</returns>
    public static string Perpetrators(IncidentEntry incident) =>
        ContractWords.List(incident.Perpetrators.Select(p => $"{p.Actor?.Name ?? "unknown"} ({p.Attribution})"));

    /// <summary>Describes an incident's casualties per party: <c>Peshmerga: 3 killed, 2 injured</c>.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>One description per party.</returns>
    public static IEnumerable<string> Casualties(IncidentEntry incident) =>
        incident.Casualties.Select(c => $"{c.PartyName}: {Toll(c.Killed, c.Injured)}");

    /// <summary>Describes an incident's toll in total: <c>3 killed, 2 injured</c>, <c>at least 3 killed, injured not reported</c>, or <c>not reported</c>.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The description.</returns>
    public static string Total(IncidentEntry incident) => Toll(incident.TotalKilled, incident.TotalInjured);

    /// <summary>Describes a toll: <c>3 killed, 2 injured</c>; a count not reported is said to be so, never printed as 0; <c>not reported</c> when neither is.</summary>
    /// <param name="killed">The killed, if reported.</param>
    /// <param name="injured">The injured, if reported.</param>
    /// <returns>The description.</returns>
    public static string Toll(CasualtyCount? killed, CasualtyCount? injured) => (killed, injured) switch
    {
        (null, null) => "not reported",
        _ => $"{(killed is null ? "killed not reported" : $"{killed} killed")}, {(injured is null ? "injured not reported" : $"{injured} injured")}",
    };

    /// <summary>Appends <c> (inferred)</c> to a heading when the fact is inferred rather than stated.</summary>
    /// <param name="heading">The heading.</param>
    /// <param name="inferred">Whether the fact is inferred.</param>
    /// <returns>The heading, marked when inferred.</returns>
    public static string Marked(string heading, bool inferred) => inferred ? $"{heading} (inferred)" : heading;

    /// <summary>Gives a line's length: <c>1050.3 km</c>, or <c>trace not known</c>.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The length.</returns>
    public static string Length(LineEntry line) =>
        line.LengthKm is { } km ? string.Create(CultureInfo.InvariantCulture, $"{km:0.0} km") : "trace not known";

    /// <summary>
    /// Describes a mechanism's status and what it rests on: <c>operational since 2015</c>,
    /// <c>operational since 2021-05-20 (attested 2021-05-31)</c>, <c>operational (attested 2021-05-31; established implied)</c>,
    /// <c>agreed since 2020 (inferred)</c>, <c>dissolved not before 2017-10-16</c>, or <c>not dated by the sources</c>.
    /// </summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The description.</returns>
    public static string Status(MechanismEntry mechanism)
    {
        // A one-sided date already says how it bounds the change: "dissolved not before 2017-10-16", not "since not before".
        var status = mechanism.StatusSince switch
        {
            null => mechanism.Status,
            { } since when since.StartsWith("not before ", StringComparison.Ordinal) || since.StartsWith("on or before ", StringComparison.Ordinal) => $"{mechanism.Status} {since}",
            { } since => $"{mechanism.Status} since {since}",
        };
        var notes = new List<string>();
        if (mechanism.AttestedOn is { } attested)
        {
            notes.Add($"attested {attested}");
        }

        if (mechanism.Implied is { } implied)
        {
            notes.Add($"{implied} implied");
        }

        if (mechanism.Inferred is true)
        {
            notes.Add("inferred");
        }

        return notes.Count == 0 ? status : $"{status} ({string.Join("; ", notes)})";
    }

    /// <summary>Describes a support record's period and whether it goes on: <c>[2014-01-01, …), ongoing</c> or <c>[2014-10-17, 2021-01-01), ended</c>.</summary>
    /// <param name="support">The support record.</param>
    /// <returns>The description.</returns>
    public static string Period(SupportEntry support) => $"{support.Period}{(support.Ongoing ? ", ongoing" : ", ended")}";
}
