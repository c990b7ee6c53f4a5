namespace Coordination.Domain.Mechanisms;

/// <summary>The role an actor plays in a coordination mechanism.</summary>
public enum ParticipantRole
{
    /// <summary>A party to the coordination; every mechanism has at least two.</summary>
    Party = 0,

    /// <summary>The actor hosting the mechanism (at whose command or site it sits).</summary>
    Host = 1,

    /// <summary>An actor facilitating the coordination without being a party (the Coalition at a JCCC).</summary>
    Facilitator = 2,

    /// <summary>An actor supporting the mechanism from outside (politically, financially).</summary>
    Supporter = 3,
}
