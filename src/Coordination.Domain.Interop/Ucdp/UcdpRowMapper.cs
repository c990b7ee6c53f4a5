namespace Coordination.Domain.Interop.Ucdp;

/// <summary>Maps a UCDP GED row (any GED layout) onto an incident. SKELETON: the ucdp helper implements it.</summary>
internal sealed class UcdpRowMapper : IRowMapper
{
    /// <inheritdoc/>
    public RowResult Map(SourceRow row, ImportContext context) => context.Reject(row, null, "UCDP GED rows are not mapped yet.");
}
