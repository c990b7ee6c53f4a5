using System;
using System.IO;
using System.Linq;
using Coordination.Domain.Interop.Places;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Places;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("368", CountryCodeKind.IsoNumeric, "IRQ")]
    [InlineData(" 368 ", CountryCodeKind.IsoNumeric, "IRQ")]
    [InlineData("368.0", CountryCodeKind.IsoNumeric, "IRQ")]
    [InlineData("0368", CountryCodeKind.IsoNumeric, "IRQ")]
    [InlineData("792", CountryCodeKind.IsoNumeric, "TUR")]
    [InlineData("760", CountryCodeKind.IsoNumeric, "SYR")]
    [InlineData("IRQ", CountryCodeKind.Iso3, "IRQ")]
    [InlineData("irq", CountryCodeKind.Iso3, "IRQ")]
    [InlineData("IRN", CountryCodeKind.Iso3, "IRN")]
    [InlineData("645", CountryCodeKind.GleditschWard, "IRQ")]
    [InlineData("640", CountryCodeKind.GleditschWard, "TUR")]
    [InlineData("630", CountryCodeKind.GleditschWard, "IRN")]
    [InlineData("652", CountryCodeKind.GleditschWard, "SYR")]
    [InlineData("2", CountryCodeKind.GleditschWard, "USA")]
    public void Codes_resolve_in_their_own_system(string code, CountryCodeKind kind, string iso3)
    {
        var resolution = Countries.Resolve(code, kind);
        Assert.Equal(iso3, resolution.Country?.Iso3);
        Assert.Null(resolution.NotACountry);
        Assert.False(resolution.IsUnknown);
        Assert.Equal(code, resolution.Value);
    }

    [Fact]
    public void The_same_number_means_different_countries_in_iso_and_gleditsch_ward()
    {
        Assert.Equal("IRQ", Countries.Resolve("645", CountryCodeKind.GleditschWard).Country!.Iso3);
        Assert.True(Countries.Resolve("645", CountryCodeKind.IsoNumeric).IsUnknown);
        Assert.Equal("IRQ", Countries.Resolve("368", CountryCodeKind.IsoNumeric).Country!.Iso3);
        Assert.True(Countries.Resolve("368", CountryCodeKind.GleditschWard).IsUnknown);
    }

    [Theory]
    [InlineData("XKX", CountryCodeKind.Iso3, "Kosovo")]
    [InlineData("xkx", CountryCodeKind.Iso3, "Kosovo")]
    [InlineData("347", CountryCodeKind.GleditschWard, "Kosovo")]
    [InlineData("2", CountryCodeKind.IsoNumeric, "Akrotiri")]
    [InlineData("0", CountryCodeKind.IsoNumeric, "blank")]
    [InlineData("0", CountryCodeKind.GleditschWard, "blank")]
    [InlineData("", CountryCodeKind.Iso3, "blank")]
    [InlineData("  ", CountryCodeKind.IsoNumeric, "blank")]
    public void Values_that_are_not_countries_are_said_to_be_so(string code, CountryCodeKind kind, string meaning)
    {
        var resolution = Countries.Resolve(code, kind);
        Assert.Null(resolution.Country);
        Assert.Contains(meaning, resolution.NotACountry, StringComparison.Ordinal);
        Assert.False(resolution.IsUnknown);
    }

    [Theory]
    [InlineData("999", CountryCodeKind.IsoNumeric)]
    [InlineData("ZZZ", CountryCodeKind.Iso3)]
    [InlineData("IRAQ", CountryCodeKind.Iso3)]
    [InlineData("-368", CountryCodeKind.IsoNumeric)]
    [InlineData("3 68", CountryCodeKind.IsoNumeric)]
    [InlineData("99999999999999999999", CountryCodeKind.GleditschWard)]
    [InlineData("\0", CountryCodeKind.Iso3)]
    [InlineData("732", CountryCodeKind.GleditschWard)]
    public void Other_values_are_unknown(string code, CountryCodeKind kind) =>
        Assert.True(Countries.Resolve(code, kind).IsUnknown);

    [Theory]
    [InlineData("Iraq", "IRQ")]
    [InlineData("IRAQ", "IRQ")]
    [InlineData("Republic of Iraq", "IRQ")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Iran", "IRN")]
    [InlineData("Iran, Islamic Republic of", "IRN")]
    [InlineData("Syria", "SYR")]
    [InlineData("Syrian Arab Republic", "SYR")]
    [InlineData("Russia (Soviet Union)", "RUS")]
    [InlineData("United States", "USA")]
    [InlineData("Palestine", "PSE")]
    public void Names_resolve_as_the_data_sets_spell_them(string name, string iso3) =>
        Assert.Equal(iso3, Countries.ResolveName(name).Country?.Iso3);

    [Theory]
    [InlineData("Red Sea")]
    [InlineData("Mediterranean Sea")]
    [InlineData("Persian Gulf")]
    [InlineData("Gulf of Aden")]
    [InlineData("Indian Ocean")]
    [InlineData("Strait of Hormuz")]
    [InlineData("Kosovo")]
    [InlineData("")]
    public void Names_that_are_not_countries_are_said_to_be_so(string name)
    {
        var resolution = Countries.ResolveName(name);
        Assert.Null(resolution.Country);
        Assert.NotNull(resolution.NotACountry);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Sea")]
    [InlineData("\uD800")]
    public void Other_names_are_unknown(string name) => Assert.True(Countries.ResolveName(name).IsUnknown);

    [Fact]
    public void A_huge_name_or_code_is_unknown_and_does_not_throw()
    {
        var huge = new string('9', 10 * 1024 * 1024);
        Assert.True(Countries.ResolveName(huge).IsUnknown);
        Assert.True(Countries.Resolve(huge, CountryCodeKind.IsoNumeric).IsUnknown);
        Assert.True(Countries.Resolve(huge, CountryCodeKind.Iso3).IsUnknown);
    }

    [Fact]
    public void The_table_is_iso_3166_1_with_unique_codes_and_gleditsch_ward_numbers_for_the_region()
    {
        var all = Countries.All;
        Assert.Equal(249, all.Length);
        Assert.Equal(all.Length, all.Select(c => c.Iso3).Distinct().Count());
        Assert.Equal(all.Length, all.Select(c => c.IsoNumeric).Distinct().Count());
        var gw = all.Where(c => c.GleditschWard is not null).ToList();
        Assert.Equal(gw.Count, gw.Select(c => c.GleditschWard).Distinct().Count());
        Assert.Equal(new Country("Iraq", "IRQ", 368, 645), Countries.Iraq);
        foreach (var neighbour in new[] { "TUR", "IRN", "SYR", "JOR", "SAU", "KWT" })
        {
            Assert.NotNull(all.Single(c => c.Iso3 == neighbour).GleditschWard);
        }
    }

    [Fact]
    public void The_shipped_table_is_the_one_the_script_made_from_its_sources()
    {
        var shipped = File.ReadAllText(RepositoryFiles.PathOf("src", "Coordination.Domain.Interop", "Places", "countries.tsv"));
        Assert.StartsWith("# Made by eng/countries/make-countries.py from iso-codes ", shipped, StringComparison.Ordinal);
        var gw = File.ReadAllLines(RepositoryFiles.PathOf("eng", "countries", "gleditsch-ward.tsv")).Where(l => !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(gw.OrderBy(p => p.Key), Countries.All.Where(c => c.GleditschWard is not null).Select(c => new System.Collections.Generic.KeyValuePair<string, int>(c.Iso3, c.GleditschWard!.Value)).OrderBy(p => p.Key));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => Countries.Resolve(null!, CountryCodeKind.Iso3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Countries.Resolve("368", (CountryCodeKind)99));
        Assert.Throws<ArgumentNullException>(() => Countries.ResolveName(null!));
    }

    [Property(MaxTest = 300)]
    public bool Every_country_resolves_by_each_of_its_codes_and_its_name(byte pick)
    {
        var country = Countries.All[pick % Countries.All.Length];
        return Countries.Resolve(country.Iso3, CountryCodeKind.Iso3).Country == country
            && Countries.Resolve(country.IsoNumeric.ToString(System.Globalization.CultureInfo.InvariantCulture), CountryCodeKind.IsoNumeric).Country == country
            && (country.GleditschWard is not { } gw || Countries.Resolve(gw.ToString(System.Globalization.CultureInfo.InvariantCulture), CountryCodeKind.GleditschWard).Country == country)
            && Countries.ResolveName(country.Name).Country == country;
    }

    [Property(MaxTest = 300)]
    public bool Resolving_never_throws_and_always_keeps_the_value(string? value)
    {
        if (value is null)
        {
            return true;
        }

        return Countries.ResolveName(value).Value == value
            && Enum.GetValues<CountryCodeKind>().All(k => Countries.Resolve(value, k).Value == value);
    }
}
