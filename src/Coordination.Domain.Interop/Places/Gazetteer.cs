using System;
using System.Collections.Immutable;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Places;

/// <summary>
/// Resolves the place names and codes of ACLED and UCDP rows to territories: a catalog's names, aliases, ISO and
/// P-codes and former designations, the gazetteer's own table of Iraq's 18 governorates and the Kurdistan Region
/// (with the spellings the data sets use), and names a caller adds. Names are compared folded (case, diacritics,
/// "province"/"governorate" suffixes and the Arabic article).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Gazetteer
{
    private readonly CoordinationCatalog catalog;

    private Gazetteer(CoordinationCatalog catalog) => this.catalog = catalog;

    /// <summary>Gets the gazetteer's own table: Iraq's 18 governorates and the Kurdistan Region, with ISO 3166-2 codes, P-codes and the data sets' spellings.</summary>
    public static ImmutableArray<Territory> Governorates => []; // SKELETON: the places helper fills the table

    /// <summary>Creates a gazetteer for a catalog: its territories first, then the governorates it lacks from <see cref="Governorates"/>.</summary>
    /// <param name="catalog">The catalog whose territories incidents are placed in.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static Gazetteer For(CoordinationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new Gazetteer(catalog); // SKELETON
    }

    /// <summary>Returns a gazetteer that also resolves <paramref name="name"/> to <paramref name="territory"/> (a caller's own variant spelling).</summary>
    /// <param name="name">The name as a data set spells it.</param>
    /// <param name="territory">A territory of the catalog or of <see cref="Governorates"/>.</param>
    /// <returns>A new gazetteer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="territory"/> is unknown to the gazetteer.</exception>
    public Gazetteer WithName(string name, TerritoryId territory)
    {
        ArgumentNullException.ThrowIfNull(name);
        return this; // SKELETON
    }

    /// <summary>Resolves a row's place names to the most specific territory that matches, consistent with the wider names (a district is only taken inside the governorate the row names).</summary>
    /// <param name="query">The row's names and codes.</param>
    /// <returns>The match, or <see langword="null"/> when no name resolves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public PlaceMatch? Resolve(PlaceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return catalog.Territories.IsEmpty ? null : null; // SKELETON
    }
}
