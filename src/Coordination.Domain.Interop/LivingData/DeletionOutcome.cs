namespace Coordination.Domain.Interop.LivingData;

/// <summary>What <see cref="LivingDataSet.Delete(AcledDeletion)"/> did with one entry of an ACLED deletion list.</summary>
public enum DeletionOutcome
{
    /// <summary>The event was held and was removed.</summary>
    Deleted = 1,

    /// <summary>The event is not held (never imported, or already deleted); the deletion is remembered, so that an older version read later is not added back.</summary>
    NotHeld = 2,

    /// <summary>The held incident was updated after the deletion (its update time is later): it is kept.</summary>
    Outdated = 3,
}
