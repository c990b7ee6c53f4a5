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
/// FsCheck arbitraries for the Coordination.Domain value types, built on <see cref="ValueGenerators"/>.
/// Register the class to have property parameters of these types generated:
/// <c>[Property(Arbitrary = new[] { typeof(ValueArbitraries) })]</c>.
/// </summary>
/// <remarks>
/// Identifiers shrink towards shorter slugs; the other types do not shrink. Every method returns a
/// new arbitrary. FsCheck registers every static method of this class that returns an arbitrary,
/// private and generic ones included, so the class holds nothing else.
/// </remarks>
public static class ValueArbitraries
{
    /// <summary>Returns the arbitrary of <see cref="ActorId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActorId> ActorIds() => ValueGenerators.ShrinkingIdentifiersOf<ActorId>();

    /// <summary>Returns the arbitrary of <see cref="PersonId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonId> PersonIds() => ValueGenerators.ShrinkingIdentifiersOf<PersonId>();

    /// <summary>Returns the arbitrary of <see cref="TerritoryId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TerritoryId> TerritoryIds() => ValueGenerators.ShrinkingIdentifiersOf<TerritoryId>();

    /// <summary>Returns the arbitrary of <see cref="CoordinationLineId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoordinationLineId> CoordinationLineIds() => ValueGenerators.ShrinkingIdentifiersOf<CoordinationLineId>();

    /// <summary>Returns the arbitrary of <see cref="MechanismId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MechanismId> MechanismIds() => ValueGenerators.ShrinkingIdentifiersOf<MechanismId>();

    /// <summary>Returns the arbitrary of <see cref="IncidentId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IncidentId> IncidentIds() => ValueGenerators.ShrinkingIdentifiersOf<IncidentId>();

    /// <summary>Returns the arbitrary of <see cref="SourceId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SourceId> SourceIds() => ValueGenerators.ShrinkingIdentifiersOf<SourceId>();

    /// <summary>Returns the arbitrary of <see cref="StatementId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatementId> StatementIds() => ValueGenerators.ShrinkingIdentifiersOf<StatementId>();

    /// <summary>Returns the arbitrary of <see cref="SupportId"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SupportId> SupportIds() => ValueGenerators.ShrinkingIdentifiersOf<SupportId>();

    /// <summary>Returns the arbitrary of <see cref="LocalDate"/>, from 1900 to 2100 (see <see cref="ValueGenerators.LocalDates"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDates() => ValueGenerators.LocalDates.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="LocalTime"/>, to the second.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalTime> LocalTimes() => ValueGenerators.LocalTimes.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="DateRange"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DateRange> DateRanges() => ValueGenerators.DateRanges.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="ReportedDate"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReportedDate> ReportedDates() => ValueGenerators.ReportedDates.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="DatePeriod"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DatePeriod> DatePeriods() => ValueGenerators.DatePeriods.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="GeoPoint"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeoPoint> GeoPoints() => ValueGenerators.GeoPoints.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="LanguageTag"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LanguageTag> LanguageTags() => ValueGenerators.LanguageTags.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="Name"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Name> Names() => ValueGenerators.Names.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="NameSet"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NameSet> NameSets() => ValueGenerators.NameSets.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="CurrencyCode"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CurrencyCode> CurrencyCodes() => ValueGenerators.CurrencyCodes.ToArbitrary();

    /// <summary>Returns the arbitrary of <see cref="Money"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Money> MoneyAmounts() => ValueGenerators.MoneyAmounts.ToArbitrary();

    /// <summary>Returns the arbitrary of ordered <see cref="CasualtyEstimate"/> values.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CasualtyEstimate> CasualtyEstimates() => ValueGenerators.CasualtyEstimates.ToArbitrary();

}
