namespace Coordination.Domain.Interop.LivingData;

/// <summary>
/// What a <see cref="LivingDataSet"/> has done so far: one count per <see cref="UpsertOutcome"/> (so their sum is the
/// incidents upserted), the deletions applied, and the records added from <see cref="ImportedRecords"/>.
/// </summary>
public sealed record LivingDataCounts
{
    /// <summary>Gets the incidents added for events not held before.</summary>
    public int New { get; init; }

    /// <summary>Gets the held incidents replaced by a newer version that differs from them.</summary>
    public int Modified { get; init; }

    /// <summary>Gets the incoming versions that differ from the held incident only in their release and update time.</summary>
    public int Unchanged { get; init; }

    /// <summary>Gets the incoming versions older than the held incident or than a deletion, left out.</summary>
    public int Outdated { get; init; }

    /// <summary>Gets the incoming incidents whose id a record of another origin holds, left out.</summary>
    public int Conflicting { get; init; }

    /// <summary>Gets the held incidents removed by deletion lists.</summary>
    public int Deleted { get; init; }

    /// <summary>Gets the actors added (created by the import for names the catalog did not know).</summary>
    public int ActorsAdded { get; init; }

    /// <summary>Gets the territories added (governorates the catalog lacked).</summary>
    public int TerritoriesAdded { get; init; }

    /// <summary>Gets the sources added (one per data set and release).</summary>
    public int SourcesAdded { get; init; }

    /// <summary>Gets the incidents upserted: the sum of the five outcomes.</summary>
    public int Upserted => New + Modified + Unchanged + Outdated + Conflicting;
}
