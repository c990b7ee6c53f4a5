using System;
using System.Collections.Generic;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Places;

/// <summary>One resolution of a <see cref="PlaceQuery"/>: the country it is scoped to, and the search for each name.</summary>
internal sealed class PlaceSearch
{
    private readonly Gazetteer gazetteer;
    private bool iraqOnly;

    /// <summary>Creates a search over <paramref name="gazetteer"/>.</summary>
    internal PlaceSearch(Gazetteer gazetteer) => this.gazetteer = gazetteer;

    /// <summary>Gets the country the search is scoped to, when the catalog holds it.</summary>
    internal PlaceEntry? Country { get; private set; }

    /// <summary>The first-order level: governorates first, then federal regions; -1 for other kinds.</summary>
    internal static int Admin1Kinds(TerritoryKind kind) => kind switch { TerritoryKind.Governorate => 0, TerritoryKind.FederalRegion => 1, _ => -1 };

    /// <summary>The second-order level: districts.</summary>
    internal static int Admin2Kinds(TerritoryKind kind) => kind == TerritoryKind.District ? 0 : -1;

    /// <summary>The third-order level: sub-districts.</summary>
    internal static int Admin3Kinds(TerritoryKind kind) => kind == TerritoryKind.SubDistrict ? 0 : -1;

    /// <summary>A named place: towns first, then sites, sub-districts, districts, informal regions, governorates, federal regions.</summary>
    internal static int LocationKinds(TerritoryKind kind) => kind switch
    {
        TerritoryKind.Town => 0,
        TerritoryKind.Site => 1,
        TerritoryKind.SubDistrict => 2,
        TerritoryKind.District => 3,
        TerritoryKind.InformalRegion => 4,
        TerritoryKind.Governorate => 5,
        TerritoryKind.FederalRegion => 6,
        _ => -1,
    };

    /// <summary>
    /// Scopes the search to the country a row names: a country of the catalog by name, or Iraq; a name that is neither
    /// a known country nor a known non-country leaves the search unscoped.
    /// </summary>
    /// <returns><see langword="false"/> when the row names another country or a body of water, so that nothing of Iraq may match.</returns>
    internal bool ScopeToCountry(string name)
    {
        var key = PlaceNameFolding.Fold(name);
        PlaceEntry? only = null;
        var count = 0;
        foreach (var entry in gazetteer.Named(key, out _))
        {
            if (entry.Kind == TerritoryKind.Country)
            {
                only = entry;
                count++;
            }
        }

        if (count == 1)
        {
            Country = only;
            iraqOnly = only == gazetteer.Iraq;
            return true;
        }

        var resolution = Countries.ResolveName(name.Length > NamesLimit ? string.Empty : name);
        if (resolution.Country is { Iso3: "IRQ" })
        {
            Country = gazetteer.Iraq;
            iraqOnly = true;
            return true;
        }

        return resolution.IsUnknown;
    }

    /// <summary>Finds the one territory best named <paramref name="name"/> at a level, consistent with the territories resolved so far.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kindRank">The level's kinds, the preferred first; -1 for a kind the level never names.</param>
    /// <param name="chain">The territories the wider names resolved to, widest first.</param>
    /// <returns>The territory, or <see langword="null"/> when none matches or two match equally well.</returns>
    internal PlaceEntry? Find(string name, Func<TerritoryKind, int> kindRank, List<PlaceEntry> chain)
    {
        var key = PlaceNameFolding.Fold(name);
        if (key.Length == 0)
        {
            return null;
        }

        var named = gazetteer.Named(key, out var callerChoice);
        if (callerChoice is not null && kindRank(callerChoice.Kind) >= 0 && !chain.Contains(callerChoice) && Fits(callerChoice, chain))
        {
            return callerChoice;
        }

        PlaceEntry? best = null;
        (int Scope, int Kind) bestRank = (int.MinValue, int.MinValue);
        var tie = false;
        foreach (var candidate in named)
        {
            var kind = kindRank(candidate.Kind);
            if (kind < 0 || chain.Contains(candidate) || !Fits(candidate, chain))
            {
                continue;
            }

            // Inside the narrowest resolved territory first; then the preferred kind.
            var scope = -1;
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                if (gazetteer.IsAncestor(chain[i], candidate))
                {
                    scope = i;
                    break;
                }
            }

            var rank = (scope, -kind);
            if (best is null || rank.CompareTo(bestRank) > 0)
            {
                (best, bestRank, tie) = (candidate, rank, false);
            }
            else if (rank.CompareTo(bestRank) == 0)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>
    /// Tells whether <paramref name="name"/> names a territory already resolved, or the country (UCDP's <c>where_coordinates</c>
    /// repeats the governorate or the country when <c>where_prec</c> is 4 or 6), so that it is not reported unresolved.
    /// </summary>
    internal bool NamesResolved(string name, List<PlaceEntry> chain)
    {
        var key = PlaceNameFolding.Fold(name);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var entry in chain)
        {
            if (entry.Keys.Contains(key))
            {
                return true;
            }
        }

        return Country?.Keys.Contains(key) == true || (iraqOnly && Countries.ResolveName(name).Country is { Iso3: "IRQ" });
    }

    /// <summary>Finds the territory of a P-code or ISO 3166-2 code, or of the longest known prefix of a P-code (IQG13Q03N01, IQG13Q03, IQG13).</summary>
    /// <param name="code">The code as the row holds it.</param>
    /// <param name="exact">Whether the whole code was known.</param>
    /// <returns>The territory, or <see langword="null"/>.</returns>
    internal PlaceEntry? FindCode(string code, out bool exact)
    {
        exact = false;
        if (PlaceNameFolding.NormalizeCode(code) is not { } normalized)
        {
            return null;
        }

        if (gazetteer.Coded(normalized) is { } whole && InCountry(whole))
        {
            exact = true;
            return whole;
        }

        for (var i = normalized.Length - 1; i > 3; i--)
        {
            if (char.IsAsciiLetterUpper(normalized[i]) && char.IsAsciiDigit(normalized[i - 1])
                && gazetteer.Coded(normalized[..i]) is { } prefix && InCountry(prefix))
            {
                return prefix;
            }
        }

        return null;
    }

    private const int NamesLimit = Coordination.Domain.Names.NameFolding.MaxInputLength;

    private bool InCountry(PlaceEntry candidate) =>
        iraqOnly ? candidate == Country || gazetteer.IsInIraqOrNowhere(candidate)
        : Country is null || candidate == Country || gazetteer.IsAncestor(Country, candidate);

    private bool Fits(PlaceEntry candidate, List<PlaceEntry> chain)
    {
        if (!InCountry(candidate))
        {
            return false;
        }

        foreach (var resolved in chain)
        {
            if (gazetteer.IsAncestor(resolved, candidate))
            {
                continue;
            }

            // Not inside it: only when it is no territory of the same level and lies in none other of that level.
            if (candidate.Kind == resolved.Kind || gazetteer.AncestorOfKind(candidate, resolved.Kind) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
