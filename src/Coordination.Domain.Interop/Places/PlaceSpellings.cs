using System.Collections.Immutable;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Places;

/// <summary>
/// Other spellings of the districts of the disputed territories and of towns in them, which the gazetteer adds to a
/// catalog's district or town when one of a group's spellings names a territory of that kind of the catalog inside the
/// group's governorate (directly or through a district), with the district's P-code where one is confirmed (Dibis
/// IQG13Q03, Aqra IQG15Q01; the others are left empty rather than guessed).
/// </summary>
internal static class PlaceSpellings
{
    /// <summary>Gets the groups: the governorate's table id, the kind of territory, the confirmed P-code or <see langword="null"/>, the spellings.</summary>
    internal static ImmutableArray<(string Governorate, TerritoryKind Kind, string? PCode, ImmutableArray<string> Spellings)> All { get; } =
    [
        ("ninewa", TerritoryKind.District, null, ["Sinjar", "Shingal", "Sinjar district"]),
        ("ninewa", TerritoryKind.District, null, ["Tel Afar", "Telafar", "Tal Afar", "Tall Afar", "Tall 'Afar", "Tal Afar district"]),
        ("ninewa", TerritoryKind.District, "IQG15Q01", ["Aqra", "Akre", "Aqrah", "Akra", "Aqra district"]),
        ("ninewa", TerritoryKind.District, null, ["Shekhan", "Al-Shikhan", "Shikhan", "Shaykhan", "Sheikhan", "Al Shikhan"]),
        ("ninewa", TerritoryKind.District, null, ["Hamdaniya", "Al-Hamdaniya", "Al Hamdaniyah", "Hamdaniyah", "Al-Hamdaniyah"]),
        ("ninewa", TerritoryKind.District, null, ["Tilkaif", "Tel Kaif", "Telkaif", "Tall Kayf", "Tel Keppe", "Tilkef"]),
        ("ninewa", TerritoryKind.District, null, ["Makhmour", "Makhmur", "Makmur", "Mexmûr"]),
        ("ninewa", TerritoryKind.District, null, ["Mosul", "Al-Mosul", "Al Mosul", "Mawsil", "Al Mawsil"]),
        ("kirkuk", TerritoryKind.District, null, ["Kirkuk", "Kirkuk district", "Kirkūk"]),
        ("kirkuk", TerritoryKind.District, null, ["Daquq", "Daqoq", "Daquq district", "Dakuk"]),
        ("kirkuk", TerritoryKind.District, "IQG13Q03", ["Dibis", "Dibs", "Dabes", "Al-Dibis", "Dibis district"]),
        ("kirkuk", TerritoryKind.District, null, ["Hawija", "Al-Hawija", "Al Hawiga", "Hawiga", "Al-Hawiga", "Hawijah"]),
        ("salah-al-din", TerritoryKind.District, null, ["Tuz Khurmatu", "Tuz Khurmato", "Tooz", "Tuz", "Tuz Khurmatu district", "Tuz Khormato", "Touz Khormato"]),
        ("diyala", TerritoryKind.District, null, ["Khanaqin", "Khanaqeen", "Khaniqin", "Khanaqin district", "Xaneqîn"]),
        ("diyala", TerritoryKind.District, null, ["Kifri", "Kefri", "Kifri district"]),
        ("kirkuk", TerritoryKind.Town, null, ["Altun Kupri", "Altun Kopru", "Altunkopru", "Alton Kupri", "Prde", "Pirde", "Pirdê", "Perde"]),
        ("kirkuk", TerritoryKind.Town, null, ["Kirkuk", "Kirkuk city", "Kirkūk"]),
        ("diyala", TerritoryKind.Town, null, ["Khanaqin", "Khanaqeen", "Khaniqin", "Khanaqin town"]),
        ("diyala", TerritoryKind.Town, null, ["Jalawla", "Jalula", "Jaloula", "Jalawla'", "Jalawlah"]),
        ("diyala", TerritoryKind.Town, null, ["Mandali", "Mandli", "Mendeli"]),
        ("erbil", TerritoryKind.Town, null, ["Bnaslawa", "Binaslawa", "Bnaslawah", "Bnaslawe"]),
        ("ninewa", TerritoryKind.Town, null, ["Sinjar", "Shingal", "Sinjar town"]),
        ("ninewa", TerritoryKind.Town, null, ["Makhmour", "Makhmur", "Mexmûr"]),
    ];
}
