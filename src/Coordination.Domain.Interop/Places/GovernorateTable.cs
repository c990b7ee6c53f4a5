using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Places;

/// <summary>
/// The gazetteer's own table: Iraq's 18 governorates (ISO 3166-2:IQ codes and OCHA COD-AB P-codes), Halabja (the
/// 19th governorate by the vote of April 2025, no code confirmed), and the Kurdistan Region (IQ-KR), each with the
/// spellings ACLED's <c>admin1</c> and UCDP's <c>adm_1</c> use. The codes are those of <c>docs/interop.md</c>'s table,
/// cited to the ISO and OCHA sources the reference catalog already holds.
/// </summary>
internal static class GovernorateTable
{
    /// <summary>The id of the source of the ISO 3166-2 codes.</summary>
    internal static readonly SourceId IsoSource = SourceId.Parse("iso-3166-2-iq");

    /// <summary>The id of the source of the P-codes.</summary>
    internal static readonly SourceId OchaSource = SourceId.Parse("ocha-cod-ab-iraq");

    /// <summary>The id of the research notes (Halabja's status, the former designations).</summary>
    internal static readonly SourceId NotesSource = SourceId.Parse("research-notes");

    /// <summary>The id the table gives Iraq, the parent of the Kurdistan Region and of the governorates outside it.</summary>
    internal static readonly TerritoryId Iraq = TerritoryId.Parse("iraq");

    /// <summary>The id of the Kurdistan Region.</summary>
    internal static readonly TerritoryId KurdistanRegion = TerritoryId.Parse("kurdistan-region");

    /// <summary>Gets the table, the Kurdistan Region first, then the governorates in P-code order, Halabja last.</summary>
    internal static ImmutableArray<Territory> All { get; } = Build();

