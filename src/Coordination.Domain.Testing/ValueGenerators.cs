using System;
using System.Collections.Generic;
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
/// FsCheck generators of valid Coordination.Domain value types: identifiers, dates and periods,
/// points, names, language tags, money and casualty estimates. Every value they produce passes the
/// type's own checks; they lean towards the edges (the longest slug, single-day ranges, the poles
/// and the antimeridian, names that differ only by transliteration).
/// </summary>
/// <remarks>
/// Use these to build generators of your own; <see cref="ValueArbitraries"/> wraps them as
/// arbitraries to register with <c>[Property(Arbitrary = new[] { typeof(ValueArbitraries) })]</c>.
/// Each property returns a new generator; generators are immutable and safe to share.
/// </remarks>
public static class ValueGenerators
{
    private const string SlugCharacters = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Gets the earliest date <see cref="LocalDates"/> produces: 1900-01-01.</summary>
    public static LocalDate EarliestDate => new(1900, 1, 1);

    /// <summary>Gets the latest date <see cref="LocalDates"/> produces: 2100-12-31.</summary>
    public static LocalDate LatestDate => new(2100, 12, 31);

    /// <summary>
    /// Gets a generator of valid slugs (see <see cref="Slug"/>): one to five hyphen-separated segments
    /// of lower-case letters and digits, with one value in ten exactly <see cref="Slug.MaxLength"/>
    /// characters long.
    /// </summary>
    public static Gen<string> Slugs
    {
        get
        {
            var segment = Gen.Choose(1, 12).SelectMany(length => Gen.ArrayOf(Gen.Elements(SlugCharacters.ToCharArray()), length)).Select(chars => new string(chars));
            var ordinary = Gen.Choose(1, 5).SelectMany(count => Gen.ArrayOf(segment, count)).Select(segments => string.Join('-', segments));
            var longest = ordinary.Select(s => s.Length > 60 ? s[..60].TrimEnd('-') : s)
                .SelectMany(s => Gen.ArrayOf(Gen.Elements(SlugCharacters.ToCharArray()), Slug.MaxLength - 1 - s.Length).Select(tail => $"{s}-{new string(tail)}"));
            return Gen.Frequency((9, ordinary), (1, longest));
        }
    }

    /// <summary>
    /// Gets a generator of text that is <em>not</em> a valid slug: empty, too long, upper case, with
    /// leading, trailing or doubled hyphens, white space, punctuation or non-ASCII letters.
    /// </summary>
    public static Gen<string> InvalidSlugs =>
        Gen.OneOf(
            Gen.Constant(string.Empty),
            Slugs.Select(s => s + new string('x', Slug.MaxLength + 1 - Math.Min(s.Length, Slug.MaxLength))),
            Slugs.Select(s => s.ToUpperInvariant() + "A"),
            Slugs.Select(s => "-" + s),
            Slugs.Select(s => s + "-"),
            Slugs.Select(s => s[..1] + "--" + s[1..] + "x"),
            from s in Slugs from bad in Gen.Elements(' ', '\t', '\n', '_', '.', '/', 'é', 'ı', 'ك', '\u00A0', '\u200B', 'Ｋ') from at in Gen.Choose(0, s.Length) select s.Insert(at, bad.ToString()));

    /// <summary>Gets a generator of <see cref="ActorId"/> values.</summary>
    public static Gen<ActorId> ActorIds => IdentifiersOf<ActorId>();

    /// <summary>Gets a generator of <see cref="PersonId"/> values.</summary>
    public static Gen<PersonId> PersonIds => IdentifiersOf<PersonId>();

    /// <summary>Gets a generator of <see cref="TerritoryId"/> values.</summary>
    public static Gen<TerritoryId> TerritoryIds => IdentifiersOf<TerritoryId>();

    /// <summary>Gets a generator of <see cref="CoordinationLineId"/> values.</summary>
    public static Gen<CoordinationLineId> CoordinationLineIds => IdentifiersOf<CoordinationLineId>();

    /// <summary>Gets a generator of <see cref="MechanismId"/> values.</summary>
    public static Gen<MechanismId> MechanismIds => IdentifiersOf<MechanismId>();

