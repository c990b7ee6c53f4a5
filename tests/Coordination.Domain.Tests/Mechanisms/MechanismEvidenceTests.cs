using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Mechanisms;

public sealed class MechanismEvidenceTests
{
    private static readonly LocalDate Approved = new(2020, 8, 21);
    private static readonly LocalDate FourRooms = new(2021, 5, 31);

    // The JCCs as the sources give them: agreed on 2020-08-21, four rooms seen active on 2021-05-31.
    private static CoordinationMechanism Jcc =>
        (ArticleFacts.Jccc with { StatusHistory = [] })
            .WithStatus(MechanismStatus.Agreed, ReportedDate.OnDay(Approved), ArticleFacts.Esta)
            .WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(FourRooms), ArticleFacts.Esta);

    [Theory]
    [InlineData(MechanismStatus.Proposed, MechanismStatus.Operational, true)]
    [InlineData(MechanismStatus.Agreed, MechanismStatus.Operational, true)]
    [InlineData(MechanismStatus.Agreed, MechanismStatus.Suspended, true)]
    [InlineData(MechanismStatus.Suspended, MechanismStatus.Operational, true)]
    [InlineData(MechanismStatus.Operational, MechanismStatus.Suspended, true)]
    [InlineData(MechanismStatus.Established, MechanismStatus.Dissolved, true)]
    [InlineData(MechanismStatus.Operational, MechanismStatus.Agreed, false)]
    [InlineData(MechanismStatus.Suspended, MechanismStatus.Established, false)]
    [InlineData(MechanismStatus.Agreed, MechanismStatus.Proposed, false)]
    [InlineData(MechanismStatus.Operational, MechanismStatus.Operational, false)]
    [InlineData(MechanismStatus.Dissolved, MechanismStatus.Operational, false)]
    [InlineData((MechanismStatus)7, MechanismStatus.Dissolved, false)]
    public void IsReachable_goes_forward_through_implied_steps_and_never_back(MechanismStatus from, MechanismStatus to, bool reachable)
    {
        Assert.Equal(reachable, MechanismLifecycle.IsReachable(from, to));
    }

    [Fact]
    public void Every_allowed_step_is_reachable()
    {
        var all = Enum.GetValues<MechanismStatus>();
        Assert.All(all.SelectMany(from => all.Select(to => (from, to))).Where(p => MechanismLifecycle.IsAllowed(p.from, p.to)),
            p => Assert.True(MechanismLifecycle.IsReachable(p.from, p.to)));
    }

    [Fact]
    public void A_skipped_step_is_implied_in_the_timeline()
    {
        var mechanism = (ArticleFacts.Jccc with { StatusHistory = [] })
            .WithStatus(MechanismStatus.Agreed, ReportedDate.InYear(2020))
            .WithStatus(MechanismStatus.Operational, ReportedDate.InYear(2021));

        Assert.Equal(
            [(MechanismStatus.Agreed, false), (MechanismStatus.Established, true), (MechanismStatus.Operational, false)],
            mechanism.Timeline.Select(s => (s.Status, s.IsImplied)));
        Assert.Null(mechanism.Timeline[1].Date);
        Assert.Same(mechanism.StatusHistory[1], mechanism.Timeline[2].Change);
    }

    [Fact]
    public void An_attestation_moving_the_status_on_is_a_step_of_the_timeline_and_one_confirming_it_is_not()
    {
        var mechanism = Jcc.WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2021, 6, 2)));

        Assert.Equal(
            [(MechanismStatus.Agreed, false), (MechanismStatus.Established, true), (MechanismStatus.Operational, false)],
            mechanism.Timeline.Select(s => (s.Status, s.IsImplied)));
        Assert.Same(mechanism.Attestations[0], mechanism.Timeline[2].Attestation);
    }

    [Fact]
    public void An_attestation_newer_than_the_last_change_answers_from_its_day_on()
    {
        Assert.Null(Jcc.StatusOn(Approved.PlusDays(-1)));
        Assert.Equal(MechanismStatus.Agreed, Jcc.StatusOn(FourRooms.PlusDays(-1)));
        Assert.Equal(MechanismStatus.Operational, Jcc.StatusOn(FourRooms));

        var evidence = Jcc.EvidenceOn(new LocalDate(2025, 1, 1))!;
        Assert.True(evidence.IsAttested);
        Assert.Equal(0, evidence.ChangeIndex);
        Assert.Equal(0, evidence.AttestationIndex);
        Assert.Equal([MechanismStatus.Established], evidence.Implied);
    }

    [Fact]
    public void A_change_on_or_after_the_attestation_wins_over_it()
    {
        var mechanism = (ArticleFacts.Jccc with { StatusHistory = [] })
            .WithStatus(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2021, 5, 20)))
            .WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(FourRooms))
            .WithStatus(MechanismStatus.Suspended, ReportedDate.OnDay(FourRooms));

        var evidence = mechanism.EvidenceOn(FourRooms)!;
        Assert.Equal(MechanismStatus.Suspended, evidence.Status);
        Assert.False(evidence.IsAttested);
        Assert.Equal(1, evidence.ChangeIndex);
    }

    [Fact]
    public void An_attestation_reported_by_month_counts_from_its_last_day()
    {
        var mechanism = (ArticleFacts.Jccc with { StatusHistory = [] }).WithAttestation(MechanismStatus.Operational, ReportedDate.InMonth(new YearMonth(2021, 5)));

        Assert.Null(mechanism.StatusOn(new LocalDate(2021, 5, 30)));
        Assert.Equal(MechanismStatus.Operational, mechanism.StatusOn(FourRooms));
    }

    [Fact]
    public void Undated_changes_never_answer_for_a_date_but_keep_their_place()
    {
        var mechanism = (ArticleFacts.Jccc with { StatusHistory = [] })
            .WithStatus(MechanismStatus.Proposed, null)
            .WithStatus(MechanismStatus.Agreed, ReportedDate.OnDay(Approved))
            .WithStatus(MechanismStatus.Established, null);

        Assert.Null(mechanism.StatusOn(Approved.PlusDays(-1)));
        Assert.Equal(MechanismStatus.Agreed, mechanism.StatusOn(new LocalDate(2030, 1, 1)));
        Assert.Equal(MechanismStatus.Established, mechanism.CurrentStatus);
        Assert.Throws<LifecycleViolationException>(() => mechanism.WithStatus(MechanismStatus.Agreed, null));
        Assert.Throws<LifecycleViolationException>(() => mechanism.WithStatus(MechanismStatus.Operational, ReportedDate.InYear(2019)));
    }

    [Fact]
    public void WithAttestation_and_WithStatus_refuse_what_contradicts_the_other()
    {
        var attested = Assert.Throws<LifecycleViolationException>(() => Jcc.WithAttestation(MechanismStatus.Proposed, ReportedDate.InYear(2022)));
        Assert.Equal(LifecycleViolationKind.ContradictsAttestation, attested.Violation!.Kind);
        Assert.True(attested.Violation.InAttestations);
        Assert.Equal(1, attested.Violation.Index);

        var changed = Assert.Throws<LifecycleViolationException>(() => Jcc.WithStatus(MechanismStatus.Established, ReportedDate.InYear(2022)));
        Assert.Equal(LifecycleViolationKind.ContradictsAttestation, changed.Violation!.Kind);
        Assert.False(changed.Violation.InAttestations);
        Assert.Equal((MechanismStatus.Operational, MechanismStatus.Established), (changed.Violation.From!.Value, changed.Violation.To!.Value));

        Assert.Equal(LifecycleViolationKind.UndefinedStatus, Assert.Throws<LifecycleViolationException>(() => Jcc.WithAttestation((MechanismStatus)9, ReportedDate.InYear(2022))).Violation!.Kind);
        Assert.Equal(MechanismStatus.Suspended, Jcc.WithStatus(MechanismStatus.Suspended, ReportedDate.InYear(2022)).StatusOn(new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void The_attestation_example_of_the_concepts_page_holds()
    {
        var jcc = ArticleFacts.ProposedJcc("kirkuk", "Kirkuk", ArticleFacts.Kirkuk);

        // As in docs/concepts.md, "Undated changes, attestations and implied steps".
        var centre = (jcc with { StatusHistory = [] })
            .WithStatus(MechanismStatus.Agreed, ReportedDate.OnDay(new LocalDate(2020, 8, 21)))
            .WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(new LocalDate(2021, 5, 31)));

        Assert.Equal(MechanismStatus.Agreed, centre.StatusOn(new LocalDate(2021, 5, 30)));
        var evidence = centre.EvidenceOn(new LocalDate(2025, 1, 1))!;
        Assert.Equal((MechanismStatus.Operational, true), (evidence.Status, evidence.IsAttested));
        Assert.Equal([MechanismStatus.Established], evidence.Implied);
        Assert.Equal(
            [(MechanismStatus.Agreed, false, true), (MechanismStatus.Established, true, false), (MechanismStatus.Operational, false, false)],
            centre.Timeline.Select(s => (s.Status, s.IsImplied, s.Change is not null)));
    }

    [Fact]
    public void EvidenceOn_and_Expand_never_throw_on_nulls_and_undefined_statuses()
    {
        ImmutableArray<StatusChange?> history = [null, new StatusChange { Status = (MechanismStatus)8, Date = ReportedDate.InYear(2020) }, new StatusChange { Status = MechanismStatus.Agreed, Date = ReportedDate.InYear(2021) }];
        ImmutableArray<StatusAttestation?> attestations = [null, new StatusAttestation { Status = (MechanismStatus)8, Date = ReportedDate.InYear(2022) }, new StatusAttestation { Status = MechanismStatus.Agreed, Date = default }];

        Assert.Equal(MechanismStatus.Agreed, MechanismLifecycle.EvidenceOn(history, attestations, new LocalDate(2023, 1, 1))!.Status);
        Assert.Null(MechanismLifecycle.EvidenceOn(null!, null, new LocalDate(2023, 1, 1)));
        Assert.Equal([MechanismStatus.Agreed], MechanismLifecycle.Expand(history, attestations).Select(s => s.Status));
        Assert.Empty(MechanismLifecycle.Expand(null!));
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 200)]
    public bool A_generated_valid_mechanism_breaks_no_rule_of_the_lifecycle(CoordinationCatalog catalog) =>
        catalog.Mechanisms.All(m => MechanismLifecycle.FindViolation(m.StatusHistory) is null
            && !MechanismLifecycle.FindContradictions(m.StatusHistory, m.Attestations).Any()
            && new CoordinationMechanismValidator().Validate(m).IsValid);

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 200)]
    public Property StatusOn_moves_only_forward_along_the_lifecycle(CoordinationCatalog catalog)
    {
        var broken = catalog.Mechanisms.Select(m =>
        {
            var days = m.StatusHistory.Where(c => c.Date is not null).SelectMany(c => new[] { c.Date!.Value.Earliest, c.Date.Value.Earliest.PlusDays(-1) })
                .Concat(m.Attestations.SelectMany(a => new[] { a.Date.Latest, a.Date.Latest.PlusDays(-1) }))
                .Distinct().Order().ToList();
            var statuses = days.Select(m.StatusOn).ToList();
            var moves = statuses.Zip(statuses.Skip(1)).Where(p => p.First is not null && p.First != p.Second).ToList();
            return moves.All(p => p.Second is { } to && MechanismLifecycle.IsReachable(p.First!.Value, to)) ? null : m.Id.Value;
        }).OfType<string>().ToList();
        return (broken.Count == 0).Label($"StatusOn went back or fell silent for {string.Join(", ", broken)}");
    }

    [Property(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 200)]
    public Property Expand_keeps_the_evidenced_steps_and_fills_the_gaps_with_allowed_steps(CoordinationCatalog catalog)
    {
        var broken = catalog.Mechanisms.Where(m =>
        {
            var timeline = m.Timeline;
            var changes = timeline.Where(s => s.Change is not null).Select(s => s.Change!);
            var chained = timeline.Zip(timeline.Skip(1)).All(p => MechanismLifecycle.IsAllowed(p.First.Status, p.Second.Status));
            var implied = timeline.Where(s => s.IsImplied).All(s => s.Date is null && s.Change is null);
            return !(changes.SequenceEqual(m.StatusHistory) && chained && implied && timeline.All(s => s.Change is null || s.Status == s.Change.Status));
        }).Select(m => m.Id.Value).ToList();
        return (broken.Count == 0).Label($"timelines broken for {string.Join(", ", broken)}");
    }

    [Property(MaxTest = 300)]
    public Property An_attestation_only_mechanism_answers_its_attested_status_from_its_date_on()
    {
        var cases =
            from status in Gen.Elements(Enum.GetValues<MechanismStatus>())
            from date in ValueGenerators.ReportedDates
            from shift in Gen.Choose(-400, 400)
            select (status, date, shift);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var mechanism = (ArticleFacts.Jccc with { StatusHistory = [] }).WithAttestation(c.status, c.date);
            var day = c.date.Latest.PlusDays(c.shift);
            var expected = c.shift >= 0 ? c.status : (MechanismStatus?)null;
            return (mechanism.StatusOn(day) == expected && (expected is null || mechanism.EvidenceOn(day)!.IsAttested))
                .Label($"{c.status} seen {c.date}, asked on {day}: got {mechanism.StatusOn(day)?.ToString() ?? "none"}");
        });
    }
}
