namespace Coordination.Domain.Actors;

/// <summary>How an actor stands to another in an <see cref="ActorRelation"/> (subject → target).</summary>
public enum ActorRelationKind
{
    /// <summary>The subject is part of the target (the Iraqi Army is part of the ISF).</summary>
    PartOf = 0,

    /// <summary>The subject is under the target's command or authority (the Peshmerga under the Ministry of Peshmerga).</summary>
    SubordinateTo = 1,

    /// <summary>The subject is a member of the target (a state of a coalition).</summary>
    MemberOf = 2,

    /// <summary>The subject keeps liaison with the target.</summary>
    LiaisonTo = 3,

    /// <summary>The subject is led by the target (the Coalition is led by the United States).</summary>
    LedBy = 4,
}
