using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Places;

/// <summary>
/// Resolves the place names and codes of ACLED and UCDP rows to territories: a catalog's names, aliases, ISO and
/// P-codes and former designations, the gazetteer's own table of Iraq's governorates and the Kurdistan Region
/// (with the spellings the data sets use), other spellings of the catalog's districts, and names a caller adds.
/// Names are compared folded (see <see cref="Fold"/>: case, diacritics, "province"/"governorate"/"district" and the
/// Arabic article).
/// </summary>
/// <remarks>
/// <para>Resolution is hierarchical: the first-order name is looked for among governorates and federal regions, the
/// second-order name among districts, the third-order name among sub-districts and the location among everything
/// below; a narrower name is taken only when its territory is consistent with the wider ones resolved (a district
/// named in a row whose governorate is Erbil must lie in Erbil, or in no governorate at all), and only when one
/// territory is the best match (an ambiguous name stays unresolved). A country that names somewhere other than Iraq
/// keeps Iraq's governorates out. <c>docs/interop.md</c> ("Places: the gazetteer and country codes") has the rules.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Gazetteer
{
    private const int CacheCapacity = 65_536;
    private const int CachedNameLength = 256;

    private static readonly Lazy<ImmutableArray<Source>> TableSources = new(LoadTableSources);

    // Rows repeat their places: a file of a million rows names a few thousand. Bounded, and only short names.
    private readonly ConcurrentDictionary<PlaceQuery, PlaceMatch?> cache = new();

    private readonly Dictionary<TerritoryId, PlaceEntry> entries;
    private readonly Dictionary<string, List<PlaceEntry>> byKey;
    private readonly Dictionary<string, PlaceEntry> byCode;
    private readonly Dictionary<string, PlaceEntry> callerNames;
    private readonly PlaceEntry? iraq;

    private Gazetteer(Dictionary<TerritoryId, PlaceEntry> entries, Dictionary<string, List<PlaceEntry>> byKey, Dictionary<string, PlaceEntry> byCode, Dictionary<string, PlaceEntry> callerNames, PlaceEntry? iraq)
    {
        this.entries = entries;
        this.byKey = byKey;
        this.byCode = byCode;
        this.callerNames = callerNames;
        this.iraq = iraq;
    }

    /// <summary>
    /// Gets the gazetteer's own table: the Kurdistan Region (IQ-KR), Iraq's 18 governorates with their ISO 3166-2 codes
    /// and P-codes, and Halabja (made the 19th governorate in April 2025; no code confirmed), with the data sets'
    /// spellings as aliases. Each cites the sources of <see cref="Sources"/>; their parents are <c>iraq</c> or
    /// <c>kurdistan-region</c> (<see cref="For"/> adapts them to the catalog).
    /// </summary>
    public static ImmutableArray<Territory> Governorates => GovernorateTable.All;

    /// <summary>
    /// Gets the sources the table's territories cite (<c>iso-3166-2-iq</c>, <c>ocha-cod-ab-iraq</c>, <c>research-notes</c>,
    /// the reference catalog's records): an importer that adds a <see cref="PlaceMatch.Added"/> territory adds those the catalog lacks.
    /// </summary>
    public static ImmutableArray<Source> Sources => TableSources.Value;

    /// <summary>
    /// Creates a gazetteer for a catalog: its territories first, then the governorates it lacks from
    /// <see cref="Governorates"/>. A table governorate is the catalog's when the catalog holds a territory with its
    /// ISO 3166-2 code or P-code (current or former), or a governorate with its id; its spellings then resolve to the
    /// catalog's territory. A governorate the catalog lacks lies in the catalog's Kurdistan Region or Iraq, whichever
    /// the catalog holds, or at the top; its id is the table's, or <c>…-governorate</c> when the catalog uses the id for
    /// something else.
    /// </summary>
    /// <param name="catalog">The catalog whose territories incidents are placed in.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static Gazetteer For(CoordinationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var entries = new Dictionary<TerritoryId, PlaceEntry>();
        var byCode = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var records = new List<(PlaceEntry Entry, Territory Territory)>();
        foreach (var territory in catalog.Territories)
        {
            if (territory is null || territory.Id.IsDefault || entries.ContainsKey(territory.Id))
            {
                continue;
            }

            var entry = new PlaceEntry(territory.Id, territory.Kind, territory.Parent, added: null);
            entries.Add(territory.Id, entry);
            records.Add((entry, territory));
        }

        foreach (var (entry, territory) in records)
        {
            if (entry.Parent is { } parent && !entries.ContainsKey(parent))
            {
                entry.Parent = null;
            }

            AddNames(entry, territory);
            AddCodes(entry, territory, byCode);
        }

        var iraq = records.Select(r => r.Entry).FirstOrDefault(e => e.Kind == TerritoryKind.Country && e.Codes.Contains("IQ"))
            ?? (entries.TryGetValue(GovernorateTable.Iraq, out var byId) && byId.Kind == TerritoryKind.Country ? byId : null);
        AddTable(entries, byCode, iraq);
        AddPlaceSpellings(entries, byCode);

        var byKey = new Dictionary<string, List<PlaceEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            foreach (var key in entry.Keys)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(entry);
            }
        }

        return new Gazetteer(entries, byKey, byCode, new Dictionary<string, PlaceEntry>(StringComparer.Ordinal), iraq);
    }

    /// <summary>
    /// Folds a place name to the key the gazetteer compares: the words "province", "governorate", "district",
    /// "sub-district", "qada", "nahiya" (and their Arabic forms) at either end and the Arabic article
    /// (<c>Al</c>, <c>Al-</c>, <c>El-</c>, <c>ad</c>, <c>as</c>, <c>ash</c>, <c>at</c>, <c>an</c>, <c>ar</c>, <c>az</c>)
    /// before another word are dropped, then the rest is folded by <see cref="NameFolding.Fold"/> (case, diacritics,
    /// transliteration). "Nīnawá province", "Ninawa" and "NINAWA" fold alike, as do "Al Anbār" and "Anbar",
    /// "Salah ad-Din" and "Salah al-Din". A key folds to itself.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The key; empty when the name holds no letter or digit, or is longer than <see cref="NameFolding.MaxInputLength"/> characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return PlaceNameFolding.Fold(name);
    }

    /// <summary>Returns a gazetteer that also resolves <paramref name="name"/> to <paramref name="territory"/> (a caller's own variant spelling), in preference to any other territory of that name.</summary>
    /// <param name="name">The name as a data set spells it.</param>
    /// <param name="territory">A territory of the catalog or of <see cref="Governorates"/>.</param>
    /// <returns>A new gazetteer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, folds to nothing or is longer than <see cref="NameFolding.MaxInputLength"/> characters, or <paramref name="territory"/> is unknown to the gazetteer.</exception>
    public Gazetteer WithName(string name, TerritoryId territory)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A gazetteer's name may not be blank.", nameof(name));
        }

        var key = PlaceNameFolding.Fold(name);
        if (key.Length == 0)
        {
            throw new ArgumentException($"The name holds no letter or digit to compare, or is longer than {NameFolding.MaxInputLength} characters.", nameof(name));
        }

        if (territory.IsDefault || !entries.TryGetValue(territory, out var entry))
        {
            throw new ArgumentException($"The territory '{territory}' is neither in the catalog nor in the gazetteer's table.", nameof(territory));
        }

        var names = new Dictionary<string, PlaceEntry>(callerNames, StringComparer.Ordinal) { [key] = entry };
        return new Gazetteer(entries, byKey, byCode, names, iraq);
    }

    /// <summary>
    /// Resolves a row's place names to the most specific territory that matches, consistent with the wider names (a
    /// district is only taken inside the governorate the row names), and the code (P-code or ISO 3166-2, a P-code's
    /// governorate prefix when the full code is unknown). When the code and the names disagree, the names win and the
    /// code is reported unresolved. Never throws on what a row may hold: blank, huge or control-character names simply
    /// do not resolve.
    /// </summary>
    /// <param name="query">The row's names and codes.</param>
    /// <returns>The match, or <see langword="null"/> when no name resolves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public PlaceMatch? Resolve(PlaceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (cache.TryGetValue(query, out var cached))
        {
            return cached;
        }

        var match = ResolveUncached(query);
        if (cache.Count < CacheCapacity && IsShort(query))
        {
            cache.TryAdd(query, match);
        }

        return match;
    }

    private static bool IsShort(PlaceQuery query) =>
        (query.Country?.Length ?? 0) <= CachedNameLength && (query.Admin1?.Length ?? 0) <= CachedNameLength && (query.Admin2?.Length ?? 0) <= CachedNameLength
        && (query.Admin3?.Length ?? 0) <= CachedNameLength && (query.Location?.Length ?? 0) <= CachedNameLength && (query.Code?.Length ?? 0) <= CachedNameLength;

    private PlaceMatch? ResolveUncached(PlaceQuery query)
    {
        var unresolved = ImmutableArray.CreateBuilder<string>();
        var search = new PlaceSearch(this);
        if (Given(query.Country) is { } countryName && !search.ScopeToCountry(countryName))
        {
            return null; // another country, or a sea: Iraq's names cannot be meant.
        }

        var chain = new List<PlaceEntry>();
        var levels = new List<PlaceLevel>();
        Step(query.Admin1, PlaceLevel.Admin1, PlaceSearch.Admin1Kinds);
        Step(query.Admin2, PlaceLevel.Admin2, PlaceSearch.Admin2Kinds);
        Step(query.Admin3, PlaceLevel.Admin3, PlaceSearch.Admin3Kinds);
        Step(query.Location, PlaceLevel.Location, PlaceSearch.LocationKinds);

        var best = chain.Count > 0 ? chain[^1] : search.Country;
        var level = chain.Count > 0 ? levels[^1] : PlaceLevel.Country;
        if (Given(query.Code) is { } code)
        {
            var coded = search.FindCode(code, out var exact);
            if (coded is null)
            {
                unresolved.Add(code);
            }
            else if (best is null || (best != coded && IsAncestor(best, coded)))
            {
                (best, level) = (coded, PlaceLevel.Code);
                AddUnless(exact, code);
            }
            else if (best == coded || IsAncestor(coded, best))
            {
                AddUnless(exact, code);
            }
            else
            {
                unresolved.Add(code); // the code and the names disagree: the names win
            }
        }

        return best is null ? null : new PlaceMatch { Territory = best.Id, Level = level, Added = best.Added, Unresolved = unresolved.ToImmutable() };

        void AddUnless(bool exact, string code)
        {
            if (!exact)
            {
                unresolved.Add(code);
            }
        }

        void Step(string? text, PlaceLevel level, Func<TerritoryKind, int> kindRank)
        {
            if (Given(text) is not { } name)
            {
                return;
            }

            if (search.Find(name, kindRank, chain) is { } found)
            {
                chain.Add(found);
                levels.Add(level);
            }
            else if (level != PlaceLevel.Location || !search.NamesResolved(name, chain))
            {
                unresolved.Add(name); // a name of a wider territory already resolved (UCDP's "Nīnawá province" as where_coordinates) is not
            }
        }
    }

    /// <summary>
    /// Makes the match of a territory found by a locator from a row's coordinates: a governorate of the table by its id
    /// is the gazetteer's (the catalog's, or the table's added one, whatever id it was given); any other id must be a
    /// territory of the gazetteer. A territory outside Iraq (in another country of the catalog) is not taken.
    /// </summary>
    /// <param name="territory">The territory the locator found.</param>
    /// <param name="unresolved">The row's names that did not resolve.</param>
    /// <returns>The match at <see cref="PlaceLevel.Coordinates"/>, or <see langword="null"/> when the territory is unknown here.</returns>
    internal PlaceMatch? MatchLocated(TerritoryId territory, ImmutableArray<string> unresolved)
    {
        if (territory.IsDefault)
        {
            return null;
        }

        var row = GovernorateTable.All.FirstOrDefault(r => r.Id == territory);
        var entry = row?.IsoCode is { } iso && PlaceNameFolding.NormalizeCode(iso) is { } code && byCode.GetValueOrDefault(code) is { } coded
            ? coded
            : entries.GetValueOrDefault(territory);
        return entry is null || !IsInIraqOrNowhere(entry)
            ? null
            : new PlaceMatch { Territory = entry.Id, Level = PlaceLevel.Coordinates, Added = entry.Added, Unresolved = unresolved };
    }

    /// <summary>Tells whether a row's country may be Iraq: none is named, or Iraq, or a name the gazetteer does not know.</summary>
    /// <param name="country">The row's country name, if any.</param>
    /// <returns><see langword="false"/> when the row names another country or a body of water.</returns>
    internal bool MayBeIraq(string? country)
    {
        if (Given(country) is not { } name)
        {
            return true;
        }

        var search = new PlaceSearch(this);
        return search.ScopeToCountry(name) && (search.Country is null || search.Country == iraq);
    }

    /// <summary>Tells whether <paramref name="ancestor"/> lies above <paramref name="entry"/> (strictly).</summary>
    internal bool IsAncestor(PlaceEntry ancestor, PlaceEntry entry)
    {
        var seen = 0;
        for (var current = ParentOf(entry); current is not null && seen++ < 64; current = ParentOf(current))
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the entry's nearest ancestor of <paramref name="kind"/>, if any.</summary>
    internal PlaceEntry? AncestorOfKind(PlaceEntry entry, TerritoryKind kind)
    {
        var seen = 0;
        for (var current = ParentOf(entry); current is not null && seen++ < 64; current = ParentOf(current))
        {
            if (current.Kind == kind)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>Returns the number of ancestors of the entry (bounded, so that a cycle ends).</summary>
    internal int Depth(PlaceEntry entry)
    {
        var depth = 0;
        for (var current = ParentOf(entry); current is not null && depth < 64; current = ParentOf(current))
        {
            depth++;
        }

        return depth;
    }

    /// <summary>Tells whether the entry lies in Iraq: in the catalog's Iraq, or in the table, or in no country at all.</summary>
    internal bool IsInIraqOrNowhere(PlaceEntry entry) =>
        entry.Added is not null || (iraq is not null && IsAncestor(iraq, entry)) || AncestorOfKind(entry, TerritoryKind.Country) is null;

    /// <summary>Gets the entries named by a key, a caller's name first.</summary>
    internal IEnumerable<PlaceEntry> Named(string key, out PlaceEntry? callerChoice)
    {
        callerChoice = callerNames.GetValueOrDefault(key);
        return byKey.TryGetValue(key, out var list) ? list : [];
    }

    /// <summary>Gets the entry of a code, current or former.</summary>
    internal PlaceEntry? Coded(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Gets the catalog's (or the table's) Iraq, when the catalog holds it.</summary>
    internal PlaceEntry? Iraq => iraq;

    private PlaceEntry? ParentOf(PlaceEntry entry) => entry.Parent is { } parent ? entries.GetValueOrDefault(parent) : null;

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static void AddNames(PlaceEntry entry, Territory territory)
    {
        if (territory.Names is { } names)
        {
            foreach (var name in names.All)
            {
                AddKey(entry, name?.Text);
            }
        }

        foreach (var former in territory.FormerDesignations)
        {
            AddKey(entry, former?.Name?.Text);
        }
    }

    private static void AddKey(PlaceEntry entry, string? text)
    {
        if (text is not null && PlaceNameFolding.Fold(text) is { Length: > 0 } key)
        {
            entry.Keys.Add(key);
        }
    }

    private static void AddCodes(PlaceEntry entry, Territory territory, Dictionary<string, PlaceEntry> byCode)
    {
        AddCode(entry, territory.IsoCode, byCode);
        AddCode(entry, territory.PCode, byCode);
        foreach (var former in territory.FormerDesignations)
        {
            AddCode(entry, former?.IsoCode, byCode);
            AddCode(entry, former?.PCode, byCode);
        }
    }

    private static void AddCode(PlaceEntry entry, string? code, Dictionary<string, PlaceEntry> byCode)
    {
        if (PlaceNameFolding.NormalizeCode(code) is { } normalized)
        {
            entry.Codes.Add(normalized);
            byCode.TryAdd(normalized, entry);
        }
    }

    private static void AddTable(Dictionary<TerritoryId, PlaceEntry> entries, Dictionary<string, PlaceEntry> byCode, PlaceEntry? iraq)
    {
        var tableToEntry = new Dictionary<TerritoryId, PlaceEntry>();
        foreach (var row in GovernorateTable.All)
        {
            var held = row.IsoCode is { } iso && byCode.GetValueOrDefault(iso) is { } a ? a
                : row.PCode is { } pcode && byCode.GetValueOrDefault(pcode) is { } b ? b
                : entries.GetValueOrDefault(row.Id) is { Kind: TerritoryKind.Governorate or TerritoryKind.FederalRegion } c && c.Kind == row.Kind ? c
                : null;
            if (held is not null)
            {
                AddNames(held, row);
                AddCodes(held, row, byCode);
                tableToEntry[row.Id] = held;
                continue;
            }

            var id = FreeId(entries, row.Id);
            var parent = row.Parent == GovernorateTable.KurdistanRegion && tableToEntry.GetValueOrDefault(GovernorateTable.KurdistanRegion) is { Added: null } kr ? kr : iraq;
            var added = row with { Id = id, Parent = parent?.Id };
            var entry = new PlaceEntry(id, row.Kind, parent?.Id, added);
            AddNames(entry, row);
            AddCodes(entry, row, byCode);
            entries[id] = entry;
            tableToEntry[row.Id] = entry;
        }
    }

    // The table's id, or "<id>-governorate" (then "-2", "-3" …) when the catalog uses it for something else.
    private static TerritoryId FreeId(Dictionary<TerritoryId, PlaceEntry> entries, TerritoryId id)
    {
        if (!entries.ContainsKey(id))
        {
            return id;
        }

        var stem = id.Value.EndsWith("-governorate", StringComparison.Ordinal) ? id.Value : id.Value + "-governorate";
        var candidate = TerritoryId.Parse(stem);
        for (var n = 2; entries.ContainsKey(candidate); n++)
        {
            candidate = TerritoryId.Parse($"{stem}-{n}");
        }

        return candidate;
    }

    private static void AddPlaceSpellings(Dictionary<TerritoryId, PlaceEntry> entries, Dictionary<string, PlaceEntry> byCode)
    {
        foreach (var (governorateId, kind, pcode, spellings) in PlaceSpellings.All)
        {
            var keys = spellings.Select(PlaceNameFolding.Fold).ToHashSet(StringComparer.Ordinal);
            var governorate = ResolveTableGovernorate(entries, byCode, governorateId);
            if (governorate is null)
            {
                continue;
            }

            var matches = entries.Values.Where(e => e.Kind == kind && e.Keys.Overlaps(keys) && LiesIn(entries, e, governorate)).Take(2).ToList();
            if (matches.Count != 1)
            {
                continue; // none, or two that the spellings cannot tell apart
            }

            var place = matches[0];
            place.Keys.UnionWith(keys);
            if (pcode is not null && !byCode.ContainsKey(pcode))
            {
                place.Codes.Add(pcode);
                byCode[pcode] = place;
            }
        }
    }

    // Whether the entry lies in the governorate, directly or through a district.
    private static bool LiesIn(Dictionary<TerritoryId, PlaceEntry> entries, PlaceEntry entry, PlaceEntry governorate)
    {
        var current = entry;
        for (var depth = 0; depth < 3 && current.Parent is { } parent && entries.TryGetValue(parent, out var up); depth++)
        {
            if (up == governorate)
            {
                return true;
            }

            current = up;
        }

        return false;
    }

    private static PlaceEntry? ResolveTableGovernorate(Dictionary<TerritoryId, PlaceEntry> entries, Dictionary<string, PlaceEntry> byCode, string tableId)
    {
        var row = GovernorateTable.All.First(t => t.Id.Value == tableId);
        return row.IsoCode is { } iso && byCode.GetValueOrDefault(iso) is { } held ? held : entries.GetValueOrDefault(row.Id);
    }

    private static ImmutableArray<Source> LoadTableSources()
    {
        var wanted = new[] { GovernorateTable.IsoSource, GovernorateTable.OchaSource, GovernorateTable.NotesSource };
        var reference = Coordination.Domain.Reference.ReferenceCatalog.Load();
        return [.. wanted.Select(id => reference.Sources.First(s => s.Id == id))];
    }
}
