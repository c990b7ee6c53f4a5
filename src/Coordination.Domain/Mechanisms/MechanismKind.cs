namespace Coordination.Domain.Mechanisms;

/// <summary>What kind of coordination mechanism a <see cref="CoordinationMechanism"/> is.</summary>
public enum MechanismKind
{
    /// <summary>A joint coordination centre (JCC) of two forces.</summary>
    JointCoordinationCentre = 0,

    /// <summary>A joint coordination centre that includes the Coalition (the JCCC at Camp Zeravani).</summary>
    JointCoalitionCoordinationCentre = 1,

    /// <summary>Liaison officers of one actor placed at another's command (Peshmerga LNOs at the JOC).</summary>
    LiaisonArrangement = 2,

    /// <summary>A force made of units of both sides (the joint brigades).</summary>
    JointForce = 3,

    /// <summary>A standing committee of both sides (the Higher Coordinating Committee).</summary>
    JointCommittee = 4,
}