    /// <summary>Gets a generator of <see cref="IncidentId"/> values.</summary>
    public static Gen<IncidentId> IncidentIds => IdentifiersOf<IncidentId>();

    /// <summary>Gets a generator of <see cref="SourceId"/> values.</summary>
    public static Gen<SourceId> SourceIds => IdentifiersOf<SourceId>();

    /// <summary>Gets a generator of <see cref="StatementId"/> values.</summary>
    public static Gen<StatementId> StatementIds => IdentifiersOf<StatementId>();

    /// <summary>Gets a generator of <see cref="SupportId"/> values.</summary>
    public static Gen<SupportId> SupportIds => IdentifiersOf<SupportId>();

    /// <summary>Gets a generator of ISO dates from <see cref="EarliestDate"/> to <see cref="LatestDate"/>.</summary>
    public static Gen<LocalDate> LocalDates => LocalDatesBetween(EarliestDate, LatestDate);

    /// <summary>Gets a generator of local times to the second, midnight included.</summary>
    public static Gen<LocalTime> LocalTimes => Gen.Choose(0, 86_399).Select(s => LocalTime.Midnight.PlusSeconds(s));

    /// <summary>Gets a generator of date ranges of one day (often), two to seven days, or up to about a year.</summary>
    public static Gen<DateRange> DateRanges => DateRangesBetween(EarliestDate, LatestDate);

    /// <summary>Gets a generator of reported dates of every precision, with and without a time or part of day.</summary>
    public static Gen<ReportedDate> ReportedDates => ReportedDatesBetween(EarliestDate, LatestDate);

    /// <summary>Gets a generator of periods, open at either end or both in about one case in five each.</summary>
    public static Gen<DatePeriod> DatePeriods => DatePeriodsBetween(EarliestDate, LatestDate);

    /// <summary>
    /// Gets a generator of points anywhere on Earth, on a grid of a millionth of a degree, with the
    /// poles, the antimeridian and the origin mixed in.
    /// </summary>
    public static Gen<GeoPoint> GeoPoints =>
        Gen.Frequency(
            (9, GeoPointsWithin(-90.0, -180.0, 90.0, 180.0)),
            (1, Gen.Elements(new GeoPoint(90, 0), new GeoPoint(-90, 0), new GeoPoint(0, -180), new GeoPoint(0, 0), new GeoPoint(45, 180), new GeoPoint(-45, -180))));

