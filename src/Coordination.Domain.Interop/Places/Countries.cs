using System;
using System.Collections.Immutable;

namespace Coordination.Domain.Interop.Places;

/// <summary>The countries the data sets name, with their ISO 3166-1 and Gleditsch–Ward codes, and the values that are not countries.</summary>
public static class Countries
{
    /// <summary>Gets Iraq (IRQ, 368, Gleditsch–Ward 645).</summary>
    public static Country Iraq { get; } = new("Iraq", "IRQ", 368, 645);

    /// <summary>Gets every country of the table.</summary>
    public static ImmutableArray<Country> All { get; } = [Iraq]; // SKELETON

    /// <summary>Resolves a code in one code system.</summary>
    /// <param name="code">The code as the file held it, for example <c>368</c>, <c>IRQ</c>, <c>645</c>, <c>XKX</c>.</param>
    /// <param name="kind">The code system the column uses.</param>
    /// <returns>The country, a non-country, or an unknown value; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static CountryResolution Resolve(string code, CountryCodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(code);
        var match = kind switch
        {
            CountryCodeKind.IsoNumeric => code.Trim() == "368",
            CountryCodeKind.Iso3 => string.Equals(code.Trim(), "IRQ", StringComparison.OrdinalIgnoreCase),
            CountryCodeKind.GleditschWard => code.Trim() == "645",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined CountryCodeKind."),
        };
        return new CountryResolution { Value = code, Country = match ? Iraq : null }; // SKELETON
    }

    /// <summary>Resolves a country's name as the data sets spell it (ACLED and UCDP <c>country</c>), including bodies of water.</summary>
    /// <param name="name">The name, for example <c>Iraq</c> or <c>Red Sea</c>.</param>
    /// <returns>The country, a non-country, or an unknown value; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static CountryResolution ResolveName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new CountryResolution { Value = name, Country = string.Equals(name.Trim(), "Iraq", StringComparison.OrdinalIgnoreCase) ? Iraq : null }; // SKELETON
    }
}
