using System.Collections.Immutable;

namespace Coordination.Domain.Interop.LivingData;

/// <summary>An ACLED deletion list as <see cref="AcledDeletions.Read"/> read it: its entries and the rows it could not read.</summary>
/// <remarks>Entries plus rejected rows add up to the data rows of the file. Equality compares both lists, element by element.</remarks>
public sealed record AcledDeletionList
{
    /// <summary>Gets the entries read, in the file's order; never default.</summary>
    public ImmutableArray<AcledDeletion> Deletions { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the rows that are not a deletion (no event id, a timestamp that is not Unix seconds, too few fields), each with its line and reason; never default.</summary>
    public ImmutableArray<RejectedRow> Rejected { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc/>
    public bool Equals(AcledDeletionList? other) =>
        other is not null && System.Linq.Enumerable.SequenceEqual(Deletions, other.Deletions) && System.Linq.Enumerable.SequenceEqual(Rejected, other.Rejected);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Deletions.Length, Rejected.Length);
}
