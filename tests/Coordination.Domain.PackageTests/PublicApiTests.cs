using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.PackageTests;

/// <summary>The public API as a consumer of the package calls it.</summary>
public sealed class PublicApiTests
{
    private static readonly ActorId Peshmerga = ActorId.Parse("peshmerga");
    private static readonly ActorId Isf = ActorId.Parse("isf");

    [Theory]
    [InlineData(typeof(ActorId), "coordination.domain")]
    [InlineData(typeof(ValueArbitraries), "coordination.domain.testing")]
    [InlineData(typeof(Coordination.Domain.Interop.IncidentImporter), "coordination.domain.interop")]
    [InlineData(typeof(Coordination.Domain.Geo.TerritoryGeometry), "coordination.domain.geo")]
    [InlineData(typeof(Coordination.Domain.Parquet.ParquetExport), "coordination.domain.parquet")]
    public void The_assemblies_loaded_are_the_ones_from_the_packed_packages(Type type, string packageFolder)
    {
        var assembly = type.Assembly;
        var packaged = Path.Combine(PackageInfo.PackagesFolder, packageFolder, PackageInfo.Version.ToLowerInvariant(), "lib", "net10.0", assembly.GetName().Name + ".dll");

        Assert.True(File.Exists(packaged), $"{packaged} was not restored");
        Assert.Equal(File.ReadAllBytes(packaged), File.ReadAllBytes(assembly.Location));
        Assert.StartsWith(PackageInfo.Version + "+", assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_answers_who_controlled_a_territory_and_which_mechanisms_were_operational()
    {
        var kirkuk = new Territory { Id = TerritoryId.Parse("kirkuk"), Kind = TerritoryKind.Governorate, Names = NameSet.Of("Kirkuk"), IsoCode = "IQ-KI" }
            .WithControlPeriod(new ControlPeriod { Controller = Peshmerga, Period = DatePeriod.Until(new LocalDate(2017, 10, 16)) })
            .WithControlPeriod(new ControlPeriod { Controller = Isf, Period = DatePeriod.From(new LocalDate(2017, 10, 16)) });
        var jccc = new CoordinationMechanism
        {
            Id = MechanismId.Parse("jccc-zeravani"),
            Kind = MechanismKind.JointCoalitionCoordinationCentre,
            Names = NameSet.Of("Joint Coalition Coordination Center", "JCCC"),
            Participants = [new(Peshmerga, ParticipantRole.Party), new(Isf, ParticipantRole.Party)],
        }
        .WithStatus(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2015, 9, 2)));

        var catalog = CoordinationCatalog.Empty.With(kirkuk).With(jccc);

        Assert.Equal(Peshmerga, catalog.ControllerOf(kirkuk.Id, new LocalDate(2016, 1, 1)));
        Assert.Equal(Isf, catalog.ControllerOf(kirkuk.Id, new LocalDate(2017, 10, 16)));
        Assert.Equal([jccc], catalog.MechanismsIn(MechanismStatus.Operational, new LocalDate(2020, 1, 1)));
        Assert.Empty(catalog.MechanismsIn(MechanismStatus.Operational, new LocalDate(2015, 9, 1)));
        Assert.Same(jccc, catalog.FindMechanism(MechanismId.Parse("jccc-zeravani")));
    }

    [Fact]
    public void An_illegal_status_change_throws_the_documented_exception()
    {
        var jcc = new CoordinationMechanism { Id = MechanismId.Parse("jcc-diyala"), Kind = MechanismKind.JointCoordinationCentre, Names = NameSet.Of("JCC Diyala") }
            .WithStatus(MechanismStatus.Dissolved, ReportedDate.InYear(2022));

        var error = Assert.Throws<LifecycleViolationException>(() => jcc.WithStatus(MechanismStatus.Operational, ReportedDate.InYear(2023)));

        Assert.Contains("jcc-diyala", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_control_is_refused_naming_the_argument()
    {
        var kirkuk = new Territory { Id = TerritoryId.Parse("kirkuk"), Kind = TerritoryKind.Governorate, Names = NameSet.Of("Kirkuk") }
            .WithControlPeriod(new ControlPeriod { Controller = Peshmerga, Period = DatePeriod.Until(new LocalDate(2017, 10, 17)) });

        var error = Assert.Throws<ArgumentException>(() => kirkuk.WithControlPeriod(new ControlPeriod { Controller = Isf, Period = DatePeriod.From(new LocalDate(2017, 10, 16)) }));

        Assert.Equal("period", error.ParamName);
    }

    [Fact]
    public void Value_types_guard_their_invariants()
    {
        Assert.Throws<FormatException>(() => ActorId.Parse("Peshmerga"));
        Assert.Equal("latitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(double.NaN, 44)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => DatePeriod.Between(new LocalDate(2021, 1, 2), new LocalDate(2021, 1, 1))).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new Money(-1m, CurrencyCode.UnitedStatesDollar)).ParamName);
    }

    [Fact]
    public void Value_types_compute_what_they_promise()
    {
        var erbil = new GeoPoint(36.183, 44.000);
        var kirkuk = new GeoPoint(35.46667, 44.31667);

        Assert.InRange(erbil.DistanceTo(kirkuk), 84_000, 85_500);
        Assert.True(NameSet.Of("Makhmour").Matches("Makmur"));
        Assert.Equal("more than 5000000000 USD", new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan).ToString());
        Assert.Equal(Instant.FromUtc(2021, 4, 30, 23, 0), ReportedDate.OnDay(new LocalDate(2021, 5, 1), new LocalTime(2, 0)).ToInterval().Start);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool The_testing_package_generates_valid_values(ActorId id, DatePeriod a, DatePeriod b, GeoPoint p, NameSet names) =>
        ActorId.Parse(id.ToString()) == id
        && a.Overlaps(b) == b.Overlaps(a)
        && p.DistanceTo(p) == 0
        && names.All.Any(n => n.Text.Length > 0);
}
