namespace Coordination.Domain.Interop.Acled;

/// <summary>Maps an ACLED row (any ACLED layout) onto an incident. SKELETON: the acled helper implements it.</summary>
internal sealed class AcledRowMapper : IRowMapper
{
    /// <inheritdoc/>
    public RowResult Map(SourceRow row, ImportContext context) => context.Reject(row, null, "ACLED rows are not mapped yet.");
}
