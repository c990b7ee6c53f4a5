namespace Coordination.Domain.Interop.LivingData;

/// <summary>What <see cref="LivingDataSet.Upsert(Coordination.Domain.Incidents.Incident)"/> did with one incoming incident.</summary>
public enum UpsertOutcome
{
    /// <summary>The data set's event was not held: the incident was added.</summary>
    New = 1,

    /// <summary>The held incident of the same event was replaced by a newer version that differs from it.</summary>
    Modified = 2,

    /// <summary>
    /// The held incident of the same event was replaced by a version that differs from it only in when and in which
    /// release the data set published it (the origin's release, its update time and the <c>timestamp</c> column).
    /// </summary>
    Unchanged = 3,

    /// <summary>The held incident is newer (a later update time or release), or the data set deleted the event after this version: nothing changed.</summary>
    Outdated = 4,

    /// <summary>The incident's id is held by a record of another origin (a hand-written incident, or another data set's event): nothing changed.</summary>
    Conflicting = 5,
}
