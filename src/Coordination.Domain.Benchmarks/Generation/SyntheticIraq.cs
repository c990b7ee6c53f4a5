using System;
using System.Collections.Immutable;
using System.Linq;

namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>
/// The places and actors of generated rows: towns of Iraq's governorates (most in the disputed territories along the
/// Kurdistan Region, which the reference catalog and the Interop place map know by name), and the actor names ACLED
/// and UCDP GED write for them — ACLED's with the period of the government of the day (<c>Military Forces of Iraq
/// (2014-2018)</c>), as the actor map lists them, beside names the map does not know and the import adds.
/// </summary>
internal static class SyntheticIraq
{
    /// <summary>The places, weighted towards the disputed territories.</summary>
    public static ImmutableArray<SyntheticPlace> Places { get; } =
    [
        new("Kirkuk", "Kirkuk", "Markaz Kirkuk", "Kirkuk", 35.4681, 44.3922, 40, "Kirkūk province", "Kirkuk district"),
        new("Kirkuk", "Daquq", "Markaz Daquq", "Daquq", 35.1364, 44.4468, 20, "Kirkūk province", "Daquq district"),
        new("Kirkuk", "Hawija", "Markaz Hawija", "Hawija", 35.3172, 43.7683, 30, "Kirkūk province", "Hawija district"),
        new("Kirkuk", "Hawija", "Al Riyadh", "Al Riyadh", 35.2939, 43.9561, 15, "Kirkūk province", "Hawija district"),
        new("Kirkuk", "Dibis", "Markaz Dibis", "Dibis", 35.6474, 44.0680, 10, "Kirkūk province", "Dibis district"),
        new("Kirkuk", "Dibis", "Altun Kupri", "Altun Kupri", 35.7558, 44.1453, 8, "Kirkūk province", "Dibis district"),
        new("Salah al-Din", "Tuz Khurmatu", "Markaz Tuz", "Tuz Khurmatu", 34.8856, 44.6389, 25, "Şalāḩ ad Dīn province", "Tuz Khurmatu district"),
        new("Salah al-Din", "Tuz Khurmatu", "Sulaiman Beg", "Sulaiman Beg", 34.9397, 44.5950, 8, "Şalāḩ ad Dīn province", "Tuz Khurmatu district"),
        new("Salah al-Din", "Samarra", "Markaz Samarra", "Samarra", 34.1959, 43.8857, 15, "Şalāḩ ad Dīn province", "Samarra district"),
        new("Salah al-Din", "Tikrit", "Markaz Tikrit", "Tikrit", 34.6071, 43.6782, 12, "Şalāḩ ad Dīn province", "Tikrit district"),
        new("Salah al-Din", "Baiji", "Markaz Baiji", "Baiji", 34.9290, 43.4930, 10, "Şalāḩ ad Dīn province", "Baiji district"),
        new("Diyala", "Khanaqin", "Markaz Khanaqin", "Khanaqin", 34.3484, 45.3905, 18, "Diyālá province", "Khanaqin district"),
        new("Diyala", "Khanaqin", "Jalawla", "Jalawla", 34.2722, 45.1664, 18, "Diyālá province", "Khanaqin district"),
        new("Diyala", "Kifri", "Markaz Kifri", "Kifri", 34.6960, 44.9660, 8, "Diyālá province", "Kifri district"),
        new("Diyala", "Baladrooz", "Mandali", "Mandali", 33.7490, 45.5530, 6, "Diyālá province", "Baladrooz district"),
        new("Diyala", "Ba'quba", "Markaz Ba'quba", "Baquba", 33.7466, 44.6437, 15, "Diyālá province", "Ba'quba district"),
        new("Diyala", "Al-Muqdadiya", "Markaz Al-Muqdadiya", "Al Muqdadiya", 33.9783, 44.9369, 12, "Diyālá province", "Al-Muqdadiya district"),
        new("Ninewa", "Mosul", "Markaz Mosul", "Mosul", 36.3350, 43.1189, 45, "Nīnawá province", "Mosul district"),
        new("Ninewa", "Sinjar", "Markaz Sinjar", "Sinjar", 36.3209, 41.8765, 20, "Nīnawá province", "Sinjar district"),
        new("Ninewa", "Tel Afar", "Markaz Tel Afar", "Tel Afar", 36.3792, 42.4497, 15, "Nīnawá province", "Tel Afar district"),
        new("Ninewa", "Al-Hamdaniya", "Bartella", "Bartella", 36.3533, 43.3797, 8, "Nīnawá province", "Al-Hamdaniya district"),
        new("Ninewa", "Al-Hamdaniya", "Markaz Al-Hamdaniya", "Qaraqosh", 36.2686, 43.3781, 8, "Nīnawá province", "Al-Hamdaniya district"),
        new("Ninewa", "Tilkaif", "Markaz Tilkaif", "Tilkaif", 36.4910, 43.1190, 6, "Nīnawá province", "Tilkaif district"),
        new("Ninewa", "Aqra", "Markaz Aqra", "Aqra", 36.7550, 43.8930, 4, "Nīnawá province", "Aqra district"),
        new("Ninewa", "Al-Shikhan", "Markaz Al-Shikhan", "Ain Sifni", 36.6950, 43.3480, 4, "Nīnawá province", "Al-Shikhan district"),
        new("Erbil", "Makhmour", "Markaz Makhmour", "Makhmour", 35.7756, 43.5806, 12, "Arbīl province", "Makhmour district"),
        new("Erbil", "Makhmour", "Gwer", "Gwer", 35.9500, 43.5880, 5, "Arbīl province", "Makhmour district"),
        new("Erbil", "Erbil", "Markaz Erbil", "Erbil", 36.1911, 44.0092, 10, "Arbīl province", "Erbil district"),
        new("Erbil", "Erbil", "Bnaslawa", "Bnaslawa", 36.1510, 44.1380, 3, "Arbīl province", "Erbil district"),
        new("Erbil", "Soran", "Sidakan", "Sidakan", 36.7970, 44.6720, 12, "Arbīl province", "Soran district"),
        new("Duhok", "Zakho", "Markaz Zakho", "Zakho", 37.1436, 42.6819, 10, "Dahūk province", "Zakho district"),
        new("Duhok", "Amedi", "Markaz Amedi", "Amedi", 37.0925, 43.4870, 12, "Dahūk province", "Amedi district"),
        new("Sulaymaniyah", "Penjwin", "Markaz Penjwin", "Penjwin", 35.6233, 45.9411, 4, "As Sulaymānīyah province", "Penjwin district"),
        new("Sulaymaniyah", "Sulaymaniyah", "Markaz Sulaymaniyah", "Sulaymaniyah", 35.5570, 45.4350, 6, "As Sulaymānīyah province", "Sulaymaniyah district"),
        new("Anbar", "Ramadi", "Markaz Ramadi", "Ramadi", 33.4206, 43.3078, 20, "Al Anbār province", "Ramadi district"),
        new("Anbar", "Falluja", "Markaz Falluja", "Falluja", 33.3490, 43.7840, 18, "Al Anbār province", "Falluja district"),
        new("Anbar", "Al-Ka'im", "Markaz Al-Ka'im", "Al Qaim", 34.3810, 41.0947, 8, "Al Anbār province", "Al-Ka'im district"),
        new("Baghdad", "Karkh", "Markaz Karkh", "Baghdad - Karkh", 33.3152, 44.3661, 25, "Baghdād province", "Karkh district"),
        new("Baghdad", "Rusafa", "Markaz Rusafa", "Baghdad - Rusafa", 33.3406, 44.4009, 20, "Baghdād province", "Rusafa district"),
        new("Basrah", "Basrah", "Markaz Basrah", "Basrah", 30.5085, 47.7804, 10, "Al Başrah province", "Basrah district"),
        new("Thi-Qar", "Nasiriya", "Markaz Nasiriya", "Nasiriyah", 31.0439, 46.2573, 8, "Dhī Qār province", "Nasiriya district"),
        new("Najaf", "Najaf", "Markaz Najaf", "Najaf", 32.0259, 44.3462, 4, "An Najaf province", "Najaf district"),
    ];

