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

    internal static Gen<LocalDate> Dates(LocalDate first, LocalDate last) =>
        Gen.Choose(0, NodaTime.Period.DaysBetween(first, last)).Select(first.PlusDays);

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

    internal static Gen<DatePeriod> Periods() =>
        Gen.OneOf(
            Gen.Constant(DatePeriod.Always),
            Dates().Select(DatePeriod.From),
            Dates().Select(DatePeriod.Until),
            from start in Dates(FirstDate, LastDate.PlusDays(-1))
            from length in Gen.Choose(1, 3000)
            select DatePeriod.Between(start, LocalDate.Min(start.PlusDays(length), LastDate)));

    internal static Gen<ReportedDate> ReportedDates() =>
        Gen.OneOf(
            Dates().Select(Temporal.ReportedDate.OnDay),
            from day in Dates()
            from minutes in Gen.Choose(0, (24 * 60) - 1)
            select Temporal.ReportedDate.OnDay(day, LocalTime.Midnight.PlusMinutes(minutes)),
            from day in Dates()
            from part in Gen.Elements(Enum<PartOfDay>())
            select Temporal.ReportedDate.OnDay(day, part),
            from first in Dates(FirstDate, LastDate.PlusDays(-7))
            from length in Gen.Choose(2, 7)
            select Temporal.ReportedDate.InWeek(first, first.PlusDays(length - 1)),
            Dates().Select(d => Temporal.ReportedDate.InMonth(new YearMonth(d.Year, d.Month))),
            Gen.Choose(FirstDate.Year, LastDate.Year).Select(Temporal.ReportedDate.InYear));

    internal static Gen<GeoPoint> Points() =>
        from latitude in Gen.Choose(-90_000_000, 90_000_000)
        from longitude in Gen.Choose(-180_000_000, 179_999_999)
        select new GeoPoint(latitude / 1e6, longitude / 1e6);

    internal static Gen<Money> Amounts() =>
        from amount in Gen.Choose(0, int.MaxValue).Two()
        from scale in Gen.Choose(0, 4)
        from currency in Gen.Elements(CurrencyCode.UnitedStatesDollar, CurrencyCode.IraqiDinar, CurrencyCode.Euro, CurrencyCode.PoundSterling)
        from qualifier in Gen.Elements(Enum<AmountQualifier>())
        select new Money(new decimal(amount.Item1, amount.Item2 % 100, 0, false, (byte)scale), currency, qualifier);

    internal static T[] Enum<T>()
        where T : struct, System.Enum => System.Enum.GetValues<T>();

    internal static Gen<T?> Maybe<T>(this Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    internal static Gen<string?> Maybe(this Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(x => (string?)x)));
}
