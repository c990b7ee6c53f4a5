using System;
using System.Collections.Generic;
using Coordination.Domain.Actors;

namespace Coordination.Domain.Interop.Acled;

/// <summary>How ACLED's actor columns map onto actors: the kind of a new actor from its inter code, and back.</summary>
internal static class AcledActors
{
    /// <summary>The name ACLED gives a perpetrator nobody identified, followed by the country: <c>Unidentified Armed Group (Iraq)</c>.</summary>
    public const string UnidentifiedArmedGroup = "Unidentified Armed Group";

    /// <summary>
    /// Gets the kind of a new actor: <c>Government of …</c> is a government (a foreign one, type 8, a foreign
    /// mission); state forces (1) and external forces (8) are armed forces; rebel groups, militias, rioters,
    /// protesters and civilians named as actors (2–7) are non-state groups. Without a type, <c>Military Forces of</c> and
    /// <c>Police Forces of</c> names are armed forces, and other names non-state groups.
    /// </summary>
    public static ActorKind KindFor(AcledActorType type, string name)
    {
        if (name.StartsWith("Government of", StringComparison.OrdinalIgnoreCase))
        {
            return type == AcledActorType.ExternalOrOtherForces ? ActorKind.ForeignMission : ActorKind.Government;
        }

        return type switch
        {
            AcledActorType.StateForces or AcledActorType.ExternalOrOtherForces => ActorKind.ArmedForce,
            AcledActorType.None when name.StartsWith("Military Forces of", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Police Forces of", StringComparison.OrdinalIgnoreCase) => ActorKind.ArmedForce,
            _ => ActorKind.NonStateArmedGroup,
        };
    }

    /// <summary>Gets the inter code written for an actor of a kind when the origin does not give one.</summary>
    public static AcledActorType TypeFor(ActorKind kind) => kind switch
    {
        ActorKind.Government or ActorKind.RegionalGovernment or ActorKind.Ministry or ActorKind.Command or ActorKind.ArmedForce => AcledActorType.StateForces,
        ActorKind.NonStateArmedGroup => AcledActorType.RebelGroup,
        _ => AcledActorType.ExternalOrOtherForces,
    };

    /// <summary>Tells whether a name is ACLED's unidentified armed group (of any country).</summary>
    public static bool IsUnidentified(string name) => name.StartsWith(UnidentifiedArmedGroup, StringComparison.OrdinalIgnoreCase);

    /// <summary>Tells whether a name is ACLED's civilians (<c>Civilians (Iraq)</c>).</summary>
    public static bool IsCivilians(string name) =>
        name.Equals("Civilians", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Civilians (", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits an <c>assoc_actor_*</c> cell on semicolons into trimmed, non-empty names.</summary>
    public static IReadOnlyList<string> SplitAssociated(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return []; // most cells: nothing made
        }

        if (!cell.Contains(';', StringComparison.Ordinal))
        {
            return [cell.Trim()];
        }

        var names = new List<string>();
        foreach (var part in cell.Split(';'))
        {
            var name = part.Trim();
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
