using System.Collections.Immutable;
using Coordination.Domain.Actors;
using Coordination.Domain.Provenance;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop;

/// <summary>
/// The records an import created besides its incidents, which a catalog needs before it can hold them: actors for
/// names the actor map did not know, governorates the catalog lacked, and a source for each data set and release.
/// </summary>
public sealed record ImportedRecords
{
    /// <summary>Gets the actors created for unknown names, with the kind their inter code or side says; never default.</summary>
    public ImmutableArray<Actor> Actors { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the territories added from the gazetteer's own table (governorates the catalog lacked); never default.</summary>
    public ImmutableArray<Territory> Territories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources the incidents cite: one per data set and release; never default.</summary>
    public ImmutableArray<Source> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc/>
    public bool Equals(ImportedRecords? other) =>
        other is not null && System.Linq.Enumerable.SequenceEqual(Actors, other.Actors)
        && System.Linq.Enumerable.SequenceEqual(Territories, other.Territories) && System.Linq.Enumerable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Actors.Length, Territories.Length, Sources.Length);
}
