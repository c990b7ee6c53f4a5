using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Testing;

/// <summary>
/// The values malformed records are made of: anything the public API lets one build, and what
/// deserialized input may hold besides — <see langword="null"/> in non-nullable members and arrays,
/// default identifiers and structs, undefined enum values, blank and overlong text, extreme numbers.
/// </summary>
internal static class MalformedValues
{
    // Few slugs, so that references often resolve, often dangle and identifiers often repeat.
    private static readonly string[] Slugs = ["a", "b", "c", "krg", "peshmerga"];

    internal static Gen<T?> OrNull<T>(this Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(x => (T?)x)));

    internal static Gen<T?> OrNone<T>(this Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    /// <summary>Arrays of zero to four elements, some of them <see langword="null"/>.</summary>
    internal static Gen<ImmutableArray<T>> ArraysWithNulls<T>(this Gen<T> gen)
        where T : class => Gen.Choose(0, 4).SelectMany(n => gen.OrNull().ArrayOf(n)).Select(a => a.Select(x => x!).ToImmutableArray());

    internal static Gen<ImmutableArray<T>> Arrays<T>(this Gen<T> gen) => Gen.Choose(0, 4).SelectMany(n => gen.ArrayOf(n)).Select(a => a.ToImmutableArray());

    internal static Gen<TId> Ids<TId>()
        where TId : struct, IIdentifier<TId> =>
        Gen.Frequency((1, Gen.Constant(default(TId))), (6, Gen.Elements(Slugs).Select(TId.Parse)));

    internal static Gen<TEnum> Enums<TEnum>()
        where TEnum : struct, Enum =>
        Gen.Frequency((4, Gen.Elements(Enum.GetValues<TEnum>())), (1, Gen.Choose(-2, 40).Select(i => (TEnum)Enum.ToObject(typeof(TEnum), i))));

    internal static Gen<string?> Texts() =>
        Gen.Elements<string?>(null, string.Empty, " ", "\t\n", "Prde", "Makhmour", "مخمور", "IQ-KI", "IQG13", "iq", new string('x', 300), new string('y', 9000));

    internal static Gen<string> RequiredTexts() => Texts().Select(t => t!);

    internal static Gen<NameSet?> NameSets() =>
        Gen.Elements(NameSet.Of("Makhmour", "Makhmur"), NameSet.Of("KCL", "KCL"), new NameSet(new Name("KRG", NameKind.Acronym), [new Name("KRG", NameKind.Acronym)]), NameSet.Of("Prde")).OrNull();

    internal static Gen<LocalDate> Dates() =>
        Gen.Frequency((1, Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(1, 1, 1))), (6, Gen.Choose(0, 20_000).Select(d => new LocalDate(1990, 1, 1).PlusDays(d))));

    internal static Gen<DatePeriod> Periods() =>
        Gen.OneOf(
            Gen.Constant(DatePeriod.Always),
            Dates().Select(DatePeriod.From),
            Dates().Where(d => d != LocalDate.MinIsoValue).Select(DatePeriod.Until),
            from a in Dates() from b in Dates() where a != b select DatePeriod.Between(LocalDate.Min(a, b), LocalDate.Max(a, b)));

    internal static Gen<ReportedDate> ReportedDates() =>
        Gen.Frequency(
            (1, Gen.Constant(default(ReportedDate))),
            (4, Dates().Select(ReportedDate.OnDay)),
            (1, Gen.Choose(1990, 2040).Select(ReportedDate.InYear)));

    internal static Gen<GeoPoint> Points() =>
        Gen.Elements(default(GeoPoint), new GeoPoint(35.7533, 44.1436), new GeoPoint(90, 180), new GeoPoint(-90, -180));

    internal static Gen<CasualtyEstimate> Estimates() =>
        from values in Gen.Elements(0, 1, 2, 3, 500, int.MaxValue - 1, int.MaxValue).Three()
        select new CasualtyEstimate(values.Item1, values.Item2, values.Item3);

    internal static Gen<AffectedParty> Parties() =>
        Gen.OneOf(Gen.Elements(default(AffectedParty), AffectedParty.Civilians, AffectedParty.Unidentified), Ids<ActorId>().Where(id => !id.IsDefault).Select(AffectedParty.Of));

    internal static Gen<Money> Amounts() =>
        Gen.Elements(default(Money), new Money(0m, CurrencyCode.UnitedStatesDollar), new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan), new Money(decimal.MaxValue, CurrencyCode.IraqiDinar));

    internal static Gen<Uri?> Urls() =>
        Gen.Elements<Uri?>(null, new Uri("https://esta.krd/en/?p=62147"), new Uri("http://example.org"), new Uri("ftp://example.org/a"), new Uri("articles/1", UriKind.Relative), new Uri("mailto:press@example.org"));

    internal static Gen<LanguageTag?> Languages() => Gen.Elements<LanguageTag?>(null, default(LanguageTag), LanguageTag.English, LanguageTag.CentralKurdish);
}
