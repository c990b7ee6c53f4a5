namespace Coordination.Domain.Support;

/// <summary>A kind of enabling support one actor gives others.</summary>
public enum SupportKind
{
    /// <summary>Intelligence.</summary>
    Intelligence = 0,

    /// <summary>Operational advising.</summary>
    OperationalAdvising = 1,

    /// <summary>Air support.</summary>
    AirSupport = 2,

    /// <summary>Logistics.</summary>
    Logistics = 3,

    /// <summary>Special operations forces.</summary>
    SpecialOperationsForces = 4,

    /// <summary>Training.</summary>
    Training = 5,

    /// <summary>Equipment.</summary>
    Equipment = 6,

    /// <summary>Funding.</summary>
    Funding = 7,
}
