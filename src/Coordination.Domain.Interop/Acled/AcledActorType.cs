namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// ACLED's actor types, the codes of <c>inter1</c> and <c>inter2</c> (written as numbers, or since 2024 as text labels
/// such as <c>State forces</c>; <see cref="AcledScales.TryParseActorType"/> reads both).
/// </summary>
public enum AcledActorType
{
    /// <summary>0: no actor (<c>inter2</c> of an event with a single actor).</summary>
    None = 0,

    /// <summary>1: state forces (military, police, and in Iraq the Peshmerga).</summary>
    StateForces = 1,

    /// <summary>2: rebel groups.</summary>
    RebelGroup = 2,

    /// <summary>3: political militias.</summary>
    PoliticalMilitia = 3,

    /// <summary>4: identity (communal, ethnic, clan) militias.</summary>
    IdentityMilitia = 4,

    /// <summary>5: rioters.</summary>
    Rioters = 5,

    /// <summary>6: protesters.</summary>
    Protesters = 6,

    /// <summary>7: civilians.</summary>
    Civilians = 7,

    /// <summary>8: external or other forces (foreign forces, international organisations, private security).</summary>
    ExternalOrOtherForces = 8,
}
