namespace Coordination.Domain.Mechanisms;

/// <summary>
/// A stage in the lifecycle of a coordination mechanism: proposed → agreed → established →
/// operational, then suspended ⇄ operational, and dissolved from any stage (see <see cref="MechanismLifecycle"/>).
/// </summary>
public enum MechanismStatus
{
    /// <summary>Proposed or called for, not yet agreed.</summary>
    Proposed = 0,

    /// <summary>Agreed by the parties, not yet set up.</summary>
    Agreed = 1,

    /// <summary>Set up (staffed, sited), not yet working.</summary>
    Established = 2,

    /// <summary>Working.</summary>
    Operational = 3,

    /// <summary>Stopped for a time; may become operational again.</summary>
    Suspended = 4,

    /// <summary>Ended for good. No transition leaves this stage.</summary>
    Dissolved = 5,
}
