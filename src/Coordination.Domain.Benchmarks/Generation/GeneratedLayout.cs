namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>The layout a <see cref="SyntheticConflictFile"/> is written in.</summary>
public enum GeneratedLayout
{
    /// <summary>ACLED's export since 2023: 31 columns, <c>event_id_cnty</c> to <c>timestamp</c>.</summary>
    Acled = 1,

    /// <summary>UCDP GED's <c>GEDEvent_vXX_1.csv</c>: 49 columns, <c>id</c> to <c>gwnob</c>.</summary>
    Ucdp = 2,
}
