using System.Linq;
using System.Reflection;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Testing.Tests;

public sealed class ValueArbitrariesTests
{
    [Fact]
    public void The_class_holds_only_parameterless_arbitrary_factories()
    {
        // FsCheck registers every static method of the class that returns an arbitrary, private and
        // generic ones included: anything else there would be mistaken for an arbitrary.
        var methods = typeof(ValueArbitraries).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly);

        Assert.NotEmpty(methods);
        Assert.All(methods, m =>
        {
            Assert.True(m.IsPublic, m.Name);
            Assert.False(m.IsGenericMethod, m.Name);
            Assert.Empty(m.GetParameters());
            Assert.Equal(typeof(Arbitrary<>), m.ReturnType.GetGenericTypeDefinition());
        });
        Assert.Equal(methods.Length, methods.Select(m => m.ReturnType).Distinct().Count());
    }

    [Fact]
    public void Identifiers_shrink_to_shorter_identifiers()
    {
        var id = ActorId.Parse("jcc-kirkuk");

        var shrunk = ValueArbitraries.ActorIds().Shrinker(id).ToList();

        Assert.Contains(ActorId.Parse("jcc"), shrunk);
        Assert.All(shrunk, s => Assert.True(s.Value.Length < id.Value.Length));
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Registering_the_class_gives_valid_values_of_every_type(
        ActorId actor, PersonId person, TerritoryId territory, CoordinationLineId line, MechanismId mechanism,
        IncidentId incident, SourceId source, StatementId statement, SupportId support) =>
        !actor.IsDefault && !person.IsDefault && !territory.IsDefault && !line.IsDefault && !mechanism.IsDefault
        && !incident.IsDefault && !source.IsDefault && !statement.IsDefault && !support.IsDefault;

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Registering_the_class_gives_valid_values_of_the_other_types(
        LocalDate date, LocalTime time, DateRange range, ReportedDate reported, DatePeriod period, GeoPoint point,
        LanguageTag language, Name name, NameSet names, CurrencyCode currency, Money money, CasualtyEstimate estimate) =>
        date >= ValueGenerators.EarliestDate && date <= ValueGenerators.LatestDate
        && time == new LocalTime(time.Hour, time.Minute, time.Second)
        && range.Length >= 1 && reported.Range.Length >= 1
        && (period.Start is null || period.End is null || period.Start < period.End)
        && point.Latitude is >= -90 and <= 90
        && !language.IsDefault && name.Text.Length > 0 && names.All.Length >= 1
        && !currency.IsDefault && !money.Currency.IsDefault && estimate.IsOrdered;
}
