namespace Coordination.Domain.Interop;

/// <summary>The conflict-event data sets the importer reads and the exporter writes.</summary>
public enum ConflictDataSet
{
    /// <summary>ACLED, the Armed Conflict Location &amp; Event Data project (<c>event_id_cnty</c>, <c>event_date</c>, …).</summary>
    Acled = 1,

    /// <summary>UCDP GED, the Uppsala Conflict Data Program's Georeferenced Event Dataset (<c>id</c>, <c>date_start</c>, …).</summary>
    UcdpGed = 2,
}
