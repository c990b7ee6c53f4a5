using System;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Actors;
using Coordination.Domain.Interop.Places;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>How the formatter names an incident's sides and writes its deaths as UCDP does.</summary>
internal static class UcdpSides
{
    private const string GovernmentOf = "Government of ";

    /// <summary>
    /// Tells whether a side's name, as a file held it, still names <paramref name="party"/>: through the shipped actor map or
    /// the actor's own names; <c>Civilians</c> (or, in one-sided violence, a blank side B) names the civilians.
    /// </summary>
    internal static bool Matches(CoordinationCatalog catalog, string? name, AffectedParty party, bool oneSided = false)
    {
        var text = UcdpValues.Trimmed(name);
        return party.Kind switch
        {
            AffectedPartyKind.Civilians => text is null ? oneSided : string.Equals(text, UcdpColumns.Civilians, StringComparison.OrdinalIgnoreCase),
            AffectedPartyKind.Unidentified => text is null,
            _ => text is not null && party.Actor is { } actor
                && ((ActorMap.Reference.TryResolve(text, ConflictDataSet.UcdpGed, out var mapped) && mapped == actor)
                    || (text.Length <= Names.NameFolding.MaxInputLength && catalog.FindActor(actor)?.Names.Matches(text) == true)),
        };
    }

    /// <summary>The name UCDP gives a side: its UCDP name in the shipped actor map, else the actor's primary name; <c>Civilians</c>; empty when unidentified.</summary>
    internal static string NameOf(CoordinationCatalog catalog, AffectedParty party) => party.Kind switch
    {
        AffectedPartyKind.Civilians => UcdpColumns.Civilians,
        AffectedPartyKind.Unidentified => string.Empty,
        _ when party.Actor is not { } actor => string.Empty,
        _ => ActorMap.Reference.Entries.FirstOrDefault(e => e.Actor == party.Actor && e.DataSet == ConflictDataSet.UcdpGed)?.Name
            ?? catalog.FindActor(party.Actor.Value)?.Names.Primary.Text
            ?? party.Actor.Value.ToString(),
    };

    /// <summary>The Gleditsch–Ward number of a side that is a government named "Government of &lt;country&gt;"; otherwise empty.</summary>
    internal static string GleditschWardOf(CoordinationCatalog catalog, AffectedParty party)
    {
        if (party.Actor is not { } id || catalog.FindActor(id) is not { Kind: ActorKind.Government } actor)
        {
            return string.Empty;
        }

        foreach (var name in actor.Names.All)
        {
            if (name.Text.StartsWith(GovernmentOf, StringComparison.OrdinalIgnoreCase)
                && Countries.ResolveName(name.Text[GovernmentOf.Length..]).Country?.GleditschWard is { } number)
            {
                return UcdpValues.Write(number);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Writes the deaths per party (the best of each party's killed: civilians to <c>deaths_civilians</c>, people of unknown
    /// side and parties that are neither side to <c>deaths_unknown</c>; side B of one-sided violence has 0 when the civilians' deaths are given) and the
    /// event's low, best and high (the reported total, else the parties' figures added up).
    /// </summary>
    internal static void WriteDeaths(Incident incident, AffectedParty sideA, AffectedParty sideB, Action<string, string> set)
    {
        int? a = null, b = null, civilians = null, unknown = null;
        CasualtyEstimate? sum = null;
        foreach (var casualties in incident.Casualties)
        {
            var reported = casualties?.Killed;
            if (casualties is null || reported is null)
            {
                continue;
            }

            var killed = reported.Value;
            sum = (sum ?? CasualtyEstimate.Zero) + killed;
            var party = casualties.Party;
            if (party.Kind == AffectedPartyKind.Civilians)
            {
                civilians = (civilians ?? 0) + killed.Best;
            }
            else if (party.Kind == AffectedPartyKind.Actor && party == sideA)
            {
                a = (a ?? 0) + killed.Best;
            }
            else if (party.Kind == AffectedPartyKind.Actor && party == sideB)
            {
                b = (b ?? 0) + killed.Best;
            }
            else
            {
                unknown = (unknown ?? 0) + killed.Best;
            }
        }

        if (sideB.Kind == AffectedPartyKind.Civilians && civilians is not null)
        {
            b ??= 0;
        }

        var total = incident.ReportedTotals?.Killed ?? sum;
        set(UcdpColumns.DeathsA, Write(a));
        set(UcdpColumns.DeathsB, Write(b));
        set(UcdpColumns.DeathsCivilians, Write(civilians));
        set(UcdpColumns.DeathsUnknown, Write(unknown));
        set(UcdpColumns.Best, Write(total?.Best));
        set(UcdpColumns.High, Write(total?.High));
        set(UcdpColumns.Low, Write(total?.Low));
    }

    private static string Write(int? count) => count is { } n ? UcdpValues.Write(n) : string.Empty;
}