    /// <summary>Gets a generator of language tags: the field's own (en, ar, ckb, kmr) and other well-formed tags.</summary>
    public static Gen<LanguageTag> LanguageTags
    {
        get
        {
            var letters = "abcdefghijklmnopqrstuvwxyz".ToCharArray();
            var primary = Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(letters), n)).Select(c => new string(c));
            var subtag = Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(SlugCharacters.ToCharArray()), n)).Select(c => new string(c));
            var composed = from p in primary from n in Gen.Choose(0, 2) from subtags in Gen.ArrayOf(subtag, n) select string.Join('-', subtags.Prepend(p));
            return Gen.Frequency(
                (3, Gen.Elements("en", "ar", "ckb", "kmr", "ckb-arab", "ku-latn", "tr", "fa", "en-gb")),
                (1, composed)).Select(LanguageTag.Parse);
        }
    }

    /// <summary>Gets a generator of optional language tags: <see langword="null"/> (unknown) in about one case in three.</summary>
    public static Gen<LanguageTag?> OptionalLanguageTags =>
        Gen.Frequency((1, Gen.Constant<LanguageTag?>(null)), (2, LanguageTags.Select(t => (LanguageTag?)t)));

    /// <summary>
    /// Gets a generator of name texts: the field's spellings in Latin, Arabic and Kurdish script
    /// (Makhmour, Makhmur, مخمور, هەولێر), and random text from those alphabets, up to
    /// <see cref="Name.MaxLength"/> characters.
    /// </summary>
    public static Gen<string> NameTexts
    {
        get
        {
            var known = Gen.Elements(
                "Makhmour", "Makhmur", "Makmur", "مخمور", "Ninewa", "Nineveh", "Ninawa", "نينوى", "Erbil", "Arbil", "Hawler",
                "أربيل", "هەولێر", "Kirkuk", "كركوك", "کەرکووک", "Prde", "Altun Kupri", "Peshmerga", "Diyala", "Hamrin",
                "Camp Zeravani", "KRG", "ISF", "JCCC", "KCL", "Da'esh", "Sulaymaniyah", "Ṭūz Khurmātū", "Tuz Khurmatu");
            var alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-éûāīūṭḥ0123456789ابتثجحخدذرسشصطعغفقكلمنهويةأإآىەێۆڕڵ".ToCharArray();
            var random = Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet), n)).Select(c => new string(c).Trim()).Where(s => s.Length > 0);
            var longest = Gen.ArrayOf(Gen.Elements(alphabet.Where(char.IsLetter).ToArray()), Name.MaxLength).Select(c => new string(c));
            return Gen.Frequency((6, known), (6, random), (1, longest));
        }
    }

    /// <summary>Gets a generator of names of every kind, with and without a language.</summary>
    public static Gen<Name> Names =>
        from text in NameTexts
        from kind in Gen.Elements(Enum.GetValues<NameKind>())
        from language in OptionalLanguageTags
        select new Name(text, kind, language);

    /// <summary>Gets a generator of name sets with zero to four aliases.</summary>
    public static Gen<NameSet> NameSets =>
        from primary in Names
        from count in Gen.Choose(0, 4)
        from aliases in Gen.ArrayOf(Names, count)
        select new NameSet(primary, [.. aliases]);

    /// <summary>Gets a generator of active ISO 4217 currency codes, the field's (USD, IQD) most often.</summary>
    public static Gen<CurrencyCode> CurrencyCodes =>
        Gen.Elements("USD", "USD", "IQD", "IQD", "EUR", "GBP", "TRY", "IRR", "CHF", "XXX").Select(CurrencyCode.Parse);

    /// <summary>Gets a generator of amounts of money: zero, whole amounts up to 10¹⁸ and amounts with cents, with every qualifier.</summary>
    public static Gen<Money> MoneyAmounts
    {
        get
        {
            var whole = from high in Gen.Choose(0, 999_999_999) from low in Gen.Choose(0, 999_999_999) select ((decimal)high * 1_000_000_000m) + low;
            var small = from units in Gen.Choose(0, 1_000_000) from cents in Gen.Choose(0, 99) select units + (cents / 100m);
            var amount = Gen.Frequency((1, Gen.Constant(0m)), (4, small), (4, whole));
            return from a in amount
                   from currency in CurrencyCodes
                   from qualifier in Gen.Elements(Enum.GetValues<AmountQualifier>())
                   select new Money(a, currency, qualifier);
        }
    }

    /// <summary>Gets a generator of ordered casualty estimates (low ≤ best ≤ high), exact ones often.</summary>
    public static Gen<CasualtyEstimate> CasualtyEstimates
    {
        get
        {
            var exact = Gen.Choose(0, 500).Select(CasualtyEstimate.Exactly);
            var ranged = from low in Gen.Choose(0, 500) from toBest in Gen.Choose(0, 100) from toHigh in Gen.Choose(0, 1_000) select new CasualtyEstimate(low, low + toBest, low + toBest + toHigh);
            return Gen.Frequency((1, exact), (2, ranged));
        }
    }

    /// <summary>
    /// Gets a generator of valid origins of imported records (<see cref="Provenance.RecordOrigin"/>): ACLED and UCDP GED
    /// (and now and then another data set's name), with and without a release and a last update (whole seconds mostly,
    /// a fraction now and then), event ids as the data sets spell them or derived, and up to eight fields whose values
    /// lean towards what breaks CSV and JSON: empty cells, commas, quotes, line breaks, non-Latin scripts.
    /// </summary>
    public static Gen<Provenance.RecordOrigin> RecordOrigins =>
        from dataSet in Gen.Elements("ACLED", "ACLED", "UCDP GED", "UCDP GED", "IOM DTM")
        from release in Gen.Elements<string?>(null, null, "25.1", "24.0.11", "2025-06-13")
        from number in Gen.Choose(1, 99_999_999)
        from derived in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from seconds in Gen.Frequency((1, Gen.Constant<long?>(null)), (3, Gen.Choose(946_684_800, 1_924_991_999).Select(s => (long?)s)))
        from nanoseconds in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 999_999_999)))
        from fields in Gen.Choose(0, 8).SelectMany(n => OriginFields.ArrayOf(n)).Select(a => a.ToImmutableArray())
        let eventId = derived ? number.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) : dataSet == "ACLED" ? $"IRQ{number}" : number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        select new Provenance.RecordOrigin
        {
            DataSet = dataSet,
            Release = release,
            EventId = eventId,
            IsEventIdDerived = derived,
            UpdatedAt = seconds is { } s ? Instant.FromUnixTimeSeconds(s).PlusNanoseconds(nanoseconds) : null,
            Fields = fields,
        };

    /// <summary>
    /// Gets a generator of fields of a row (<see cref="Provenance.OriginField"/>): a column as the data sets name
    /// them (lower or upper case) and a value as a file may hold it, empty and awkward ones often.
    /// </summary>
    public static Gen<Provenance.OriginField> OriginFields =>
        from column in Gen.Elements("event_id_cnty", "event_date", "EVENT_DATE", "sub_event_type", "actor1", "admin1", "notes", "source", "tags", "timestamp", "id", "best", "where_coordinates", "#event+code", "extra column")
        from value in Gen.Elements(
            "", "IRQ12345", "05-Jan-22", "16 May 2025", "Remote explosive/landmine/IED", "Islamic State (Iraq)", "Nīnawá province", "Şalāḩ ad Dīn",
            "هەولێر", "كركوك", "a, b", "say \"no\"", "line one\nline two", "\r\n", " padded ", "0", "-1", "1700000000", "3.5")
        select new Provenance.OriginField(column, value);

    /// <summary>Returns a generator of identifiers of any identifier type, from <see cref="Slugs"/>.</summary>
    /// <typeparam name="TId">The identifier type, such as <see cref="ActorId"/>.</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<TId> IdentifiersOf<TId>()
        where TId : struct, IIdentifier<TId> => Slugs.Select(TId.Parse);

    /// <summary>Returns an arbitrary of identifiers of any identifier type, which shrinks towards shorter slugs (see <see cref="ShrinkSlug"/>).</summary>
    /// <typeparam name="TId">The identifier type, such as <see cref="ActorId"/>.</typeparam>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TId> ShrinkingIdentifiersOf<TId>()
        where TId : struct, IIdentifier<TId> =>
        Arb.From(IdentifiersOf<TId>(), id => ShrinkSlug(id.Value).Select(TId.Parse));

    /// <summary>Returns a generator of ISO dates from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The earliest date.</param>
    /// <param name="last">The latest date; not before <paramref name="first"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<LocalDate> LocalDatesBetween(LocalDate first, LocalDate last)
    {
        var days = DaysBetween(first, last);
        return Gen.Choose(0, days).Select(first.PlusDays);
    }

    /// <summary>Returns a generator of date ranges within <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The earliest date a range may start on.</param>
    /// <param name="last">The latest date a range may end on; not before <paramref name="first"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<DateRange> DateRangesBetween(LocalDate first, LocalDate last)
    {
        var days = DaysBetween(first, last);
        var extra = Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Choose(1, 6)), (2, Gen.Choose(7, 400)));
        return from start in Gen.Choose(0, days)
               from length in extra
               select new DateRange(first.PlusDays(start), first.PlusDays(Math.Min(days, start + length)));
    }

    /// <summary>Returns a generator of reported dates of every precision that lie within <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The earliest date.</param>
    /// <param name="last">The latest date; at least two years after <paramref name="first"/>, so that a whole calendar year fits.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is less than two years after <paramref name="first"/>.</exception>
    public static Gen<ReportedDate> ReportedDatesBetween(LocalDate first, LocalDate last)
    {
        if (last < first.PlusYears(2))
        {
            throw new ArgumentException($"Reported dates need a window of at least two years; {first:uuuu-MM-dd} to {last:uuuu-MM-dd} is shorter.", nameof(last));
        }

        var dates = LocalDatesBetween(first, last);
        var day = dates.Select(ReportedDate.OnDay);
        var timed = from d in dates from t in LocalTimes select ReportedDate.OnDay(d, t);
        var parted = from d in dates from p in Gen.Elements(Enum.GetValues<PartOfDay>()) select ReportedDate.OnDay(d, p);
        var week = from d in LocalDatesBetween(first, last.PlusDays(-6)) from n in Gen.Choose(1, 6) select ReportedDate.InWeek(d, d.PlusDays(n));

        // Whole months or years that fit the window: the first whole month on or after `first`, up to `last`.
        var firstMonth = first.Day == 1 ? first : first.PlusMonths(1).With(DateAdjusters.StartOfMonth);
        var months = Period.Between(firstMonth, last.PlusDays(1), PeriodUnits.Months).Months;
        var month = from m in Gen.Choose(0, months - 1)
                    from n in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
                    let start = firstMonth.PlusMonths(m)
                    let end = start.PlusMonths(Math.Min(n, months - m)).PlusDays(-1)
                    select new ReportedDate(new DateRange(start, end), DatePrecision.Month);
        var firstYear = first.DayOfYear == 1 ? first.Year : first.Year + 1;
        var lastYear = last.Month == 12 && last.Day == 31 ? last.Year : last.Year - 1;
        var year = from y in Gen.Choose(firstYear, lastYear)
                   from n in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
                   select new ReportedDate(new DateRange(new LocalDate(y, 1, 1), new LocalDate(Math.Min(lastYear, y + n), 12, 31)), DatePrecision.Year);
        var approximate = from d in dates from t in LocalTimes select ReportedDate.OnDayAbout(d, t);
        var within = Gen.Frequency((3, day), (2, timed), (1, approximate), (1, parted), (2, week), (2, month), (1, year));

        // One-sided dates ("on or before", "not before") are anchored on a date of the window.
        var oneSided = from anchor in within
                       from before in Gen.Elements(true, false)
                       select before ? ReportedDate.OnOrBefore(anchor) : ReportedDate.NotBefore(anchor);
        return Gen.Frequency((10, within), (1, oneSided));
    }

    /// <summary>
    /// Returns a generator of periods whose given ends lie within <paramref name="first"/> to
    /// <paramref name="last"/>. A narrow window makes overlapping periods common.
    /// </summary>
    /// <param name="first">The earliest date an end may be.</param>
    /// <param name="last">The latest date an end may be; after <paramref name="first"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is not after <paramref name="first"/>.</exception>
    public static Gen<DatePeriod> DatePeriodsBetween(LocalDate first, LocalDate last)
    {
        var days = DaysBetween(first, last);
        if (days < 1)
        {
            throw new ArgumentException($"Periods need a window of at least two days; {first:uuuu-MM-dd} to {last:uuuu-MM-dd} is shorter.", nameof(last));
        }

        var closed = from start in Gen.Choose(0, days - 1)
                     from length in Gen.Choose(1, days - start)
                     select DatePeriod.Between(first.PlusDays(start), first.PlusDays(start + length));
        var byDay = Gen.Frequency(
            (12, closed),
            (3, Gen.Choose(0, days).Select(d => DatePeriod.From(first.PlusDays(d)))),
            (3, Gen.Choose(0, days).Select(d => DatePeriod.Until(first.PlusDays(d)))),
            (1, Gen.Constant(DatePeriod.Always)));

        // Ends known only to the month or the year ("since 2014"), moved inwards so that the period stays
        // within the window and within any period the day-precise one fitted in.
        var coarse = from period in byDay
                     from startPrecision in Gen.Elements(DatePrecision.Day, DatePrecision.Month, DatePrecision.Year)
                     from endPrecision in Gen.Elements(DatePrecision.Day, DatePrecision.Month, DatePrecision.Year)
                     select Coarsen(period, startPrecision, endPrecision);
        return Gen.Frequency((4, byDay), (1, coarse));
    }

    // Rounds a known start up to the first day of the next month or year, and a known end down to the first
    // day of its month or year; keeps the day-precise end where the result would be empty or out of range.
    private static DatePeriod Coarsen(DatePeriod period, DatePrecision startPrecision, DatePrecision endPrecision)
    {
        var (start, sp) = period.Start is { } s && RoundUp(s, startPrecision) is { } up ? (up, startPrecision) : (period.Start, DatePrecision.Day);
        var (end, ep) = period.End is { } e && RoundDown(e, endPrecision) is { } down ? (down, endPrecision) : (period.End, DatePrecision.Day);
        if (start is { } a && end is { } b && a >= b)
        {
            return period;
        }

        return new DatePeriod(start, sp, end, ep);
    }

    private static LocalDate? RoundUp(LocalDate date, DatePrecision precision) => date.Year < 1 ? null : precision switch
    {
        DatePrecision.Month when date.Day == 1 => date,
        DatePrecision.Month when date < new LocalDate(9999, 12, 1) => date.With(DateAdjusters.StartOfMonth).PlusMonths(1),
        DatePrecision.Year when date.DayOfYear == 1 => date,
        DatePrecision.Year when date.Year < 9999 => new LocalDate(date.Year + 1, 1, 1),
        _ => null,
    };

    private static LocalDate? RoundDown(LocalDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month when date.Year >= 1 => date.With(DateAdjusters.StartOfMonth),
        DatePrecision.Year when date.Year >= 1 => new LocalDate(date.Year, 1, 1),
        _ => null,
    };

    /// <summary>
    /// Returns a generator of points in the box from (<paramref name="south"/>, <paramref name="west"/>)
    /// to (<paramref name="north"/>, <paramref name="east"/>), on a grid of a millionth of a degree.
    /// </summary>
    /// <param name="south">The least latitude, −90 to 90.</param>
    /// <param name="west">The least longitude, −180 to 180.</param>
    /// <param name="north">The greatest latitude; not less than <paramref name="south"/>.</param>
    /// <param name="east">The greatest longitude; not less than <paramref name="west"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException">The box is empty or outside −90 to 90 and −180 to 180.</exception>
    public static Gen<GeoPoint> GeoPointsWithin(double south, double west, double north, double east)
    {
        if (!(south >= -90.0 && north <= 90.0 && south <= north && west >= -180.0 && east <= 180.0 && west <= east))
        {
            throw new ArgumentException($"The box ({south}, {west}) to ({north}, {east}) is empty or off the globe.", nameof(south));
        }

        return from lat in Gen.Choose(ToMicroDegrees(south), ToMicroDegrees(north))
               from lon in Gen.Choose(ToMicroDegrees(west), ToMicroDegrees(east))
               select new GeoPoint(lat / 1e6, lon / 1e6);
    }

    /// <summary>
    /// Returns shorter valid slugs than <paramref name="slug"/>, for shrinking: without its last
    /// segment, without its first segment, and with its last character removed.
    /// </summary>
    /// <param name="slug">A valid slug.</param>
    /// <returns>Valid slugs, each shorter than <paramref name="slug"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slug"/> is <see langword="null"/>.</exception>
    public static IEnumerable<string> ShrinkSlug(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var candidates = new List<string>();
        var lastHyphen = slug.LastIndexOf('-');
        if (lastHyphen > 0)
        {
            candidates.Add(slug[..lastHyphen]);
            candidates.Add(slug[(slug.IndexOf('-', StringComparison.Ordinal) + 1)..]);
        }

        if (slug.Length > 1)
        {
            candidates.Add(slug[..^1]);
        }

        return candidates.Where(c => c.Length < slug.Length && Slug.IsValid(c)).Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    private static int DaysBetween(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The last date ({last:uuuu-MM-dd}) is before the first ({first:uuuu-MM-dd}).", nameof(last));
        }

        return Period.DaysBetween(first, last);
    }

    private static int ToMicroDegrees(double degrees) => (int)Math.Round(degrees * 1e6);
}
