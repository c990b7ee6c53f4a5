using System.Threading;
using System.Threading.Tasks;
using Parquet;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>The values of one column for the rows of the row group being filled.</summary>
/// <typeparam name="TRow">What one row of the table is made from.</typeparam>
internal abstract class ColumnBuffer<TRow>
{
    /// <summary>Adds the value of a row.</summary>
    /// <param name="row">The row.</param>
    public abstract void Add(in TRow row);

    /// <summary>Writes the values held as the column of a row group, then forgets them.</summary>
    /// <param name="rowGroup">The row group being written.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The writing.</returns>
    public abstract Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);
}
