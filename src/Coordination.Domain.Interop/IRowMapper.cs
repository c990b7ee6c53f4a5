namespace Coordination.Domain.Interop;

/// <summary>
/// Maps one data row of a data set onto an incident (ACLED: <c>Acled/AcledRowMapper</c>; UCDP: <c>Ucdp/UcdpRowMapper</c>).
/// The importer owns the file (decoding, splitting, header, HXL row, line numbers, derived-id collisions); the mapper
/// owns the data set's columns. A mapper never throws for bad data: it returns a <see cref="RejectedRow"/> made by
/// <see cref="ImportContext.Reject"/> naming the column, value and reason.
/// </summary>
internal interface IRowMapper
{
    /// <summary>Maps a row.</summary>
    /// <param name="row">The row, whose header's layout belongs to the mapper's data set.</param>
    /// <param name="context">Resolves actors and places, derives ids and builds origins; records what the import creates.</param>
    /// <returns>An <see cref="ImportedRow"/> or a <see cref="RejectedRow"/>.</returns>
    RowResult Map(SourceRow row, ImportContext context);
}
