using System;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.AotSmoke;

/// <summary>The value types, exercised as compiled ahead of time (parsing, NodaTime's TZDB, Unicode normalization).</summary>
internal static class ValueTypeChecks
{
    public static void Run(SmokeChecks checks)
    {
        checks.Check("identifier round trip", () => ActorId.Parse("jcc-kirkuk").ToString() == "jcc-kirkuk");
        checks.Throws<FormatException>("identifier refuses upper case", () => TerritoryId.Parse("Kirkuk"));
        checks.Check("identifier ordering", () => ActorId.Parse("isf") < ActorId.Parse("krg"));
        checks.Check("reported date in Baghdad time", () =>
            ReportedDate.OnDay(new LocalDate(2021, 5, 1), new LocalTime(2, 0)).ToInterval().Start == Instant.FromUtc(2021, 4, 30, 23, 0));
        checks.Check("reported month", () => ReportedDate.InMonth(new YearMonth(2017, 10)).ToString() == "2017-10");
        checks.Check("period algebra", () =>
            DatePeriod.Between(new LocalDate(2014, 6, 10), new LocalDate(2017, 10, 17)).Intersect(DatePeriod.From(new LocalDate(2017, 1, 1)))
                == DatePeriod.Between(new LocalDate(2017, 1, 1), new LocalDate(2017, 10, 17)));
        checks.Check("great-circle distance", () => Math.Abs(new GeoPoint(36.183, 44.0).DistanceTo(new GeoPoint(35.46667, 44.31667)) - 84_614) < 1);
        checks.Check("name folding across spellings", () => NameFolding.AreEquivalent("Makhmour", "Makmur") && NameFolding.AreEquivalent("مَخْمُور", "مخمور"));
        checks.Check("language tag", () => LanguageTag.Parse("CKB") == LanguageTag.CentralKurdish);
        checks.Check("money", () => new Money(5_000_000_000m, CurrencyCode.Parse("USD"), AmountQualifier.MoreThan).ToString() == "more than 5000000000 USD");
    }
}
