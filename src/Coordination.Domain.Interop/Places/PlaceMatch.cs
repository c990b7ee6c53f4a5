using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Places;

/// <summary>The most specific territory a <see cref="PlaceQuery"/> resolved to, and the names that did not resolve.</summary>
public sealed record PlaceMatch
{
    /// <summary>Gets the territory.</summary>
    public required TerritoryId Territory { get; init; }

    /// <summary>Gets which of the query's names resolved to <see cref="Territory"/>.</summary>
    public required PlaceLevel Level { get; init; }

    /// <summary>Gets the territory's record when it comes from the gazetteer's own table and the catalog lacks it (a governorate the catalog does not hold), so that the importer can add it; otherwise <see langword="null"/>.</summary>
    public Territory? Added { get; init; }

    /// <summary>Gets the query's names and code that no territory matched, or matched only outside the resolved hierarchy (a district of another governorate), or — a code — only by its governorate prefix; in the query's order (admin1, admin2, admin3, location, code); never default.</summary>
    public ImmutableArray<string> Unresolved { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc/>
    public bool Equals(PlaceMatch? other) =>
        other is not null && Territory == other.Territory && Level == other.Level && Equals(Added, other.Added)
        && System.Linq.Enumerable.SequenceEqual(Unresolved, other.Unresolved);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Territory, Level, Added);
}
