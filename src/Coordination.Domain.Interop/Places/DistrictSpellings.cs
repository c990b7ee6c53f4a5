using System.Collections.Immutable;

namespace Coordination.Domain.Interop.Places;

/// <summary>
/// Other spellings of the districts of the disputed territories, which the gazetteer adds to a catalog's district
/// when one of a group's spellings names a district of the catalog inside the group's governorate, with the district's
/// P-code where one is confirmed (Dibis IQG13Q03, Aqra IQG15Q01; the others are left empty rather than guessed).
/// </summary>
internal static class DistrictSpellings
{
    /// <summary>Gets the groups: the governorate's table id, the confirmed P-code or <see langword="null"/>, the spellings.</summary>
    internal static ImmutableArray<(string Governorate, string? PCode, ImmutableArray<string> Spellings)> All { get; } =
    [
        ("ninewa", null, ["Sinjar", "Shingal", "Sinjar district"]),
        ("ninewa", null, ["Tel Afar", "Telafar", "Tal Afar", "Tall Afar", "Tall 'Afar", "Tal Afar district"]),
        ("ninewa", "IQG15Q01", ["Aqra", "Akre", "Aqrah", "Akra", "Aqra district"]),
        ("ninewa", null, ["Shekhan", "Al-Shikhan", "Shikhan", "Shaykhan", "Sheikhan", "Al Shikhan"]),
        ("ninewa", null, ["Hamdaniya", "Al-Hamdaniya", "Al Hamdaniyah", "Hamdaniyah", "Al-Hamdaniyah"]),
        ("ninewa", null, ["Tilkaif", "Tel Kaif", "Telkaif", "Tall Kayf", "Tel Keppe", "Tilkef"]),
        ("ninewa", null, ["Makhmour", "Makhmur", "Makmur", "Mexmûr"]),
        ("ninewa", null, ["Mosul", "Al-Mosul", "Al Mosul", "Mawsil", "Al Mawsil"]),
        ("kirkuk", null, ["Kirkuk", "Kirkuk district", "Kirkūk"]),
        ("kirkuk", null, ["Daquq", "Daqoq", "Daquq district", "Dakuk"]),
        ("kirkuk", "IQG13Q03", ["Dibis", "Dibs", "Dabes", "Al-Dibis", "Dibis district"]),
        ("kirkuk", null, ["Hawija", "Al-Hawija", "Al Hawiga", "Hawiga", "Al-Hawiga", "Hawijah"]),
        ("salah-al-din", null, ["Tuz Khurmatu", "Tuz Khurmato", "Tooz", "Tuz", "Tuz Khurmatu district", "Tuz Khormato", "Touz Khormato"]),
        ("diyala", null, ["Khanaqin", "Khanaqeen", "Khaniqin", "Khanaqin district", "Xaneqîn"]),
        ("diyala", null, ["Kifri", "Kefri", "Kifri district"]),
    ];
}
