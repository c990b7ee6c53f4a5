using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Catalog;

/// <summary><see cref="CoordinationCatalog.ValidateBounded"/> counts every failure of <see cref="CoordinationCatalog.Validate"/> and keeps the first of them, in its order.</summary>
public sealed class CatalogValidationReportTests : EnglishCulture
{
    [Property(Arbitrary = new[] { typeof(BrokenCatalogArbitraries) }, MaxTest = 300)]
    public Property A_broken_catalog_reports_the_failures_of_Validate(BrokenCatalog broken, byte cap) => SameAsValidate(broken.Catalog, cap % 4);

    [Property(Arbitrary = new[] { typeof(MalformedArbitraries) }, MaxTest = 300)]
    public Property A_malformed_catalog_reports_the_failures_of_Validate(CoordinationCatalog catalog, byte cap) => SameAsValidate(catalog, cap % 40);

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 100)]
    public Property A_valid_catalog_is_reported_valid(CoordinationCatalog catalog)
    {
        var report = catalog.ValidateBounded();
        return (report.IsValid && report.FailureCount == 0 && report.Failures.IsEmpty && !report.IsTruncated).Label(report.ToString());
    }

    [Fact]
    public void A_catalog_of_many_invalid_incidents_is_counted_in_full_and_listed_up_to_the_cap()
    {
        const int Count = 5_000;
        var catalog = new CoordinationCatalog { Incidents = [.. Enumerable.Range(0, Count).Select(Invalid)] };

        var full = catalog.Validate().Errors;
        var report = catalog.ValidateBounded();

        // Each incident: no source, an unordered estimate, an unknown territory.
        Assert.Equal(3 * Count, full.Count);
        Assert.Equal(3L * Count, report.FailureCount);
        Assert.Equal(CatalogValidationReport.DefaultMaxFailures, report.MaxFailures);
        Assert.Equal(CatalogValidationReport.DefaultMaxFailures, report.Failures.Length);
        Assert.True(report.IsTruncated);
        Assert.False(report.IsValid);
        Assert.Equal(Describe(full.Take(CatalogValidationReport.DefaultMaxFailures)), Describe(report.Failures));
        Assert.Equal(
            [ValidationCodes.Citations.NoSource, ValidationCodes.Incidents.UnorderedEstimate],
            report.Failures.Take(2).Select(f => f.ErrorCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cap_of_zero_keeps_only_the_count()
    {
        var catalog = new CoordinationCatalog { Incidents = [Invalid(0), Invalid(1)] };
        var report = catalog.ValidateBounded(0);
        Assert.Equal(6, report.FailureCount);
        Assert.Empty(report.Failures);
        Assert.True(report.IsTruncated);
        Assert.Equal("6 failure(s), the first 0 kept", report.ToString());
    }

    [Fact]
    public void A_null_record_is_reported_as_Validate_reports_it()
    {
        var catalog = new CoordinationCatalog { Incidents = [null!, Invalid(1)] };
        var report = catalog.ValidateBounded(int.MaxValue);
        Assert.Equal(ValidationCodes.General.NullValue, report.Failures[0].ErrorCode);
        Assert.Equal("Incidents[0]", report.Failures[0].PropertyName);
        Assert.Equal(Describe(catalog.Validate().Errors), Describe(report.Failures));
    }

    [Fact]
    public void A_negative_cap_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CoordinationCatalog.Empty.ValidateBounded(-1));
        Assert.Equal("maxFailures", error.ParamName);
    }

    private static Property SameAsValidate(CoordinationCatalog catalog, int cap)
    {
        var full = Describe(catalog.Validate().Errors);
        var all = catalog.ValidateBounded(int.MaxValue);
        var capped = catalog.ValidateBounded(cap);
        return (Describe(all.Failures).SequenceEqual(full)
                && all.FailureCount == full.Count
                && capped.FailureCount == full.Count
                && capped.Failures.Length == Math.Min(cap, full.Count)
                && Describe(capped.Failures).SequenceEqual(full.Take(cap))
                && capped.IsTruncated == (full.Count > cap)
                && capped.IsValid == (full.Count == 0))
            .Label($"cap {cap}, {capped}\nValidate:\n{string.Join("\n", full)}\nbounded:\n{string.Join("\n", Describe(all.Failures))}");
    }

    // An incident with three problems: it cites no source, its killed are unordered, its territory is not in the catalog.
    private static Incident Invalid(int i) => new()
    {
        Id = IncidentId.Parse($"incident-{i}"),
        Kind = IncidentKind.ShellingArtilleryOrMissileAttack,
        Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1)),
        Location = new IncidentLocation { Territory = TerritoryId.Parse("nowhere"), Precision = LocationPrecision.SecondOrderDivision },
        Casualties = [new Casualties(AffectedParty.Civilians, new CasualtyEstimate(3, 1, 2))],
    };

    private static List<string> Describe(IEnumerable<ValidationFailure> failures) =>
        [.. failures.Select(e => $"{e.ErrorCode} {e.PropertyName} {e.Severity}: {e.ErrorMessage}")];
}
