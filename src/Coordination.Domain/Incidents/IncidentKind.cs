namespace Coordination.Domain.Incidents;

/// <summary>
/// What happened in an incident. One kind per ACLED sub-event type, so that every kind maps onto an
/// ACLED event type and sub-event type and, with the parties involved, onto a UCDP type of violence.
/// </summary>
public enum IncidentKind
{
    /// <summary>Armed clash between organised armed groups (ACLED Battles / Armed clash).</summary>
    ArmedClash = 0,

    /// <summary>A government force regains territory (ACLED Battles / Government regains territory).</summary>
    GovernmentRegainsTerritory = 1,

    /// <summary>A non-state actor overtakes territory (ACLED Battles / Non-state actor overtakes territory).</summary>
    NonStateActorOvertakesTerritory = 2,

    /// <summary>Chemical weapon (ACLED Explosions/Remote violence / Chemical weapon).</summary>
    ChemicalWeapon = 3,

    /// <summary>Air or drone strike (ACLED Explosions/Remote violence / Air/drone strike).</summary>
    AirOrDroneStrike = 4,

    /// <summary>Suicide bomb (ACLED Explosions/Remote violence / Suicide bomb).</summary>
    SuicideBomb = 5,

    /// <summary>Shelling, artillery or missile attack (ACLED Explosions/Remote violence / Shelling/artillery/missile attack).</summary>
    ShellingArtilleryOrMissileAttack = 6,

    /// <summary>Remote explosive, landmine or IED (ACLED Explosions/Remote violence / Remote explosive/landmine/IED).</summary>
    RemoteExplosive = 7,

    /// <summary>Grenade (ACLED Explosions/Remote violence / Grenade).</summary>
    Grenade = 8,

    /// <summary>Sexual violence (ACLED Violence against civilians / Sexual violence).</summary>
    SexualViolence = 9,

    /// <summary>Attack on civilians (ACLED Violence against civilians / Attack).</summary>
    AttackOnCivilians = 10,

    /// <summary>Abduction or forced disappearance (ACLED Violence against civilians / Abduction/forced disappearance).</summary>
    Abduction = 11,

    /// <summary>Peaceful protest (ACLED Protests / Peaceful protest).</summary>
    PeacefulProtest = 12,

    /// <summary>Protest with intervention (ACLED Protests / Protest with intervention).</summary>
    ProtestWithIntervention = 13,

    /// <summary>Excessive force against protesters (ACLED Protests / Excessive force against protesters).</summary>
    ExcessiveForceAgainstProtesters = 14,

    /// <summary>Violent demonstration (ACLED Riots / Violent demonstration).</summary>
    ViolentDemonstration = 15,

    /// <summary>Mob violence (ACLED Riots / Mob violence).</summary>
    MobViolence = 16,

    /// <summary>Agreement (ACLED Strategic developments / Agreement).</summary>
    Agreement = 17,

    /// <summary>Arrests (ACLED Strategic developments / Arrests).</summary>
    Arrests = 18,

    /// <summary>Change to group or activity (ACLED Strategic developments / Change to group/activity).</summary>
    ChangeToGroupOrActivity = 19,

    /// <summary>Disrupted weapons use (ACLED Strategic developments / Disrupted weapons use).</summary>
    DisruptedWeaponsUse = 20,

    /// <summary>Headquarters or base established (ACLED Strategic developments / Headquarters or base established).</summary>
    HeadquartersOrBaseEstablished = 21,

    /// <summary>Looting or property destruction (ACLED Strategic developments / Looting/property destruction).</summary>
    LootingOrPropertyDestruction = 22,

    /// <summary>Non-violent transfer of territory (ACLED Strategic developments / Non-violent transfer of territory).</summary>
    NonViolentTransferOfTerritory = 23,

    /// <summary>Other strategic development (ACLED Strategic developments / Other).</summary>
    OtherStrategicDevelopment = 24,
}
