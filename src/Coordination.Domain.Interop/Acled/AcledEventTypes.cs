using System;
using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Interop.Acled;

/// <summary>ACLED's event types and sub-event types, one sub-event type per <see cref="IncidentKind"/>, compared folded (case, white space, hyphens, "protestors").</summary>
internal static class AcledEventTypes
{
    public const string Battles = "Battles";
    public const string ExplosionsRemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    private static readonly (IncidentKind Kind, string EventType, string SubEventType)[] Table =
    [
        (IncidentKind.ArmedClash, Battles, "Armed clash"),
        (IncidentKind.GovernmentRegainsTerritory, Battles, "Government regains territory"),
        (IncidentKind.NonStateActorOvertakesTerritory, Battles, "Non-state actor overtakes territory"),
        (IncidentKind.ChemicalWeapon, ExplosionsRemoteViolence, "Chemical weapon"),
        (IncidentKind.AirOrDroneStrike, ExplosionsRemoteViolence, "Air/drone strike"),
        (IncidentKind.SuicideBomb, ExplosionsRemoteViolence, "Suicide bomb"),
        (IncidentKind.ShellingArtilleryOrMissileAttack, ExplosionsRemoteViolence, "Shelling/artillery/missile attack"),
        (IncidentKind.RemoteExplosive, ExplosionsRemoteViolence, "Remote explosive/landmine/IED"),
        (IncidentKind.Grenade, ExplosionsRemoteViolence, "Grenade"),
        (IncidentKind.SexualViolence, ViolenceAgainstCivilians, "Sexual violence"),
        (IncidentKind.AttackOnCivilians, ViolenceAgainstCivilians, "Attack"),
        (IncidentKind.Abduction, ViolenceAgainstCivilians, "Abduction/forced disappearance"),
        (IncidentKind.PeacefulProtest, Protests, "Peaceful protest"),
        (IncidentKind.ProtestWithIntervention, Protests, "Protest with intervention"),
        (IncidentKind.ExcessiveForceAgainstProtesters, Protests, "Excessive force against protesters"),
        (IncidentKind.ViolentDemonstration, Riots, "Violent demonstration"),
        (IncidentKind.MobViolence, Riots, "Mob violence"),
        (IncidentKind.Agreement, StrategicDevelopments, "Agreement"),
        (IncidentKind.Arrests, StrategicDevelopments, "Arrests"),
        (IncidentKind.ChangeToGroupOrActivity, StrategicDevelopments, "Change to group/activity"),
        (IncidentKind.DisruptedWeaponsUse, StrategicDevelopments, "Disrupted weapons use"),
        (IncidentKind.HeadquartersOrBaseEstablished, StrategicDevelopments, "Headquarters or base established"),
        (IncidentKind.LootingOrPropertyDestruction, StrategicDevelopments, "Looting/property destruction"),
        (IncidentKind.NonViolentTransferOfTerritory, StrategicDevelopments, "Non-violent transfer of territory"),
        (IncidentKind.OtherStrategicDevelopment, StrategicDevelopments, "Other"),
    ];

    private static readonly Dictionary<string, IncidentKind> BySubEventType = BuildIndex();

    private static readonly Dictionary<string, IncidentKind> ByLabel = Table.ToDictionary(r => r.SubEventType, r => r.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the sub-event type's label as ACLED spells it.</summary>
    public static string SubEventTypeOf(IncidentKind kind) => Row(kind).SubEventType;

    /// <summary>Gets the event type the kind's sub-event type belongs to.</summary>
    public static string EventTypeOf(IncidentKind kind) => Row(kind).EventType;

    /// <summary>Gets the <c>disorder_type</c> ACLED gives the kind's events.</summary>
    public static string DisorderTypeOf(IncidentKind kind) => kind switch
    {
        IncidentKind.PeacefulProtest or IncidentKind.ProtestWithIntervention or IncidentKind.ViolentDemonstration => "Demonstrations",
        IncidentKind.ExcessiveForceAgainstProtesters => "Political violence; Demonstrations",
        _ when Row(kind).EventType == StrategicDevelopments => StrategicDevelopments,
        _ => "Political violence",
    };

    /// <summary>Reads a sub-event type, folded.</summary>
    public static bool TryParseSubEventType(string text, out IncidentKind kind) =>
        ByLabel.TryGetValue(text, out kind) || BySubEventType.TryGetValue(Fold(text), out kind);

    /// <summary>Tells whether an event type's text names the event type of <paramref name="kind"/>, folded.</summary>
    public static bool IsEventTypeOf(IncidentKind kind, string text) =>
        string.Equals(text, EventTypeOf(kind), StringComparison.OrdinalIgnoreCase) || Fold(text) == Fold(EventTypeOf(kind));

    /// <summary>Folds a label: lower case, without white space or hyphens, "protestor" read as "protester".</summary>
    public static string Fold(string text)
    {
        // Stryker disable once Conditional,Equality : on the stack or the heap, the buffer holds the same characters
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not '-' and not '_')
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]).Replace("protestor", "protester", StringComparison.Ordinal);
    }

    private static (IncidentKind Kind, string EventType, string SubEventType) Row(IncidentKind kind)
    {
        var i = (int)kind;
        return i >= 0 && i < Table.Length && Table[i].Kind == kind
            ? Table[i]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined IncidentKind.");
    }

    private static Dictionary<string, IncidentKind> BuildIndex()
    {
        var index = new Dictionary<string, IncidentKind>(StringComparer.Ordinal);
        foreach (var (kind, _, sub) in Table)
        {
            index.Add(Fold(sub), kind);
        }

        return index;
    }
}
