using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Names;
using Coordination.Domain.Reference;
using Coordination.Domain.Territories;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Places;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Reference = Gazetteer.For(ReferenceCatalog.Load());

    private static PlaceMatch? Admin1(Gazetteer gazetteer, string name) => gazetteer.Resolve(new PlaceQuery { Admin1 = name });

    [Theory]
    [InlineData("Nīnawá province", "ninewa")]
    [InlineData("Şalāḩ ad Dīn province", "salah-al-din")]
    [InlineData("Dahūk province", "duhok")]
    [InlineData("Arbīl province", "erbil")]
    [InlineData("Salah al-Din", "salah-al-din")]
    [InlineData("Al Anbār", "anbar")]
    [InlineData("Al Anbār province", "anbar")]
    [InlineData("Kirkūk province", "kirkuk")]
    [InlineData("At-Ta'mim", "kirkuk")]
    [InlineData("Diyālá province", "diyala")]
    [InlineData("As Sulaymānīyah province", "sulaymaniyah")]
    [InlineData("Al Başrah province", "basrah")]
    [InlineData("Dhī Qār province", "thi-qar")]
    [InlineData("Wāsiţ province", "wassit")]
    [InlineData("Karbalā' province", "kerbala")]
    [InlineData("Bābil province", "babil")]
    [InlineData("Maysān province", "maysan")]
    [InlineData("An Najaf province", "najaf")]
    [InlineData("Al Muthanná province", "muthanna")]
    [InlineData("Al Qādisīyah province", "qadissiya")]
    [InlineData("Baghdād province", "baghdad-governorate")]
    [InlineData("Halabja", "halabja")]
    [InlineData("NINEWA", "ninewa")]
    [InlineData("  ninawa  ", "ninewa")]
    [InlineData("Nineveh Governorate", "ninewa")]
    [InlineData("محافظة نينوى", "ninewa")]
    [InlineData("هەولێر", "erbil")]
    public void The_data_sets_spellings_of_a_governorate_resolve_to_it(string admin1, string expected)
    {
        var match = Admin1(Reference, admin1);
        Assert.NotNull(match);
        Assert.Equal(expected, match.Territory.Value);
        Assert.Equal(PlaceLevel.Admin1, match.Level);
        Assert.Empty(match.Unresolved);
    }

    [Fact]
    public void A_governorate_the_catalog_holds_is_the_catalogs_and_one_it_lacks_is_added_from_the_table()
    {
        Assert.Null(Admin1(Reference, "Nīnawá province")!.Added);
        var anbar = Admin1(Reference, "Al Anbār")!;
        Assert.NotNull(anbar.Added);
        Assert.Equal("anbar", anbar.Added.Id.Value);
        Assert.Equal("IQ-AN", anbar.Added.IsoCode);
        Assert.Equal("IQG01", anbar.Added.PCode);
        Assert.Equal(TerritoryId.Parse("iraq"), anbar.Added.Parent);
        Assert.Equal(TerritoryId.Parse("kurdistan-region"), Admin1(Reference, "Dahūk province")!.Added!.Parent);
    }

    [Fact]
    public void Every_governorate_added_to_the_reference_catalog_with_the_table_sources_validates()
    {
        var catalog = ReferenceCatalog.Load();
        var added = Gazetteer.Governorates
            .Select(g => Admin1(Reference, g.Names.Primary.Text)!.Added)
            .OfType<Territory>()
            .ToImmutableArray();
        Assert.Equal(14, added.Length); // 19 + IQ-KR, less the five the reference catalog holds (erbil, kirkuk, diyala, ninewa, salah-al-din) and IQ-KR
        var missingSources = Gazetteer.Sources.Where(s => catalog.Sources.All(c => c.Id != s.Id));
        var extended = new CoordinationCatalog { Actors = catalog.Actors, People = catalog.People, Territories = catalog.Territories.AddRange(added), Lines = catalog.Lines, Mechanisms = catalog.Mechanisms, Incidents = catalog.Incidents, Support = catalog.Support, Sources = catalog.Sources.AddRange(missingSources), Statements = catalog.Statements };
        var result = extended.Validate();
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode} {e.ErrorMessage}")));
    }

    [Fact]
    public void Governorates_added_to_an_empty_catalog_validate()
    {
        var empty = Gazetteer.For(CoordinationCatalog.Empty);
        var added = Gazetteer.Governorates.Select(g => Admin1(empty, g.Names.Primary.Text) ?? empty.Resolve(new PlaceQuery { Code = g.IsoCode }))
            .Select(m => m!.Added!)
            .ToImmutableArray();
        Assert.Equal(Gazetteer.Governorates.Length, added.Length);
        Assert.All(added, t => Assert.Null(t.Parent)); // the catalog holds neither Iraq nor the Kurdistan Region
        var catalog = new CoordinationCatalog { Territories = added, Sources = Gazetteer.Sources };
        var result = catalog.Validate();
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode} {e.ErrorMessage}")));
    }

    [Fact]
    public void The_table_holds_the_18_governorates_halabja_and_the_kurdistan_region_with_their_codes()
    {
        var table = Gazetteer.Governorates;
        Assert.Equal(20, table.Length);
        Assert.Equal(18, table.Count(t => t.PCode is not null));
        Assert.Equal(Enumerable.Range(1, 18).Select(i => $"IQG{i:00}"), table.Where(t => t.PCode is not null).Select(t => t.PCode));
        Assert.Equal(19, table.Select(t => t.IsoCode).OfType<string>().Distinct().Count());
        Assert.Equal("IQ-KR", table.Single(t => t.Kind == TerritoryKind.FederalRegion).IsoCode);
        Assert.Equal(
            ["duhok", "erbil", "halabja", "sulaymaniyah"],
            table.Where(t => t.Parent == TerritoryId.Parse("kurdistan-region")).Select(t => t.Id.Value).Order());
    }

    [Theory]
    [InlineData("IQ-KI", "kirkuk")]
    [InlineData(" iq-ki ", "kirkuk")]
    [InlineData("IQ-TS", "kirkuk")]
    [InlineData("IQG13", "kirkuk")]
    [InlineData("IQG13Q03", "dibis")]
    [InlineData("IQG15Q01", "aqra")]
    [InlineData("IQ-KR", "kurdistan-region")]
    [InlineData("IQ-AN", "anbar")]
    [InlineData("IQG08", "baghdad-governorate")]
    [InlineData("IQ", "iraq")]
    public void Codes_resolve_iso_p_codes_and_former_codes(string code, string expected)
    {
        var match = Reference.Resolve(new PlaceQuery { Code = code });
        Assert.NotNull(match);
        Assert.Equal(expected, match.Territory.Value);
        Assert.Equal(PlaceLevel.Code, match.Level);
        Assert.Empty(match.Unresolved);
    }

    [Fact]
    public void An_unknown_p_code_resolves_to_its_governorate_and_is_reported()
    {
        var match = Reference.Resolve(new PlaceQuery { Code = "IQG13Q99N07" })!;
        Assert.Equal("kirkuk", match.Territory.Value);
        Assert.Equal(["IQG13Q99N07"], match.Unresolved);
    }

    [Fact]
    public void A_code_narrower_than_the_names_wins_and_a_code_that_disagrees_loses()
    {
        var narrower = Reference.Resolve(new PlaceQuery { Admin1 = "Kirkuk", Code = "IQG13Q03" })!;
        Assert.Equal(("dibis", PlaceLevel.Code), (narrower.Territory.Value, narrower.Level));
        var agreeing = Reference.Resolve(new PlaceQuery { Admin1 = "Kirkuk", Code = "IQ-KI" })!;
        Assert.Equal(("kirkuk", PlaceLevel.Admin1), (agreeing.Territory.Value, agreeing.Level));
        Assert.Empty(agreeing.Unresolved);
        var disagreeing = Reference.Resolve(new PlaceQuery { Admin1 = "Erbil", Code = "IQG13" })!;
        Assert.Equal(("erbil", PlaceLevel.Admin1), (disagreeing.Territory.Value, disagreeing.Level));
        Assert.Equal(["IQG13"], disagreeing.Unresolved);
    }

    [Fact]
    public void A_district_is_only_taken_inside_the_governorate_the_row_names()
    {
        var inside = Reference.Resolve(new PlaceQuery { Admin1 = "Nīnawá province", Admin2 = "Makhmur" })!;
        Assert.Equal(("makhmour", PlaceLevel.Admin2), (inside.Territory.Value, inside.Level));
        var outside = Reference.Resolve(new PlaceQuery { Admin1 = "Arbīl province", Admin2 = "Makhmur" })!;
        Assert.Equal(("erbil", PlaceLevel.Admin1), (outside.Territory.Value, outside.Level));
        Assert.Equal(["Makhmur"], outside.Unresolved);
    }

    [Fact]
    public void A_location_is_only_taken_inside_the_governorate_the_row_names()
    {
        var inside = Reference.Resolve(new PlaceQuery { Admin1 = "Kirkuk", Location = "Altun Kupri" })!;
        Assert.Equal(("prde", PlaceLevel.Location), (inside.Territory.Value, inside.Level));
        var outside = Reference.Resolve(new PlaceQuery { Admin1 = "Diyala", Location = "Altun Kupri" })!;
        Assert.Equal(("diyala", PlaceLevel.Admin1), (outside.Territory.Value, outside.Level));
        Assert.Equal(["Altun Kupri"], outside.Unresolved);
    }

    [Fact]
    public void A_name_shared_by_a_governorate_a_district_and_a_town_resolves_at_each_level()
    {
        var row = new PlaceQuery { Country = "Iraq", Admin1 = "Kirkuk", Admin2 = "Kirkuk", Location = "Kirkuk" };
        var match = Reference.Resolve(row)!;
        Assert.Equal(("kirkuk-city", PlaceLevel.Location), (match.Territory.Value, match.Level));
        Assert.Equal("kirkuk-district", Reference.Resolve(row with { Location = null })!.Territory.Value);
        Assert.Equal("kirkuk", Reference.Resolve(row with { Admin2 = null, Location = null })!.Territory.Value);
        Assert.Equal("kirkuk-city", Reference.Resolve(new PlaceQuery { Location = "Kirkuk" })!.Territory.Value);
    }

    [Theory]
    [InlineData("Nīnawá province")]
    [InlineData("Iraq")]
    [InlineData("Ninewa governorate")]
    public void A_location_that_repeats_a_wider_name_or_the_country_is_not_reported(string location)
    {
        var match = Reference.Resolve(new PlaceQuery { Country = "Iraq", Admin1 = "Nīnawá province", Location = location })!;
        Assert.Equal(("ninewa", PlaceLevel.Admin1), (match.Territory.Value, match.Level));
        Assert.Empty(match.Unresolved);
    }

    [Theory]
    [InlineData("Kirkuk town")]
    [InlineData("Kirkuk city")]
    [InlineData("Prde village")]
    public void Ucdp_place_words_town_city_village_are_folded_away(string location) =>
        Assert.Equal(PlaceLevel.Location, Reference.Resolve(new PlaceQuery { Admin1 = "Kirkuk", Location = location })!.Level);

    [Fact]
    public void The_governorate_of_baghdad_and_the_city_of_baghdad_are_told_apart()
    {
        var governorate = Admin1(Reference, "Baghdad")!;
        Assert.Equal("baghdad-governorate", governorate.Territory.Value);
        Assert.NotNull(governorate.Added);
        var city = Reference.Resolve(new PlaceQuery { Admin1 = "Baghdad", Admin2 = "Baghdad", Location = "Baghdad" })!;
        Assert.Equal(("baghdad", PlaceLevel.Location), (city.Territory.Value, city.Level));
        Assert.Equal(["Baghdad"], city.Unresolved); // the catalog has no district of Baghdad
    }

    [Theory]
    [InlineData("Al-Hamdaniya", "hamdaniya")]
    [InlineData("Tel Kaif", "tilkaif")]
    [InlineData("Telafar", "tel-afar")]
    [InlineData("Akre", "aqra")]
    [InlineData("Al-Shikhan", "shekhan")]
    [InlineData("Sinjar district", "sinjar")]
    public void Districts_of_the_catalog_resolve_under_other_spellings(string admin2, string expected) =>
        Assert.Equal(expected, Reference.Resolve(new PlaceQuery { Admin1 = "Nīnawá province", Admin2 = admin2 })!.Territory.Value);

    [Theory]
    [InlineData("kirkuk", "Al-Hawiga", "hawija")]
    [InlineData("kirkuk", "Dabes", "dibis")]
    [InlineData("kirkuk", "Daqoq", "daquq")]
    [InlineData("Şalāḩ ad Dīn province", "Tuz Khurmato", "tuz-khurmatu")]
    [InlineData("Diyālá province", "Khanaqeen", "khanaqin-district")]
    [InlineData("Diyālá province", "Kifri", "kifri")]
    public void Districts_of_other_governorates_resolve_under_other_spellings(string admin1, string admin2, string expected) =>
        Assert.Equal(expected, Reference.Resolve(new PlaceQuery { Admin1 = admin1, Admin2 = admin2 })!.Territory.Value);

    [Theory]
    [InlineData("Altun Kopru", "prde")]
    [InlineData("Perde", "prde")]
    [InlineData("Jalula", "jalawla")]
    [InlineData("Binaslawa", "bnaslawa")]
    [InlineData("Mendeli", "mandali")]
    public void Towns_of_the_catalog_resolve_under_other_spellings_inside_their_governorate(string location, string expected)
    {
        var governorate = ReferenceCatalog.Load().Territories.Single(t => t.Id.Value == expected).Parent!.Value.Value;
        Assert.Equal(expected, Reference.Resolve(new PlaceQuery { Admin1 = governorate, Location = location })!.Territory.Value);
    }

    [Theory]
    [InlineData("Syria")]
    [InlineData("Turkey")]
    [InlineData("Red Sea")]
    public void A_row_of_another_country_or_a_sea_does_not_resolve_to_iraq(string country) =>
        Assert.Null(Reference.Resolve(new PlaceQuery { Country = country, Admin1 = "Nīnawá province", Code = "IQG15" }));

    [Fact]
    public void A_row_of_iraq_resolves_and_a_country_alone_resolves_to_the_country()
    {
        Assert.Equal("ninewa", Reference.Resolve(new PlaceQuery { Country = "Iraq", Admin1 = "Nīnawá province" })!.Territory.Value);
        var country = Reference.Resolve(new PlaceQuery { Country = "Iraq", Admin1 = "Atlantis" })!;
        Assert.Equal(("iraq", PlaceLevel.Country), (country.Territory.Value, country.Level));
        Assert.Equal(["Atlantis"], country.Unresolved);
    }

    [Fact]
    public void Unknown_names_do_not_resolve_and_a_known_narrower_name_still_does()
    {
        Assert.Null(Admin1(Reference, "Atlantis"));
        Assert.Null(Reference.Resolve(new PlaceQuery()));
        var match = Reference.Resolve(new PlaceQuery { Admin1 = "Atlantis", Location = "Prde" })!;
        Assert.Equal(("prde", PlaceLevel.Location), (match.Territory.Value, match.Level));
        Assert.Equal(["Atlantis"], match.Unresolved);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\u0001\u001f")]
    [InlineData("\uD800")]
    [InlineData("Ninewa\0")]
    [InlineData("-- / ,")]
    public void Hostile_names_never_throw(string hostile)
    {
        var query = new PlaceQuery { Country = hostile, Admin1 = hostile, Admin2 = hostile, Admin3 = hostile, Location = hostile, Code = hostile };
        _ = Reference.Resolve(query);
        _ = Gazetteer.Fold(hostile);
    }

    [Fact]
    public void A_huge_name_does_not_resolve_and_does_not_throw()
    {
        var huge = new string('a', 10 * 1024 * 1024);
        Assert.Null(Reference.Resolve(new PlaceQuery { Country = huge, Admin1 = huge, Location = huge, Code = huge }));
        Assert.Equal(string.Empty, Gazetteer.Fold(huge));
        Assert.Equal("ninewa", Reference.Resolve(new PlaceQuery { Admin1 = "Ninewa", Location = huge })!.Territory.Value);
    }

    [Fact]
    public void A_control_character_inside_a_name_is_ignored() =>
        Assert.Equal("ninewa", Admin1(Reference, "Nine\u0007wa")!.Territory.Value);

    [Fact]
    public void A_callers_name_resolves_in_preference_and_leaves_the_gazetteer_unchanged()
    {
        var extended = Reference.WithName("Kirkuk", TerritoryId.Parse("prde"));
        Assert.Equal("prde", extended.Resolve(new PlaceQuery { Location = "Kirkuk" })!.Territory.Value);
        Assert.Equal("kirkuk-city", Reference.Resolve(new PlaceQuery { Location = "Kirkuk" })!.Territory.Value);
        var mosul = Reference.WithName("Mosul province", TerritoryId.Parse("ninewa"));
        Assert.Equal("ninewa", Admin1(mosul, "MOSUL")!.Territory.Value);
        Assert.Null(Admin1(Reference, "Mosul"));
        var table = Reference.WithName("Ramadi", TerritoryId.Parse("anbar"));
        Assert.Equal("anbar", Admin1(table, "Ramadi")!.Territory.Value);
    }

    [Fact]
    public void A_callers_name_must_be_a_name_of_a_known_territory()
    {
        Assert.Throws<ArgumentNullException>(() => Reference.WithName(null!, TerritoryId.Parse("prde")));
        Assert.Throws<ArgumentException>(() => Reference.WithName("  ", TerritoryId.Parse("prde")));
        Assert.Throws<ArgumentException>(() => Reference.WithName("--", TerritoryId.Parse("prde")));
        Assert.Throws<ArgumentException>(() => Reference.WithName("Somewhere", TerritoryId.Parse("atlantis")));
        Assert.Throws<ArgumentException>(() => Reference.WithName("Somewhere", default));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => Gazetteer.For(null!));
        Assert.Throws<ArgumentNullException>(() => Reference.Resolve(null!));
        Assert.Throws<ArgumentNullException>(() => Gazetteer.Fold(null!));
    }

    [Fact]
    public void A_catalog_that_uses_a_table_id_for_something_else_gets_the_governorate_under_another_id()
    {
        var town = new Territory { Id = TerritoryId.Parse("anbar"), Kind = TerritoryKind.Town, Names = NameSet.Of("Anbar town"), Sources = [SourceId.Parse("research-notes")] };
        var gazetteer = Gazetteer.For(new CoordinationCatalog { Territories = [town] });
        var match = Admin1(gazetteer, "Al Anbār province")!;
        Assert.Equal("anbar-governorate", match.Territory.Value);
        Assert.Equal("anbar-governorate", match.Added!.Id.Value);
    }

    [Fact]
    public void A_catalog_that_uses_both_ids_for_something_else_gets_a_numbered_id()
    {
        Territory Town(string id) => new() { Id = TerritoryId.Parse(id), Kind = TerritoryKind.Town, Names = NameSet.Of(id), Sources = [SourceId.Parse("research-notes")] };
        var gazetteer = Gazetteer.For(new CoordinationCatalog { Territories = [Town("baghdad-governorate"), Town("anbar"), Town("anbar-governorate")] });
        Assert.Equal("baghdad-governorate-2", Admin1(gazetteer, "Baghdād province")!.Added!.Id.Value);
        Assert.Equal("anbar-governorate-2", Admin1(gazetteer, "Al Anbār")!.Added!.Id.Value);
    }

    [Fact]
    public void A_catalog_holding_a_governorate_under_its_own_id_keeps_it()
    {
        var mine = new Territory { Id = TerritoryId.Parse("ninawa-gov"), Kind = TerritoryKind.Governorate, Names = NameSet.Of("Ninawa"), IsoCode = "IQ-NI", Sources = [SourceId.Parse("research-notes")] };
        var gazetteer = Gazetteer.For(new CoordinationCatalog { Territories = [mine] });
        var match = Admin1(gazetteer, "Nīnawá province")!;
        Assert.Equal("ninawa-gov", match.Territory.Value);
        Assert.Null(match.Added);
        Assert.Equal("ninawa-gov", gazetteer.Resolve(new PlaceQuery { Code = "IQG15" })!.Territory.Value);
    }

    [Fact]
    public void A_catalog_with_nulls_duplicates_and_a_parent_cycle_still_builds()
    {
        var a = new Territory { Id = TerritoryId.Parse("a"), Kind = TerritoryKind.District, Names = NameSet.Of("Alpha"), Parent = TerritoryId.Parse("b") };
        var b = new Territory { Id = TerritoryId.Parse("b"), Kind = TerritoryKind.District, Names = NameSet.Of("Beta"), Parent = TerritoryId.Parse("a") };
        var catalog = new CoordinationCatalog { Territories = [a, null!, b, a with { Names = NameSet.Of("Gamma") }] };
        var gazetteer = Gazetteer.For(catalog);
        Assert.Equal("a", gazetteer.Resolve(new PlaceQuery { Admin2 = "Alpha" })!.Territory.Value);
        Assert.Null(gazetteer.Resolve(new PlaceQuery { Admin2 = "Gamma" }));
        Assert.Equal("b", gazetteer.Resolve(new PlaceQuery { Admin2 = "Alpha", Location = "Beta" })!.Territory.Value);
    }

    [Theory]
    [InlineData("Nīnawá province", "Ninawa")]
    [InlineData("Al Anbār", "Anbar")]
    [InlineData("Al-Anbar Governorate", "anbar")]
    [InlineData("Salah ad-Din", "Salah al-Din")]
    [InlineData("Şalāḩ ad Dīn province", "Salah al Din")]
    [InlineData("Sinjar district", "SINJAR")]
    [InlineData("Rashad sub-district", "Rashad")]
    [InlineData("Mosul town", "Mosul")]
    public void Folding_equates_the_data_sets_decorations(string left, string right) =>
        Assert.Equal(Gazetteer.Fold(left), Gazetteer.Fold(right));

    [Theory]
    [InlineData("Province")]
    [InlineData("Al")]
    [InlineData("District")]
    public void A_word_alone_is_kept(string word) => Assert.NotEmpty(Gazetteer.Fold(word));
}
