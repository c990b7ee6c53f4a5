using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Testing;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>
/// The fast path of <see cref="CoordinationCatalog.Validate"/> (a record its kind's allocation-free check passes
/// skips its FluentValidation validator) gives the verdict, and on the slow path the failures — codes, paths and
/// messages, in order — of the plain FluentValidation run, <see cref="CoordinationCatalog.ValidateWithoutFastPath"/>.
/// </summary>
public sealed class CatalogValidationFastPathTests
{
    public static TheoryData<int, string> Corruptions { get; } = [.. CatalogCorruptions.All.Select((c, i) => (i, c.Name))];

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 200)]
    public Property A_valid_catalog_takes_the_fast_path_for_every_incident_and_gives_the_plain_result(CoordinationCatalog catalog) =>
        (catalog.Incidents.All(IncidentValidator.IsCertainlyValid) && SameFailures(catalog)).Label(Describe(catalog.ValidateWithoutFastPath()));

    [Property(Arbitrary = new[] { typeof(BrokenCatalogArbitraries) }, MaxTest = 500)]
    public Property A_broken_catalog_gives_the_plain_failures(BrokenCatalog broken) =>
        SameFailures(broken.Catalog).Label($"{broken.Corruption}:\n{Describe(broken.Catalog.Validate())}\nplain:\n{Describe(broken.Catalog.ValidateWithoutFastPath())}");

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Every_corruption_gives_the_plain_failures_on_the_fast_path(int index, string name)
    {
        var corruption = CatalogCorruptions.All[index];
        Assert.Equal(name, corruption.Name);
        var catalogs = CatalogGenerators.ValidCatalog().SelectMany(corruption.Apply).Sample(20, 10);
        Assert.All(catalogs, catalog =>
        {
            Assert.False(catalog.Validate().IsValid);
            Assert.Equal(Failures(catalog.ValidateWithoutFastPath()), Failures(catalog.Validate()));
        });
    }

    [Property(Arbitrary = new[] { typeof(MalformedArbitraries) }, MaxTest = 300)]
    public Property A_malformed_catalog_gives_the_plain_failures(CoordinationCatalog catalog) =>
        SameFailures(catalog).Label(Describe(catalog.ValidateWithoutFastPath()));

    [Property(Arbitrary = new[] { typeof(MalformedArbitraries) }, MaxTest = 1000)]
    public Property The_incident_check_passes_exactly_the_incidents_the_validator_finds_nothing_wrong_with(Incident incident, bool withOrigin, int originCase)
    {
        var checkedIncident = withOrigin ? incident with { Origin = Origins[(originCase & int.MaxValue) % Origins.Length] } : incident;
        var result = new IncidentValidator().Validate(checkedIncident);
        return (IncidentValidator.IsCertainlyValid(checkedIncident) == result.IsValid).Label(Describe(result));
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 300)]
    public Property The_incident_check_passes_a_valid_incident(Incident incident) =>
        IncidentValidator.IsCertainlyValid(incident).Label(Describe(new IncidentValidator().Validate(incident)));

    [Fact]
    public void A_null_incident_fails_the_check() => Assert.False(IncidentValidator.IsCertainlyValid(null));

    [Fact]
    public void An_incident_with_more_perpetrators_than_the_check_compares_goes_to_the_validator()
    {
        var incident = CatalogGenerators.Incident().Sample(10, 1).First();
        var many = incident with
        {
            Perpetrators = [.. Enumerable.Range(0, 20).Select(i => new Perpetrator(ActorId.Parse($"actor-{i}"), Attribution.Claimed))],
        };

        Assert.False(IncidentValidator.IsCertainlyValid(many));
        Assert.True(new IncidentValidator().Validate(many).IsValid);
    }

    // Origins well and badly formed: the malformed generators leave the origin out.
    private static readonly RecordOrigin?[] Origins =
    [
        null,
        new RecordOrigin { DataSet = "ACLED", EventId = "IRQ1", Fields = [new OriginField("event_type", "Battles")] },
        new RecordOrigin { DataSet = " ", EventId = "IRQ1" },
        new RecordOrigin { DataSet = "ACLED", EventId = string.Empty },
        new RecordOrigin { DataSet = null!, EventId = null! },
        new RecordOrigin { DataSet = "UCDP", EventId = "7", Fields = [new OriginField("", "x"), default] },
    ];

    private static bool SameFailures(CoordinationCatalog catalog) =>
        Failures(catalog.Validate()).SequenceEqual(Failures(catalog.ValidateWithoutFastPath()));

    private static List<string> Failures(ValidationResult result) =>
        [.. result.Errors.Select(e => $"{e.ErrorCode} {e.PropertyName} {e.Severity}: {e.ErrorMessage}")];

    private static string Describe(ValidationResult result) => string.Join("\n", Failures(result));
}