    /// <summary>The weights of <see cref="Places"/>, in order.</summary>
    public static ImmutableArray<int> PlaceWeights { get; } = [.. Places.Select(p => p.Weight)];

    /// <summary>The sum of <see cref="PlaceWeights"/>.</summary>
    public static int PlaceWeightTotal { get; } = PlaceWeights.Sum();

    /// <summary>ACLED's name of Iraq's army on a date: the period of the government of the day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name.</returns>
    public static string IraqiArmy(DateOnly date) => $"Military Forces of Iraq ({IraqPeriod(date)})";

    /// <summary>ACLED's name of Iraq's police on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name.</returns>
    public static string IraqiPolice(DateOnly date) => $"Police Forces of Iraq ({IraqPeriod(date)})";

    /// <summary>ACLED's name of the Peshmerga on a date (coded as part of Iraq's state forces).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name.</returns>
    public static string Peshmerga(DateOnly date) => $"Military Forces of Iraq ({IraqPeriod(date)}) Peshmerga";

    /// <summary>ACLED's name of the Popular Mobilization Forces on a date (state forces; not in the actor map).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name.</returns>
    public static string PopularMobilization(DateOnly date) => $"Military Forces of Iraq ({IraqPeriod(date)}) Popular Mobilization Forces";

    /// <summary>ACLED's name of the United States' forces on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name.</returns>
    public static string UnitedStates(DateOnly date) =>
        date < new DateOnly(2017, 1, 20) ? "Military Forces of the United States (2009-2017)"
        : date < new DateOnly(2021, 1, 20) ? "Military Forces of the United States (2017-2021)"
        : "Military Forces of the United States (2021-2025)";

    /// <summary>ACLED's name of the United Kingdom's forces on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name.</returns>
    public static string UnitedKingdom(DateOnly date) =>
        date < new DateOnly(2019, 7, 24) ? "Military Forces of the United Kingdom (2016-2019)"
        : date < new DateOnly(2024, 7, 5) ? "Military Forces of the United Kingdom (2019-2024)"
        : "Military Forces of the United Kingdom (2024-)";

    // The governments of Iraq as ACLED dates them: Maliki's, Abadi's, Abdul-Mahdi's, Kadhimi's and Sudani's.
    private static string IraqPeriod(DateOnly date) =>
        date < new DateOnly(2014, 9, 8) ? "2006-2014"
        : date < new DateOnly(2018, 10, 25) ? "2014-2018"
        : date < new DateOnly(2020, 5, 7) ? "2018-2020"
        : date < new DateOnly(2022, 10, 27) ? "2020-2022"
        : "2022-";
}
