using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;

namespace Coordination.Domain.Interop.Places;

/// <summary>
/// The countries of ISO 3166-1 with their alpha-3 and numeric codes and, for the countries of the Middle East, their
/// neighbours and the states whose forces act in Iraq, their Gleditsch–Ward numbers; and the values the data sets put
/// where a country goes that are not countries: a body of water ("Red Sea"), Kosovo's user-assigned <c>XKX</c>, ACLED's
/// <c>iso</c> 2 (Akrotiri and Dhekelia), and 0 or blank.
/// </summary>
/// <remarks>
/// The table is made by <c>eng/countries/make-countries.py</c> from Debian's iso-codes (ISO 3166-1) and a cited list of
/// Gleditsch–Ward numbers; <c>docs/interop.md</c> names the sources and the limit (a country outside that list has no
/// Gleditsch–Ward number, so its UCDP code resolves as unknown). Thread-safe.
/// </remarks>
public static class Countries
{
    /// <summary>The resource name of the embedded table.</summary>
    internal const string ResourceName = "Coordination.Domain.Interop.Places.countries.tsv";

    private const string Water = "a body of water, not a country";
    private const string Kosovo = "Kosovo: XKX is a user-assigned code outside ISO 3166-1 (Gleditsch–Ward 347)";
    private const string AkrotiriAndDhekelia = "Akrotiri and Dhekelia (the British Sovereign Base Areas on Cyprus): ACLED's own iso code 2, outside ISO 3166-1";
    private const string NoCountry = "no country: the value is blank or 0";

    private static readonly Lazy<Table> Loaded = new(Load);

    private static readonly string[] WaterWords = ["sea", "ocean", "gulf", "bay", "strait", "straits", "channel", "waters"];

    /// <summary>Gets Iraq (IRQ, 368, Gleditsch–Ward 645).</summary>
    public static Country Iraq => Loaded.Value.ByIso3["IRQ"];

    /// <summary>Gets every country of the table (the 249 of ISO 3166-1), ordered by alpha-3 code.</summary>
    public static ImmutableArray<Country> All => Loaded.Value.All;

    /// <summary>Resolves a code in one code system.</summary>
    /// <param name="code">The code as the file held it, for example <c>368</c>, <c>IRQ</c>, <c>645</c>, <c>XKX</c>; surrounding white space is ignored, letters in any case, numbers with leading zeros or a <c>.0</c> a spreadsheet added.</param>
    /// <param name="kind">The code system the column uses.</param>
    /// <returns>The country, a non-country, or an unknown value; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="CountryCodeKind"/>.</exception>
    public static CountryResolution Resolve(string code, CountryCodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (kind is not (CountryCodeKind.IsoNumeric or CountryCodeKind.Iso3 or CountryCodeKind.GleditschWard))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined CountryCodeKind.");
        }

        var table = Loaded.Value;
        var trimmed = code.Trim();
        if (trimmed.Length == 0)
        {
            return new CountryResolution { Value = code, NotACountry = NoCountry };
        }

        if (kind == CountryCodeKind.Iso3)
        {
            var upper = trimmed.Length == 3 ? trimmed.ToUpperInvariant() : trimmed;
            return upper == "XKX"
                ? new CountryResolution { Value = code, NotACountry = Kosovo }
                : new CountryResolution { Value = code, Country = table.ByIso3.GetValueOrDefault(upper) };
        }

        if (!FieldValues.TryReadWholeNumber(trimmed, out var number))
        {
            return new CountryResolution { Value = code };
        }

        return (kind, number) switch
        {
            (_, 0) => new CountryResolution { Value = code, NotACountry = NoCountry },
            (CountryCodeKind.IsoNumeric, 2) => new CountryResolution { Value = code, NotACountry = AkrotiriAndDhekelia },
            (CountryCodeKind.IsoNumeric, _) => new CountryResolution { Value = code, Country = table.ByNumeric.GetValueOrDefault(number) },
            (_, 347) => new CountryResolution { Value = code, NotACountry = Kosovo },
            _ => new CountryResolution { Value = code, Country = table.ByGleditschWard.GetValueOrDefault(number) },
        };
    }

    /// <summary>
    /// Resolves a country's name as the data sets spell it (ACLED and UCDP <c>country</c>): the ISO short, common and
    /// official names and the data sets' own spellings (<c>Turkey</c>, <c>Iran</c>, <c>Syria</c>, <c>Russia (Soviet
    /// Union)</c>), compared folded; a name ending in Sea, Ocean, Gulf, Bay, Strait, Channel or Waters (or "Gulf of …")
    /// is a body of water; Kosovo is the XKX non-country.
    /// </summary>
    /// <param name="name">The name, for example <c>Iraq</c> or <c>Red Sea</c>.</param>
    /// <returns>The country, a non-country, or an unknown value; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static CountryResolution ResolveName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            return new CountryResolution { Value = name, NotACountry = NoCountry };
        }

        var table = Loaded.Value;
        if (table.ByExactName.TryGetValue(name, out var exact))
        {
            return new CountryResolution { Value = name, Country = exact };
        }

        var key = PlaceNameFolding.Fold(name);
        if (key.Length > 0 && table.ByName.TryGetValue(key, out var country))
        {
            return new CountryResolution { Value = name, Country = country };
        }

        if (key == PlaceNameFolding.Fold("Kosovo"))
        {
            return new CountryResolution { Value = name, NotACountry = Kosovo };
        }

        return IsBodyOfWater(name)
            ? new CountryResolution { Value = name, NotACountry = Water }
            : new CountryResolution { Value = name };
    }

    private static bool IsBodyOfWater(string name)
    {
        if (name.Length > 200)
        {
            return false;
        }

        var words = name.Trim().Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        static bool IsWaterWord(string word) => WaterWords.Contains(word.ToLowerInvariant());
        return IsWaterWord(words[^1]) || (IsWaterWord(words[0]) && words[1].Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    private static Table Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from Coordination.Domain.Interop.");
        using var text = new StreamReader(stream);
        _ = text.ReadLine(); // the provenance line
        using var reader = Sep.Reader(o => o with { Sep = new Sep('\t') }).From(text);
        var all = new List<Country>();
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byExactName = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var gw = row["gw"].ToString();
            var country = new Country(row["name"].ToString(), row["iso3"].ToString(), row["numeric"].Parse<int>(), gw.Length == 0 ? null : int.Parse(gw, CultureInfo.InvariantCulture));
            all.Add(country);
            foreach (var spelling in row["aliases"].ToString().Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(country.Name))
            {
                byName.TryAdd(PlaceNameFolding.Fold(spelling), country);
                byExactName.TryAdd(spelling, country);
            }
        }

        return new Table(
            [.. all],
            all.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal),
            all.ToFrozenDictionary(c => c.IsoNumeric),
            all.Where(c => c.GleditschWard is not null).ToFrozenDictionary(c => c.GleditschWard!.Value),
            byName.ToFrozenDictionary(StringComparer.Ordinal),
            byExactName.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record Table(
        ImmutableArray<Country> All,
        FrozenDictionary<string, Country> ByIso3,
        FrozenDictionary<int, Country> ByNumeric,
        FrozenDictionary<int, Country> ByGleditschWard,
        FrozenDictionary<string, Country> ByName,
        FrozenDictionary<string, Country> ByExactName);
}
