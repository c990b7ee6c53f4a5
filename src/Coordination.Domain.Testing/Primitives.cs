using System.Linq;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Testing;

/// <summary>Small generators the catalog generators are built from.</summary>
internal static class Primitives
{
    internal static readonly LocalDate FirstDate = new(2003, 1, 1);
    internal static readonly LocalDate LastDate = new(2030, 12, 31);

    /// <summary>The publication date of generated sources: after every generated fact.</summary>
    internal static readonly LocalDate PublicationDate = new(2031, 1, 15);

    private static readonly string[] Words =
    [
        "Makhmour", "Makhmur", "Kirkuk", "Diyala", "Ninewa", "Nineveh", "Erbil", "Arbil", "Prde", "Altun Kupri", "Zeravani",
        "Hamrin", "Peshmerga", "Khanaqin", "Sinjar", "Coalition", "Joint Operations Command", "مخمور", "كركوك", "هەولێر",
        "Qaraçogh", "Tuz Khurmatu", "Dibis", "Daquq",
    ];

    internal static Gen<LocalDate> Dates(LocalDate first, LocalDate last) => ValueGenerators.LocalDatesBetween(first, last);

    internal static Gen<LocalDate> Dates() => Dates(FirstDate, LastDate);

    internal static Gen<string> Texts() =>
        Gen.OneOf(
            Gen.Elements(Words),
            Gen.Choose(1, 40).SelectMany(n => Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray()).ArrayOf(n)).Select(a => new string(a)),
            Gen.Elements(Words).Two().Select(t => $"{t.Item1} {t.Item2}"));

    internal static Gen<Name> NameValues() =>
        from text in Texts()
        from kind in Gen.Elements(NameKind.Name, NameKind.Name, NameKind.Acronym, NameKind.Former)
        from language in Gen.Elements<LanguageTag?>(null, LanguageTag.English, LanguageTag.Arabic, LanguageTag.CentralKurdish)
        select new Name(text, kind, language);

    internal static Gen<NameSet> NameSets() =>
        from primary in NameValues()
        from aliases in Gen.Choose(0, 3).SelectMany(n => NameValues().ArrayOf(n))
        select new NameSet(primary, [.. aliases.Distinct().Where(a => a != primary)]);

    // Dates, periods, points and amounts come from ValueGenerators, bounded so that every fact falls
    // before PublicationDate.
    internal static Gen<DatePeriod> Periods() => ValueGenerators.DatePeriodsBetween(FirstDate, LastDate);

    internal static Gen<ReportedDate> ReportedDates() => ValueGenerators.ReportedDatesBetween(FirstDate, LastDate);

    internal static Gen<GeoPoint> Points() => ValueGenerators.GeoPoints;

    internal static Gen<Money> Amounts() => ValueGenerators.MoneyAmounts;

    internal static T[] Enum<T>()
        where T : struct, System.Enum => System.Enum.GetValues<T>();

    internal static Gen<T?> Maybe<T>(this Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    internal static Gen<string?> Maybe(this Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(x => (string?)x)));
}
