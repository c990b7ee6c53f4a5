namespace Coordination.Domain.Actors;

/// <summary>What kind of actor an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A national government (the Government of Iraq).</summary>
    Government = 0,

    /// <summary>A regional government (the Kurdistan Regional Government).</summary>
    RegionalGovernment = 1,

    /// <summary>A ministry of a government (the Ministry of Peshmerga Affairs).</summary>
    Ministry = 2,

    /// <summary>A military command (the Joint Operations Command).</summary>
    Command = 3,

    /// <summary>An armed force (the Iraqi Security Forces, the Peshmerga, the Iraqi Army).</summary>
    ArmedForce = 4,

    /// <summary>A coalition of states or forces (CJTF-OIR, the U.S.-led Coalition).</summary>
    Coalition = 5,

    /// <summary>A non-state armed group (ISIS/Daesh).</summary>
    NonStateArmedGroup = 6,

    /// <summary>A foreign government or one of its missions (the UK embassy, the US Consulate General in Erbil).</summary>
    ForeignMission = 7,

    /// <summary>A media organisation (Esta Media Network).</summary>
    Media = 8,

    /// <summary>An international organisation (the United Nations, NATO Mission Iraq).</summary>
    InternationalOrganisation = 9,
}
