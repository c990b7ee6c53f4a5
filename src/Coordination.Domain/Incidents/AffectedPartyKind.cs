namespace Coordination.Domain.Incidents;

/// <summary>Whether an <see cref="AffectedParty"/> is a catalogued actor or a group.</summary>
public enum AffectedPartyKind
{
    /// <summary>A catalogued actor (the Peshmerga).</summary>
    Actor = 0,

    /// <summary>Civilians.</summary>
    Civilians = 1,

    /// <summary>People whose side the sources do not give.</summary>
    Unidentified = 2,
}
