namespace Coordination.Domain.Incidents;

/// <summary>How firmly an incident is tied to a perpetrator.</summary>
public enum Attribution
{
    /// <summary>The perpetrator claimed responsibility.</summary>
    Claimed = 0,

    /// <summary>Officials or the sources attribute it to the perpetrator.</summary>
    Attributed = 1,

    /// <summary>The perpetrator is suspected, not established.</summary>
    Suspected = 2,

    /// <summary>The perpetrator is not known; no actor is named.</summary>
    Unknown = 3,
}