    private static ImmutableArray<Territory> Build()
    {
        var kr = KurdistanRegion;
        var iq = Iraq;
        return
        [
            Make("kurdistan-region", TerritoryKind.FederalRegion, iq, "IQ-KR", null, "Kurdistan Region",
                ["Kurdistan", "Kurdistan Region of Iraq", "Iraqi Kurdistan", "KRI"], "إقليم كردستان", "هەرێمی کوردستان"),
            Make("anbar", TerritoryKind.Governorate, iq, "IQ-AN", "IQG01", "Anbar",
                ["Al Anbar", "Al-Anbar", "Al Anbār", "Al Anbār province", "Anbar province"], "الأنبار", "ئەنبار"),
            Make("basrah", TerritoryKind.Governorate, iq, "IQ-BA", "IQG02", "Basrah",
                ["Basra", "Al Basrah", "Al-Basrah", "Al Başrah", "Al Başrah province", "Basra province"], "البصرة", "بەسرە"),
            Make("muthanna", TerritoryKind.Governorate, iq, "IQ-MU", "IQG03", "Muthanna",
                ["Al Muthanna", "Al-Muthanna", "Al Muthanná", "Al Muthanná province", "Muthanna province"], "المثنى", "موسەننا"),
            Make("najaf", TerritoryKind.Governorate, iq, "IQ-NA", "IQG04", "Najaf",
                ["An Najaf", "An-Najaf", "An Najaf province", "Najaf province"], "النجف", "نەجەف"),
            Make("qadissiya", TerritoryKind.Governorate, iq, "IQ-QA", "IQG05", "Qadissiya",
                ["Al-Qadisiyah", "Al Qadisiyah", "Qadisiyah", "Al-Qadissiya", "Al Qādisīyah", "Al Qādisīyah province", "Diwaniyah", "Al-Diwaniyah"], "القادسية", "قادسیە"),
            Make("sulaymaniyah", TerritoryKind.Governorate, kr, "IQ-SU", "IQG06", "Sulaymaniyah",
                ["Sulaimaniya", "Sulaimaniyah", "Al-Sulaymaniyah", "As Sulaymānīyah", "As Sulaymānīyah province", "Slemani", "Sulaimani", "Silêmanî"], "السليمانية", "سلێمانی"),
            Make("babil", TerritoryKind.Governorate, iq, "IQ-BB", "IQG07", "Babil",
                ["Babylon", "Bābil", "Bābil province", "Babel"], "بابل", "بابل"),
            Make("baghdad-governorate", TerritoryKind.Governorate, iq, "IQ-BG", "IQG08", "Baghdad",
                ["Baghdad governorate", "Baghdād", "Baghdād province", "Baghdad province"], "بغداد", "بەغدا"),
            Make("duhok", TerritoryKind.Governorate, kr, "IQ-DA", "IQG09", "Duhok",
                ["Dohuk", "Dahuk", "Dahūk", "Dahūk province", "Dihok", "Dohok", "Duhok province"], "دهوك", "دهۆک"),
            Make("diyala", TerritoryKind.Governorate, iq, "IQ-DI", "IQG10", "Diyala",
                ["Diyālá", "Diyālá province", "Diyala province"], "ديالى", "دیالە"),
            Make("erbil", TerritoryKind.Governorate, kr, "IQ-AR", "IQG11", "Erbil",
                ["Arbil", "Arbīl", "Arbīl province", "Irbil", "Hawler", "Hewlêr", "Erbil province"], "أربيل", "هەولێر"),
            Make("kerbala", TerritoryKind.Governorate, iq, "IQ-KA", "IQG12", "Kerbala",
                ["Karbala", "Karbalā'", "Karbalā' province", "Karbala province"], "كربلاء", "کەربەلا"),
            Make("kirkuk", TerritoryKind.Governorate, iq, "IQ-KI", "IQG13", "Kirkuk",
                ["Kirkūk", "Kirkūk province", "Kirkuk province"], "كركوك", "کەرکووک", former: ["At-Ta'mim", "At Ta'mīm", "Tameem"]) with
            {
                FormerDesignations =
                [
                    new FormerDesignation { IsoCode = "IQ-TS", Period = DatePeriod.Always, Sources = [IsoSource, NotesSource] },
                    new FormerDesignation { Name = new Name("At-Ta'mim", NameKind.Name, LanguageTag.English), Period = DatePeriod.Always, Sources = [NotesSource] },
                    new FormerDesignation { Name = new Name("التأميم", NameKind.Name, LanguageTag.Arabic), Period = DatePeriod.Always, Sources = [NotesSource] },
                ],
                Sources = [IsoSource, OchaSource, NotesSource],
            },
            Make("maysan", TerritoryKind.Governorate, iq, "IQ-MA", "IQG14", "Maysan",
                ["Maysān", "Maysān province", "Misan", "Missan", "Maysan province"], "ميسان", "مەیسان"),
            Make("ninewa", TerritoryKind.Governorate, iq, "IQ-NI", "IQG15", "Ninewa",
                ["Nineveh", "Ninawa", "Nīnawá", "Nīnawá province", "Ninewa province", "Ninevah"], "نينوى", "نەینەوا"),
            Make("salah-al-din", TerritoryKind.Governorate, iq, "IQ-SD", "IQG16", "Salah al-Din",
                ["Salahaddin", "Salah ad-Din", "Şalāḩ ad Dīn", "Şalāḩ ad Dīn province", "Salah al-Din province", "Salahuddin", "Saladin", "Salah Eddine"], "صلاح الدين", "سەڵاحەدین"),
            Make("thi-qar", TerritoryKind.Governorate, iq, "IQ-DQ", "IQG17", "Thi-Qar",
                ["Thi Qar", "Dhi Qar", "Dhī Qār", "Dhī Qār province", "Dhi Qar province", "Thi-Qar province"], "ذي قار", "زیقار"),
            Make("wassit", TerritoryKind.Governorate, iq, "IQ-WA", "IQG18", "Wassit",
                ["Wasit", "Wāsiţ", "Wāsiţ province", "Wasit province", "Wassit province"], "واسط", "واست"),
            Make("halabja", TerritoryKind.Governorate, kr, null, null, "Halabja",
                ["Halabjah", "Ḩalabjah", "Halabja province", "Helebce"], "حلبجة", "هەڵەبجە") with { Sources = [NotesSource] },
        ];
    }

    private static Territory Make(string id, TerritoryKind kind, TerritoryId parent, string? iso, string? pcode, string primary, string[] latin, string arabic, string kurdish, string[]? former = null) =>
        new()
        {
            Id = TerritoryId.Parse(id),
            Kind = kind,
            Parent = parent,
            IsoCode = iso,
            PCode = pcode,
            Names = new NameSet(
                new Name(primary, NameKind.Name, LanguageTag.English),
                [
                    .. latin.Select(n => new Name(n, NameKind.Name, LanguageTag.English)),
                    .. (former ?? []).Select(n => new Name(n, NameKind.Former, LanguageTag.English)),
                    new Name(arabic, NameKind.Name, LanguageTag.Arabic),
                    new Name(kurdish, NameKind.Name, LanguageTag.CentralKurdish),
                ]),
            Sources = pcode is null ? [IsoSource] : [IsoSource, OchaSource],
        };
}
